/** One access to personal data, as the audit records it (ids and field names only, never values). */
export interface AccessAuditEntry {
  occurredAt: Date;
  actorId: string | null;
  workspaceId: string | null;
  purpose: string;
  entity: string;
  action: 'read' | 'create' | 'update' | 'delete';
  /** Ids of the data subjects whose rows were touched. */
  subjectIds: string[];
  fields: string[];
}

/**
 * Where audit entries are persisted (an append-only table in the app).
 *
 * @example
 * const sink: AuditSink = { write: (entries) => repository.insert(entries.map(toRow)).then(() => undefined) };
 */
export interface AuditSink {
  write(entries: readonly AccessAuditEntry[]): Promise<void>;
}
