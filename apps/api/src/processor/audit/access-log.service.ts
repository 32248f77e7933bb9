import { type LawfulContext, RowNotFoundError } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { PaginationQuery } from '../../common/pagination.query';
import { Contact } from '../crm/contact.entity';
import { AccessAuditRecord } from './access-audit-record.entity';
import { AccessLogExplainer } from './access-log.explainer';
import type { AccessLogEntry, SubjectAccessLog } from './access-log.types';

/** What an access-log page reads from each audit row (recorded in the audit as the fields read). */
const LOG_FIELDS = ['occurredAt', 'actorId', 'purpose', 'action', 'entity', 'fields'] as const;

/**
 * The access log of one CRM contact in the caller's workspace, for answering the contact's access request
 * (GDPR Art. 15): who accessed which fields, when, for which purpose, plus legal bases and recipients. Reads the
 * audit rows whose `subject_ids` contain the contact (GIN index), in the workspace only; reading the log is itself
 * recorded in the audit (it reveals the contact's access history).
 *
 * @example
 * const log = await accessLog.forContact(ctx, contactId, { page: 1, pageSize: 25 });
 */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly explainer: AccessLogExplainer,
  ) {}

  /** A page of the contact's log, newest first; `RowNotFoundError` (404) when the contact is not in the workspace. */
  async forContact(ctx: LawfulContext, contactId: string, page: Pick<PaginationQuery, 'page' | 'pageSize'>): Promise<SubjectAccessLog> {
    const known = await this.dataSource.getRepository(Contact).existsBy({ id: contactId, workspaceId: ctx.workspaceId });
    if (!known) throw new RowNotFoundError('Contact');
    const [rows, total] = await this.entriesOf(contactId, ctx.workspaceId)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .getManyAndCount();
    if (rows.length > 0) {
      await ctx.audit?.({ entity: 'AccessAuditRecord', action: 'read', recordIds: rows.map((r) => r.id), subjectIds: [contactId], fields: [...LOG_FIELDS] });
    }
    return { subjectId: contactId, items: rows.map((r) => this.explainer.explain(r)), page: page.page, pageSize: page.pageSize, total };
  }

  /**
   * The whole processing history of one subject (the audit keeps 90 days), newest first, explained: for a CRM
   * contact within its workspace, for an account holder across the workspaces whose routes touched them. The
   * caller records the read in the audit with the export it belongs to.
   */
  async historyOf(subjectId: string, workspaceId?: string): Promise<AccessLogEntry[]> {
    const rows = await this.entriesOf(subjectId, workspaceId).getMany();
    return rows.map((r) => this.explainer.explain(r));
  }

  /** The audit rows naming `subjectId` (GIN index), in `workspaceId` when given, newest first. */
  private entriesOf(subjectId: string, workspaceId?: string): SelectQueryBuilder<AccessAuditRecord> {
    const qb = this.dataSource
      .getRepository(AccessAuditRecord)
      .createQueryBuilder('record')
      .select(['record.id', ...LOG_FIELDS.map((f) => `record.${f}`)])
      .where('record.subjectIds @> ARRAY[:subjectId]::uuid[]', { subjectId });
    if (workspaceId !== undefined) qb.andWhere('record.workspaceId = :workspaceId', { workspaceId });
    return qb.orderBy('record.occurredAt', 'DESC').addOrderBy('record.id', 'DESC');
  }
}
