import { getMetadataStorage } from '@lawful/annotations';
import { type LawfulContext, LawfulCtx, LawfulQuery, Purpose } from '@lawful/nestjs';
import { BadRequestException, Body, Controller, Get, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentRecord } from '../consent/consent-record.entity';
import { RecordAccountConsentDto } from './record-account-consent.dto';

/** Version of the privacy policy consent is recorded against. */
export const PRIVACY_POLICY_VERSION = '2025-01';

/**
 * Controller side: an account holder's consents to Aktok's consent-based processing (policy §4.4 — the purposes
 * whose consent is recorded in the `ConsentRecord` ledger: analytics, session recording, marketing, push), given
 * or withdrawn at any time (GDPR Art. 7(3)). Append-only: each change is a new ledger row (purpose, granted or
 * withdrawn, when, how: `settings`, policy version); the latest row per purpose is in force. Purpose `compliance`:
 * the ledger is kept as proof of consent (Art. 7(1)).
 */
@Controller('me/privacy/consents')
@Purpose('compliance')
export class AccountConsentsController {
  private readonly ledger: LawfulQuery<ConsentRecord>;
  /** Consent-based purposes of the ledger, from the registries (sealed before the app is built). */
  private readonly purposes = consentPurposes();

  constructor(dataSource: DataSource) {
    this.ledger = new LawfulQuery(dataSource.getRepository(ConsentRecord));
  }

  /**
   * The consent in force per consent-based purpose (`granted: false` when never given).
   *
   * @example
   * // GET /me/privacy/consents → [{ "purpose": "marketing", "granted": false, "recordedAt": null }, ...]
   */
  @Get()
  async list(@LawfulCtx() ctx: LawfulContext): Promise<{ purpose: string; granted: boolean; recordedAt: Date | null }[]> {
    const rows = await this.ledger.find(ctx, { where: { userId: ctx.userId }, orderBy: { recordedAt: 'DESC', id: 'DESC' } });
    return this.purposes.map((purpose) => {
      const latest = rows.find((r) => r.purpose === purpose);
      return { purpose, granted: latest?.granted ?? false, recordedAt: latest?.recordedAt ?? null };
    });
  }

  /**
   * Records consent given or withdrawn; 400 for a purpose that is not consent-based.
   *
   * @example
   * // POST /me/privacy/consents { "purpose": "analytics", "granted": true }
   */
  @Post()
  record(@LawfulCtx() ctx: LawfulContext, @Body() body: RecordAccountConsentDto): Promise<ConsentRecord> {
    const allowed = this.purposes;
    if (!allowed.includes(body.purpose)) {
      throw new BadRequestException({ message: [`purpose must be one of the consent-based purposes: ${allowed.join(', ')}`], allowedPurposes: allowed });
    }
    return this.ledger.create(ctx, { userId: ctx.userId, purpose: body.purpose, granted: body.granted, recordedAt: new Date(), method: 'settings', policyVersion: PRIVACY_POLICY_VERSION, anonymousVisitorId: null, ipAddress: null });
  }
}

/** Registered purposes whose consent lives in the `ConsentRecord` ledger (own or inherited from the parent). */
function consentPurposes(): string[] {
  const purposes = getMetadataStorage().registry.purposes;
  return purposes
    .all()
    .filter((p) => p.legalBasis === 'consent' && !p.prohibited)
    .filter((p) => {
      for (let at: typeof p | undefined = p; at; at = at.parent ? purposes.get(at.parent) : undefined) if (at.consentRecordedIn) return at.consentRecordedIn === 'ConsentRecord';
      return false;
    })
    .map((p) => p.key);
}
