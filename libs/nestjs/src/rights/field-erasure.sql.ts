import type { EntityTarget } from '@lawful/annotations';
import type { FieldErasurePlan } from '@lawful/rights';
import { ErasureColumnError } from './erasure-column.error';
import type { SqlParams } from './sql-params.util';
import type { SqlNames } from './subject-path.sql';

const TEXT = new Set(['text', 'character varying', 'varchar', 'character', 'char', 'citext']);
const JSON_TYPES = new Set(['json', 'jsonb']);

/**
 * The `SET` item erasing one field of the rows of `alias` with the field's strategy, by column type:
 * `null` → NULL; `redact` → the replacement (text; text[]: `'[]'` → empty array, else a one-element array;
 * json(b): the replacement parsed as JSON, else a JSON string), NULL left NULL; `hash` → SHA-256 hex of the value
 * (PostgreSQL's built-in `sha256`, on PGlite too; text[] element-wise; json(b) → a JSON string of the hash of its
 * text). Throws `ErasureColumnError` when the strategy does not fit the column.
 *
 * @example
 * fieldErasureSql(names, 't', Message, { property: 'body', category: 'user.content', strategy: 'hash' }, params);
 * // "body" = encode(sha256(convert_to(t."body", 'UTF8')), 'hex')
 */
export function fieldErasureSql(names: SqlNames, alias: string, entity: EntityTarget, field: FieldErasurePlan, params: SqlParams): string {
  const meta = names.metadata(entity);
  const column = meta.findColumnWithPropertyName(field.property);
  if (column === undefined) throw new ErasureColumnError(entity.name, field.property, field.strategy, 'the annotated property is no column of the TypeORM entity');
  const target = names.column(entity, field.property);
  const type = String(meta.connection.driver.normalizeType(column));
  const fail = (fix: string): never => {
    throw new ErasureColumnError(entity.name, field.property, field.strategy, fix);
  };
  if (field.strategy === 'null') return column.isNullable ? `${target} = NULL` : fail('the column is NOT NULL; use redact (with a replacement), or make the column nullable');
  const value = `${alias}.${target}`;
  const kind = column.isArray && TEXT.has(type) ? 'array' : TEXT.has(type) ? 'text' : JSON_TYPES.has(type) ? 'json' : undefined;
  if (kind === undefined) return fail(`${type}${column.isArray ? '[]' : ''} columns take only the null strategy`);
  const expression = field.strategy === 'hash' ? hashSql(kind, value, type) : redactSql(kind, field.replacement ?? '[erased]', type, params);
  return `${target} = CASE WHEN ${value} IS NULL THEN NULL ELSE ${expression} END`;
}

function hashSql(kind: 'text' | 'array' | 'json', value: string, type: string): string {
  const hex = (text: string) => `encode(sha256(convert_to(${text}, 'UTF8')), 'hex')`;
  if (kind === 'text') return hex(value);
  if (kind === 'array') return `ARRAY(SELECT ${hex('e')} FROM unnest(${value}) e)::${type}[]`;
  return `to_jsonb(${hex(`${value}::text`)})::${type}`;
}

function redactSql(kind: 'text' | 'array' | 'json', replacement: string, type: string, params: SqlParams): string {
  if (kind === 'text') return `${params.add(replacement)}::${type}`;
  if (kind === 'array') return replacement === '[]' ? `'{}'::${type}[]` : `ARRAY[${params.add(replacement)}::${type}]`;
  return isJson(replacement) ? `${params.add(replacement)}::${type}` : `to_jsonb(${params.add(replacement)}::text)::${type}`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
