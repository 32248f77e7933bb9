import { WithoutPurpose } from '@lawful/nestjs';
import { Body, Controller, HttpCode, HttpException, HttpStatus, Post, Req, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { AuthService, sha256 } from './auth.service';
import { type AuthenticatedRequest, BearerAuthGuard } from './bearer-auth.guard';
import { LoginDto } from './login.dto';
import { LoginRateLimiter } from './login-rate.limiter';

/** `POST /auth/login` and `POST /auth/logout`. */
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /**
   * Exchanges email and password for a bearer token; 401 on bad credentials, 429 after repeated failures.
   *
   * @example
   * // curl -XPOST localhost:3000/auth/login -H 'content-type: application/json' -d '{"email":"owner@demo.test","password":"demo-password"}'
   */
  @Post('login')
  @HttpCode(200)
  @WithoutPurpose('authenticates the caller (security): reads the login email and password hash, records the session with IP address and user agent; no workspace context exists before login')
  async login(@Body() body: LoginDto, @Req() request: Request): Promise<{ token: string; tokenType: 'Bearer'; expiresAt: string }> {
    const key = sha256(`${request.ip ?? ''}|${body.email.trim().toLowerCase()}`);
    const wait = this.limiter.retryAfterSeconds(key);
    if (wait > 0) throw new HttpException({ statusCode: 429, error: 'Too Many Requests', message: `Too many failed logins; try again in ${wait} s`, retryAfterSeconds: wait }, HttpStatus.TOO_MANY_REQUESTS);
    const session = await this.auth.login(body.email, body.password, { ip: request.ip, userAgent: request.headers['user-agent'] });
    if (!session) {
      this.limiter.recordFailure(key);
      throw new UnauthorizedException('Wrong email or password');
    }
    this.limiter.reset(key);
    return { token: session.token, tokenType: 'Bearer', expiresAt: session.expiresAt.toISOString() };
  }

  /** Revokes the calling token. */
  @Post('logout')
  @HttpCode(204)
  @WithoutPurpose('revokes the calling bearer session (security); reads no other personal data')
  @UseGuards(BearerAuthGuard)
  async logout(@Req() request: AuthenticatedRequest): Promise<void> {
    await this.auth.logout(request.user.sessionId);
  }
}
