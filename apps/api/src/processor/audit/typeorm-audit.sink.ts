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
  private statement?: BatchInsert;

  constructor(private readonly dataSource: DataSource) {}

  async write(entries: readonly AccessAuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const statement = (this.statement ??= batchInsert(this.dataSource));
    const rows = entries.map((entry) => toRow(entry));
    const batch = JSON.stringify(rows.map((row) => Object.fromEntries(statement.columns.map((c) => [c.databaseName, row[c.property]]))));
    try {
      await this.dataSource.query(statement.sql, [batch]);
    } catch (error) {
      const code = (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (error as { code?: unknown }).code;
      throw new Error(`access audit: writing ${entries.length} entries failed (SQLSTATE ${typeof code === 'string' ? code : 'unknown'})`);
    }
  }
}

/** The audited properties, in insert order. */
const PROPERTIES = ['occurredAt', 'workspaceId', 'actorId', 'purpose', 'entity', 'action', 'subjectIds', 'recordIds', 'fields'] as const;

/**
 * One INSERT for a whole batch passed as a single JSON parameter (`jsonb_to_recordset`): the database parses the
 * batch, not TypeORM's query builder (about a fifth of the client CPU per entry). Column names and types come from
 * the entity metadata.
 */
function batchInsert(dataSource: DataSource): BatchInsert {
  const metadata = dataSource.getMetadata(AccessAuditRecord);
  const columns = PROPERTIES.map((property) => {
    const column = metadata.findColumnWithPropertyPath(property);
    if (column === undefined) throw new Error(`access audit: AccessAuditRecord has no column for ${property}`);
    return { property, databaseName: column.databaseName, type: `${String(column.type)}${column.isArray ? '[]' : ''}` };
  });
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  const record = columns.map((c) => `"${c.databaseName}" ${c.type}`).join(', ');
  return { columns, sql: `INSERT INTO "${metadata.tableName}" (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS batch(${record})` };
}

/** The batch statement and the column each audited property goes to. */
interface BatchInsert {
  sql: string;
  columns: { property: (typeof PROPERTIES)[number]; databaseName: string; type: string }[];
}

/** An entry as a JSON record keyed by column name (validated: every entry belongs to a workspace). */
function toRow(entry: AccessAuditEntry): Record<(typeof PROPERTIES)[number], unknown> {
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
    subjectIds: entry.subjectIds,
    // Reads of a data-subject entity touch the subjects themselves: their ids are stored once (null = subjectIds),
    // which saves about a third of the database work per entry.
    recordIds: sameIds(entry.recordIds, entry.subjectIds) ? null : entry.recordIds,
    fields: entry.fields,
  };
}

/** Whether both lists hold the same ids in the same order. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
