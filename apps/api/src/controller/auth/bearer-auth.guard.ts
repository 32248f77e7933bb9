import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AuthService, type AuthenticatedUser } from './auth.service';
import { authenticateBearer } from './bearer-token.util';

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
    request.user = await authenticateBearer(this.auth, request);
    return true;
  }
}
