import type { ExportFormat } from './export-format.types';
import type { ExportColumn, ExportEntityPlan } from './workspace-export.types';
import { quoteIdentifier } from '../sql/quote-identifier.util';

/** Types whose text form (below) never holds a quote, comma, CR or LF: written as bare CSV fields. */
const BARE_TYPES = new Set([
  'uuid', 'boolean', 'smallint', 'integer', 'bigint', 'int', 'int2', 'int4', 'int8', 'numeric', 'decimal', 'real', 'double precision', 'float4', 'float8',
  'date', 'time without time zone', 'time with time zone', 'timestamp without time zone', 'timestamp with time zone',
]);
/** Types the drivers already hand over as text, unchanged. */
const TEXT_TYPES = new Set(['text', 'character varying', 'varchar', 'character', 'char', 'uuid', 'citext', 'name']);
/** Types whose PostgreSQL text form is what the export holds (JSON text, enum label). */
const CAST_TYPES = new Set(['json', 'jsonb', 'enum', 'simple-enum']);

/**
 * SQL for one column as text: text types as they are; `json`/`jsonb` and enums cast to text; arrays as JSON;
 * everything else through `to_json(...) #>> '{}'`, which gives ISO 8601 timestamps (`2024-05-01T09:30:00+00:00`),
 * `true`/`false` and plain numbers. NULL stays NULL.
 *
 * @example
 * exportColumnText('e', { property: 'createdAt', column: '"created_at"', type: 'timestamp with time zone', isArray: false });
 * // to_json(e."created_at") #>> '{}'
 */
export function exportColumnText(alias: string, column: ExportColumn): string {
  const ref = `${alias}.${column.column}`;
  if (column.isArray) return `to_json(${ref})::text`;
  if (TEXT_TYPES.has(column.type)) return column.type === 'uuid' ? `${ref}::text` : ref;
  if (CAST_TYPES.has(column.type)) return `${ref}::text`;
  return `to_json(${ref}) #>> '{}'`;
}

/**
 * SQL for one column as an RFC 4180 field, rendered by PostgreSQL: NULL → empty; uuids, numbers, booleans and
 * ISO timestamps bare (their text never needs quoting); any other value always quoted, embedded quotes doubled
 * (RFC 4180 lets any field be quoted — one `replace()` per value instead of a test, so `''` reads `""`). The
 * values read back exactly as `csvField` would write them; no formula guard (exports are faithful).
 *
 * @example
 * csvFieldSql('e', { property: 'name', column: '"full_name"', type: 'text', isArray: false });
 * // coalesce('"' || replace(e."full_name", '"', '""') || '"', '')
 */
export function csvFieldSql(alias: string, column: ExportColumn): string {
  const text = exportColumnText(alias, column);
  if (BARE_TYPES.has(column.type) && !column.isArray) return `coalesce(${text}, '')`;
  return `coalesce('"' || replace(${text}, '"', '""') || '"', '')`;
}

/**
 * The SELECT of one entity's rows of the workspace `workspace` (a parameter placeholder such as `$1`, or a
 * quoted literal), in primary-key order, each row as ONE text column holding its whole output line, never NULL,
 * so the export only concatenates (cursor rows, or the raw bytes of a binary COPY): CSV, the record ending in
 * CRLF (`csvFieldSql` per column); JSONL, `{"entity":"<name>","record":<row>}` and LF, the record being the row
 * as a JSON object keyed by property (`row_to_json`: typed numbers, booleans, arrays, objects).
 *
 * @example
 * exportSelectSql(plan.entities[0], 'csv', '$1');
 * // SELECT coalesce(e."id"::text, '') || ',' || … || E'\r\n' AS line FROM "contacts" e WHERE e."workspace_id" = $1 ORDER BY e."id"
 */
export function exportSelectSql(entity: ExportEntityPlan, format: ExportFormat, workspace: string): string {
  const where = `WHERE e.${entity.workspaceColumn} = ${workspace} ORDER BY ${entity.orderBy.map((c) => `e.${c}`).join(', ')}`;
  if (format === 'csv') return `SELECT ${entity.columns.map((c) => csvFieldSql('e', c)).join(` || ',' || `)} || E'\\r\\n' AS line FROM ${entity.table} e ${where}`;
  const record = entity.columns.map((c) => `e.${c.column} AS ${quoteIdentifier(c.property)}`).join(', ');
  const prefix = quoteLiteral(`{"entity":${JSON.stringify(entity.name)},"record":`);
  return `SELECT ${prefix} || row_to_json(r)::text || E'}\\n' AS line FROM ${entity.table} e, LATERAL (SELECT ${record}) r ${where}`;
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
