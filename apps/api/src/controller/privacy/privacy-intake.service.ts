import { AuditBuffer } from '@lawful/nestjs';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { SubjectRequestsService } from '../../processor/subjects/requests/subject-requests.service';
import { User } from '../accounts/user.entity';
import { AccountPrivacyRequestsService } from './account-privacy-requests.service';
import { INTAKE_MESSAGE, type IntakeReceipt } from './intake-receipt.types';
import type { PrivacyIntakeDto } from './privacy-intake.dto';

const PURPOSE = 'compliance.subject_rights';

/** Workspaces holding CRM contacts with one email (optionally only the workspace with a slug). */
const MATCHING_CONTACTS = `SELECT c.workspace_id::text AS "workspaceId", array_agg(c.id::text ORDER BY c.id) AS "contactIds"
  FROM contacts c JOIN workspaces w ON w.id = c.workspace_id
  WHERE lower(c.email) = $1 AND ($2::text IS NULL OR w.slug = $2)
  GROUP BY c.workspace_id`;

/**
 * The platform's public intake of data-subject requests. It answers none about processor data itself: for every
 * workspace whose CRM holds a contact with the email (or only the named workspace) it records a request in that
 * workspace's list (origin `routed_by_platform`, identity pending), and for an account holder with that email (when
 * no workspace is named) a controller request with identity pending. All in one transaction; the receipt is the
 * same whatever matched. The platform's lookups and writes in workspace data are recorded in the access audit
 * (actor null = the platform), so the workspace's access log for the contact shows them.
 *
 * @example
 * const receipt = await intake.submit({ email: 'ann@example.test', right: 'access', jurisdiction: 'gdpr' });
 */
@Injectable()
export class PrivacyIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subjectRequests: SubjectRequestsService,
    private readonly accountRequests: AccountPrivacyRequestsService,
    @Optional() @Inject(AuditBuffer) private readonly audit: AuditBuffer | null = null,
  ) {}

  /** Records and routes the request; always resolves to a receipt of the same shape. */
  async submit(body: PrivacyIntakeDto): Promise<IntakeReceipt> {
    const reference = randomUUID();
    const email = body.email.trim().toLowerCase();
    const request = { right: body.right, jurisdiction: body.jurisdiction, details: body.details ?? null, receivedAt: new Date(), intakeReference: reference };
    const routed = await this.dataSource.transaction(async (manager) => {
      const matches = (await manager.query(MATCHING_CONTACTS, [email, body.workspace ?? null])) as { workspaceId: string; contactIds: string[] }[];
      const out: { workspaceId: string; contactIds: string[]; requestId: string; contactId: string | null }[] = [];
      for (const { workspaceId, contactIds } of matches) {
        const contactId = contactIds.length === 1 ? contactIds[0] : null;
        out.push({ workspaceId, contactIds, contactId, requestId: await this.subjectRequests.route(manager, { ...request, workspaceId, contactId, requesterEmail: email }) });
      }
      if (body.workspace === undefined) await this.recordForAccount(manager, email, request);
      return out;
    });
    for (const r of routed) await this.recordAudit(r);
    return { reference, status: 'received', message: INTAKE_MESSAGE };
  }

  private async recordForAccount(manager: EntityManager, email: string, request: Omit<Parameters<AccountPrivacyRequestsService['recordFromIntake']>[1], 'userId'>): Promise<void> {
    const user = await manager.getRepository(User).findOne({ where: { email }, select: { id: true } });
    if (user) await this.accountRequests.recordFromIntake(manager, { ...request, userId: user.id });
  }

  /** The platform read the contacts' email to route, and created the workspace's request record. */
  private async recordAudit(routed: { workspaceId: string; contactIds: string[]; requestId: string; contactId: string | null }): Promise<void> {
    const facts = { occurredAt: new Date(), actorId: null, workspaceId: routed.workspaceId, purpose: PURPOSE };
    await this.audit?.record({ ...facts, entity: 'Contact', action: 'read', recordIds: routed.contactIds, subjectIds: routed.contactIds, fields: ['email'] });
    const fields = ['right', 'jurisdiction', 'receivedAt', 'requesterEmail', 'details', 'contactId', 'status', 'identityState', 'origin', 'nextDueAt', 'intakeReference'];
    await this.audit?.record({ ...facts, entity: 'SubjectRequest', action: 'create', recordIds: [routed.requestId], subjectIds: routed.contactId ? [routed.contactId] : [], fields });
  }
}
