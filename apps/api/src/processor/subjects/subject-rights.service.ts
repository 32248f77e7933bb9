import { type LawfulContext, LawfulQuery } from '@lawful/nestjs';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Contact } from '../crm/contact.entity';
import { isUniqueViolation } from '../../controller/workspaces/unique-violation.util';
import { ContactConsent } from './contact-consent.entity';
import { ContactObjection } from './contact-objection.entity';
import { ContactProcessingRestriction } from './contact-processing-restriction.entity';
import { assertPurposeBasis } from './purpose-basis.util';
import type { RecordConsentDto } from './record-consent.dto';
import type { RestrictionReason } from './restriction-reason';

/**
 * Records a CRM contact's consent, objections and restriction of processing for the workspace (the controller;
 * purpose `compliance.subject_rights`, allowed when restricted, so a restricted contact can still be managed).
 * Each call first checks the contact is visible in the request's workspace (404 otherwise). Effective on the
 * next request: `WorkspaceContextResolver` reads the state per request.
 *
 * @example
 * await rights.restrict(ctx, contactId, 'accuracy_contested');
 */
@Injectable()
export class SubjectRightsService {
  private readonly contacts: LawfulQuery<Contact>;

  constructor(private readonly dataSource: DataSource) {
    this.contacts = new LawfulQuery(dataSource.getRepository(Contact));
  }

  /** Appends a consent (granted or withdrawn) to the ledger; 400 unless the purpose relies on consent. */
  async recordConsent(ctx: LawfulContext, contactId: string, body: RecordConsentDto): Promise<ContactConsent> {
    assertPurposeBasis(body.purpose, 'consent', 'Consent');
    await this.contacts.findOne(ctx, contactId);
    const repo = this.dataSource.getRepository(ContactConsent);
    return repo.save(repo.create({ workspaceId: ctx.workspaceId, contactId, purpose: body.purpose, granted: body.granted, method: body.method, recordedByUserId: ctx.userId }));
  }

  /** Records an objection; 400 unless the purpose relies on legitimate interests, 409 when one is in force. */
  async object(ctx: LawfulContext, contactId: string, purpose: string): Promise<ContactObjection> {
    assertPurposeBasis(purpose, 'legitimate_interests', 'An objection');
    await this.contacts.findOne(ctx, contactId);
    const repo = this.dataSource.getRepository(ContactObjection);
    try {
      return await repo.save(repo.create({ workspaceId: ctx.workspaceId, contactId, purpose, withdrawnAt: null }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException(`The contact already objects to "${purpose}"`);
      throw error;
    }
  }

  /** Withdraws the objection in force to `purpose`; 404 when there is none. */
  async withdrawObjection(ctx: LawfulContext, contactId: string, purpose: string): Promise<void> {
    await this.contacts.findOne(ctx, contactId);
    const result = await this.dataSource.getRepository(ContactObjection).update({ workspaceId: ctx.workspaceId, contactId, purpose, withdrawnAt: IsNull() }, { withdrawnAt: new Date() });
    if (!result.affected) throw new NotFoundException(`The contact has no objection in force to "${purpose}"`);
  }

  /** Restricts processing of the contact; 409 when a restriction is in force. */
  async restrict(ctx: LawfulContext, contactId: string, reason: RestrictionReason): Promise<ContactProcessingRestriction> {
    await this.contacts.findOne(ctx, contactId);
    const repo = this.dataSource.getRepository(ContactProcessingRestriction);
    try {
      return await repo.save(repo.create({ workspaceId: ctx.workspaceId, contactId, reason, liftedAt: null }));
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('Processing of this contact is already restricted');
      throw error;
    }
  }

  /** Lifts the restriction in force; 404 when there is none. */
  async lift(ctx: LawfulContext, contactId: string): Promise<void> {
    await this.contacts.findOne(ctx, contactId);
    const result = await this.dataSource.getRepository(ContactProcessingRestriction).update({ workspaceId: ctx.workspaceId, contactId, liftedAt: IsNull() }, { liftedAt: new Date() });
    if (!result.affected) throw new NotFoundException('Processing of this contact is not restricted');
  }
}
