import { NotPersonal, personalDataPreset, ProcessingRole, WorkspaceKey } from '@lawful/annotations';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every personal column of the log: kept for compliance, 90 days like the other request logs, not erasable on request. */
const AuditTrail = personalDataPreset({
  purposes: ['compliance'],
  source: 'observed',
  retention: 'server_logs',
  erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'record of who accessed personal data, for access requests and accountability (GDPR Art. 5(2), 15, 28(3)(e))' } },
});

/**
 * One access to personal data through `LawfulQuery` (a read, create, update or delete of one entity's rows), as the
 * access audit records it: who, in which workspace, for which purpose, which fields, about which data subjects —
 * ids and field names only, never values. Append-only: a trigger rejects UPDATE, DELETE and TRUNCATE; only the
 * explicit retention purge (`purgeExpiredAccessAudit`) may delete, and only rows older than 90 days.
 *
 * Processing role: processor. Every audited access happens inside a workspace (a `LawfulContext` always has one),
 * by its members, mostly to data the workspace controls — CRM contacts, deals, notes, tasks (policy §5.4.3) — and
 * the log is kept for that workspace, which answers its contacts' access requests from it (GDPR Art. 15; Aktok
 * assists under Art. 28(3)(e)). Reads of the workspace's own membership list through `LawfulQuery` land here too,
 * scoped the same way; Aktok's own security logs of account holders are controller data and live in `ServerLog`.
 *
 * @example
 * await dataSource.getRepository(AccessAuditRecord).findBy({ workspaceId });
 */
@Entity('access_audit_records')
@Index(['workspaceId', 'occurredAt'])
@ProcessingRole('processor')
export class AccessAuditRecord {
  @PrimaryGeneratedColumn('uuid')
  @NotPersonal({ reason: 'surrogate key' })
  id!: string;

  @Column('timestamptz')
  @NotPersonal({ reason: 'access timestamp (drives retention)' })
  occurredAt!: Date;

  @Column('uuid')
  @WorkspaceKey()
  @NotPersonal({ reason: 'tenant key' })
  workspaceId!: string;

  @Column('uuid', { nullable: true })
  @AuditTrail({ category: 'user.unique_id.pseudonymous', subject: 'workspace_member', description: 'user id of the member who accessed the data (no FK constraint: the log is append-only)' })
  actorId!: string | null;

  @Column('text')
  @AuditTrail({ category: 'user.telemetry.server_log', subject: 'crm_contact', description: 'purpose the data was accessed for' })
  purpose!: string;

  @Column('text')
  @AuditTrail({ category: 'user.telemetry.server_log', subject: 'crm_contact', description: 'entity accessed, e.g. Contact' })
  entity!: string;

  @Column('text')
  @AuditTrail({ category: 'user.telemetry.server_log', subject: 'crm_contact', description: 'read | create | update | delete' })
  action!: 'read' | 'create' | 'update' | 'delete';

  @Index({ type: 'gin' })
  @Column('uuid', { array: true })
  @AuditTrail({ category: 'user.unique_id.pseudonymous', subject: 'crm_contact', description: 'ids of the data subjects whose data was accessed (CRM contacts; members for membership routes)' })
  subjectIds!: string[];

  /** `null` when the rows accessed are the subjects themselves (same ids, same order as `subjectIds`): stored once. */
  @Column('uuid', { array: true, nullable: true })
  @NotPersonal({ reason: 'ids of the rows accessed (the subjects are in subjectIds); null = the same ids as subjectIds' })
  recordIds!: string[] | null;

  @Column('text', { array: true })
  @AuditTrail({ category: 'user.telemetry.server_log', subject: 'crm_contact', description: 'names of the fields read or written (never their values)' })
  fields!: string[];
}
