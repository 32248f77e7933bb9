import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AuthService, type AuthenticatedUser } from './auth.service';

/** A request after `BearerAuthGuard`. */
export type AuthenticatedRequest = Request & { user: AuthenticatedUser };

/**
 * Requires `Authorization: Bearer <token>` with a live session; answers 401 with a JSON body otherwise.
 *
 * @example
 * @UseGuards(BearerAuthGuard) @Get('me') me(@Req() req: AuthenticatedRequest) { return req.user; }
 */
@Injectable()
export class BearerAuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('Send Authorization: Bearer <token>; get a token from POST /auth/login');
    const user = await this.auth.verify(token);
    if (!user) throw new UnauthorizedException('The token is invalid, expired or revoked; log in again with POST /auth/login');
    request.user = user;
    return true;
  }
}
