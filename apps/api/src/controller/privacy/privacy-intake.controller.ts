import { WithoutPurpose } from '@lawful/nestjs';
import { Body, Controller, HttpCode, HttpException, HttpStatus, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { sha256 } from '../auth/auth.service';
import { LoginRateLimiter } from '../auth/login-rate.limiter';
import type { IntakeReceipt } from './intake-receipt.types';
import { PrivacyIntakeDto } from './privacy-intake.dto';
import { PrivacyIntakeService } from './privacy-intake.service';

/**
 * `POST /privacy/requests`: anyone (no token) makes a data-subject request to the platform. Always 202 with the
 * same receipt shape, whatever matched (see `PrivacyIntakeService`). Limited like login: 5 submissions per client
 * address and email in 15 minutes, then 429 (the same for every email).
 */
@Controller('privacy/requests')
export class PrivacyIntakeController {
  /** Its own window, counting every submission (not only failures). */
  private readonly limiter = new LoginRateLimiter();

  constructor(private readonly intake: PrivacyIntakeService) {}

  /**
   * Records the request and routes it to the workspaces whose CRM holds the email.
   *
   * @example
   * // curl -XPOST localhost:3000/privacy/requests -H 'content-type: application/json' -d '{"email":"ann@example.test","right":"erasure","jurisdiction":"gdpr"}'
   */
  @Post()
  @HttpCode(202)
  @WithoutPurpose('public intake of data-subject requests (purpose compliance.subject_rights, a legal obligation) before any identity exists: records the request, routes requests about workspace CRM data to those workspaces, answers the same whatever matched; the access audit records its lookups')
  async submit(@Body() body: PrivacyIntakeDto, @Req() request: Request): Promise<IntakeReceipt> {
    const key = sha256(`privacy-intake|${request.ip ?? ''}|${body.email.trim().toLowerCase()}`);
    const wait = this.limiter.retryAfterSeconds(key);
    if (wait > 0) throw new HttpException({ statusCode: 429, error: 'Too Many Requests', message: `Too many requests; try again in ${wait} s`, retryAfterSeconds: wait }, HttpStatus.TOO_MANY_REQUESTS);
    this.limiter.recordFailure(key);
    return this.intake.submit(body);
  }
}
