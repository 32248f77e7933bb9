import type { ExportFormat } from './export-format.types';
import type { ExportColumn, ExportEntityPlan } from './workspace-export.types';

/** Types the drivers already hand over as text, unchanged. */
const TEXT_TYPES = new Set(['text', 'character varying', 'varchar', 'character', 'char', 'uuid', 'citext', 'name']);
/** Types whose PostgreSQL text form is already what CSV should hold (JSON text, enum label). */
const CAST_TYPES = new Set(['json', 'jsonb', 'enum', 'simple-enum']);

/**
 * SQL for one column as text, so the driver parses nothing per value: text types as they are; `json`/`jsonb`
 * and enums cast to text; arrays as JSON; everything else through `to_json(...) #>> '{}'`, which gives ISO 8601
 * timestamps (`2024-05-01T09:30:00+00:00`), `true`/`false` and plain numbers. NULL stays NULL (empty field).
 *
 * @example
 * exportColumnText('e', { property: 'createdAt', column: '"created_at"', type: 'timestamp with time zone', isArray: false });
 * // to_json(e."created_at") #>> '{}'
 */
export function exportColumnText(alias: string, column: ExportColumn): string {
  const ref = `${alias}.${column.column}`;
  if (column.isArray) return `to_json(${ref})::text`;
  if (TEXT_TYPES.has(column.type)) return ref;
  if (CAST_TYPES.has(column.type)) return `${ref}::text`;
  return `to_json(${ref}) #>> '{}'`;
}

/**
 * The SELECT of one entity's rows of the workspace `workspace` (a parameter placeholder such as `$1`, or a
 * quoted literal), in primary-key order. CSV: one text column per annotated property. JSONL: one column, the
 * row as a JSON object keyed by property (`row_to_json`, typed values: numbers, booleans, arrays, objects).
 *
 * @example
 * exportSelectSql(plan.entities[0], 'csv', '$1');
 * // SELECT e."id" AS c0, e."first_name" AS c1 FROM "contacts" e WHERE e."workspace_id" = $1 ORDER BY e."id"
 */
export function exportSelectSql(entity: ExportEntityPlan, format: ExportFormat, workspace: string): string {
  const where = `WHERE e.${entity.workspaceColumn} = ${workspace} ORDER BY ${entity.orderBy.map((c) => `e.${c}`).join(', ')}`;
  if (format === 'csv') return `SELECT ${entity.columns.map((c, i) => `${exportColumnText('e', c)} AS c${i}`).join(', ')} FROM ${entity.table} e ${where}`;
  const record = entity.columns.map((c) => `e.${c.column} AS ${quoteIdentifier(c.property)}`).join(', ');
  return `SELECT row_to_json(r)::text AS line FROM ${entity.table} e, LATERAL (SELECT ${record}) r ${where}`;
}

/**
 * A PostgreSQL string literal for `value` (like `quote_literal`): quotes doubled, and the `E''` form with
 * doubled backslashes when it holds one. For statements that cannot take parameters (several in one string).
 *
 * @example
 * quoteLiteral("O'Brien"); // 'O''Brien'
 */
export function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new TypeError('A PostgreSQL literal cannot hold a NUL character');
  const quoted = `'${value.replace(/'/g, "''")}'`;
  return value.includes('\\') ? `E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
