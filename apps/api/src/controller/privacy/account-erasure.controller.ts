import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Get, Post } from '@nestjs/common';
import type { ErasureCertificateView, ErasurePreview } from '../../common/erasure/erasure-certificate-view.types';
import { AccountErasureService } from './account-erasure.service';
import { EraseAccountDto } from './erase-account.dto';

/**
 * Controller side: account holders erase their own account (GDPR Art. 17; CCPA right to delete; PIPEDA; Law 25)
 * — Aktok's controller data only (account, sessions, AI conversations, support, telemetry, memberships); payment
 * records and consent proof stay under their legal holds, restricted. Purpose `compliance.subject_rights`; the
 * bearer token identifies the caller.
 */
@Controller('me/privacy/erasure')
@Purpose('compliance.subject_rights')
export class AccountErasureController {
  constructor(private readonly erasures: AccountErasureService) {}

  /**
   * Dry run: what erasing the caller's account would delete, anonymize and retain, and why; `blockedBy` says what
   * must be done first (e.g. transfer the ownership of a workspace).
   *
   * @example
   * // GET /me/privacy/erasure
   */
  @Get()
  preview(@LawfulCtx() ctx: LawfulContext): Promise<ErasurePreview> {
    return this.erasures.preview(ctx);
  }

  /**
   * Erases the caller's account and answers the certificate (201); the token stops working. 400 without
   * `{ "confirm": "erase my account" }`, 409 while the caller owns a workspace.
   *
   * @example
   * // POST /me/privacy/erasure { "confirm": "erase my account" }
   */
  @Post()
  erase(@LawfulCtx() ctx: LawfulContext, @Body() body: EraseAccountDto): Promise<ErasureCertificateView> {
    return this.erasures.erase(ctx, body.requestId);
  }
}
