/**
 * One access to personal data, as the audit records it (ids and field names only, never values).
 *
 * @example
 * const entry: AccessAuditEntry = { occurredAt: new Date(), actorId: 'u1', workspaceId: 'w1', purpose: 'service.crm', entity: 'Contact', action: 'read', recordIds: ['c1'], subjectIds: ['c1'], fields: ['id', 'email'] };
 */
export interface AccessAuditEntry {
  occurredAt: Date;
  actorId: string | null;
  workspaceId: string | null;
  purpose: string;
  entity: string;
  action: 'read' | 'create' | 'update' | 'delete';
  /** Primary keys of the rows touched. */
  recordIds: string[];
  /** Ids of the data subjects whose rows were touched. */
  subjectIds: string[];
  /** Columns returned (reads) or written (create, update: the body's keys); empty for a delete (the whole row). */
  fields: string[];
}

/**
 * What `LawfulQuery` knows of an access: the entry without the facts of the request (time, actor, workspace,
 * purpose), which the recorder `PurposeGuard` puts on the `LawfulContext` adds.
 *
 * @example
 * ctx.audit?.({ entity: 'Contact', action: 'delete', recordIds: ['c1'], subjectIds: ['c1'], fields: [] });
 */
export type AccessAuditRecordInput = Pick<AccessAuditEntry, 'entity' | 'action' | 'recordIds' | 'subjectIds' | 'fields'>;

/**
 * Where audit entries are persisted (an append-only table in the app).
 *
 * @example
 * const sink: AuditSink = { write: (entries) => repository.insert(entries.map(toRow)).then(() => undefined) };
 */
export interface AuditSink {
  write(entries: readonly AccessAuditEntry[]): Promise<void>;
}
