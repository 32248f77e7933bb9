import { UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser, AuthService } from './auth.service';

/**
 * The user behind the request's `Authorization: Bearer <token>`; 401 with a JSON body saying what to do otherwise.
 *
 * @example
 * const user = await authenticateBearer(this.auth, request);
 */
export async function authenticateBearer(auth: AuthService, request: Request): Promise<AuthenticatedUser> {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('Send Authorization: Bearer <token>; get a token from POST /auth/login');
  const user = await auth.verify(token);
  if (!user) throw new UnauthorizedException('The token is invalid, expired or revoked; log in again with POST /auth/login');
  return user;
}
