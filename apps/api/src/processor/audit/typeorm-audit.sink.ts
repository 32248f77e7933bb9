import type { AccessAuditEntry, AuditSink } from '@lawful/nestjs';
import type { DataSource } from 'typeorm';
import { AccessAuditRecord } from './access-audit-record.entity';

/**
 * Persists access-audit entries into the append-only `access_audit_records` table: one multi-row INSERT per batch,
 * one row per entry. Never logs, and never lets a driver message (which may quote a value) escape: a failed write
 * throws an error naming only the batch size and the SQLSTATE code, and the `AuditBuffer` retries the batch.
 *
 * @example
 * LawfulModule.forRoot({ resolveContext, audit: { sink: new TypeOrmAuditSink(dataSource) } });
 */
export class TypeOrmAuditSink implements AuditSink {
  constructor(private readonly dataSource: DataSource) {}

  async write(entries: readonly AccessAuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((entry) => toRow(entry));
    try {
      await this.dataSource.createQueryBuilder().insert().into(AccessAuditRecord).values(rows).updateEntity(false).execute();
    } catch (error) {
      const code = (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (error as { code?: unknown }).code;
      throw new Error(`access audit: writing ${entries.length} entries failed (SQLSTATE ${typeof code === 'string' ? code : 'unknown'})`);
    }
  }
}

function toRow(entry: AccessAuditEntry): Omit<AccessAuditRecord, 'id'> {
  if (entry.workspaceId === null) {
    // Every LawfulContext has a workspace; an entry without one is a programming error, not something to drop.
    throw new Error(`access audit: an entry for ${entry.entity} has no workspace; the log is kept per workspace`);
  }
  return {
    occurredAt: entry.occurredAt,
    workspaceId: entry.workspaceId,
    actorId: entry.actorId,
    purpose: entry.purpose,
    entity: entry.entity,
    action: entry.action,
    subjectIds: [...entry.subjectIds],
    recordIds: [...entry.recordIds],
    fields: [...entry.fields],
  };
}
