import { UnsupportedConditionError } from '../errors/unsupported-condition.error';
import type { RowConditions } from '../types/policy.types';
import type { SqlParams } from './sql-params.util';

type Scalar = string | number | boolean | bigint | Date;
const COMPARISONS: Record<string, string> = { $lt: '<', $lte: '<=', $gt: '>', $gte: '>=' };

/**
 * Translates CASL (MongoDB-style) row conditions into a parameterized SQL boolean expression. Supported:
 * plain equality (`null` means IS NULL), `$eq`, `$ne`, `$in`, `$nin`, `$lt`, `$lte`, `$gt`, `$gte`,
 * `$exists` (a NULL column counts as absent), several keys (AND), several operators on one key (AND).
 * Anything else throws `UnsupportedConditionError`: a condition is never dropped. Top-level `$or`/`$and` are
 * rejected too: CASL's default Mongo matcher (used in memory by `ability.can`) does not support them, and SQL
 * must never disagree with it; express alternatives as several rules (ORed by `rulesToSql`).
 *
 * Semantics follow MongoDB: comparisons and `$in` never match NULL; `$ne`/`$nin` do (unless they name
 * `null`). The result may evaluate to SQL NULL where MongoDB says "no match"; callers negating it must wrap it
 * in `COALESCE(…, FALSE)` (see `rulesToSql`).
 *
 * @example
 * const t = new ConditionsToSql('Contact', (p) => `"c"."${p}"`, params);
 * t.translate({ workspaceId: 'w1', score: { $gte: 10 } });
 * // ("c"."workspaceId" = :lawful0_0 AND "c"."score" >= :lawful0_1)
 */
export class ConditionsToSql {
  constructor(
    private readonly entity: string,
    /** Qualified, escaped column of an entity property; throws for unknown properties. */
    private readonly column: (property: string) => string,
    private readonly params: SqlParams,
  ) {}

  translate(conditions: RowConditions): string {
    if (!isPlainObject(conditions)) throw this.error(undefined, `conditions must be an object, got ${describe(conditions)}`);
    const parts = Object.entries(conditions).map(([key, value]) => {
      if (key.startsWith('$')) throw this.error(undefined, `top-level ${key} is not supported (CASL's Mongo matcher reads it as a field); use one rule per alternative`, key);
      return this.field(key, value);
    });
    return join(parts, 'AND', 'TRUE');
  }

  private field(property: string, value: unknown): string {
    const column = this.column(property);
    if (!isPlainObject(value)) return this.equals(property, column, value);
    const operators = Object.entries(value);
    if (operators.length === 0 || operators.some(([op]) => !op.startsWith('$'))) {
      throw this.error(property, 'object values (embedded documents) are not supported; compare scalar columns');
    }
    return join(operators.map(([op, operand]) => this.operator(property, column, op, operand)), 'AND', 'TRUE');
  }

  private operator(property: string, column: string, op: string, operand: unknown): string {
    switch (op) {
      case '$eq':
        return this.equals(property, column, operand);
      case '$ne':
        return operand === null ? `${column} IS NOT NULL` : `${column} IS DISTINCT FROM :${this.params.add(this.scalar(property, operand))}`;
      case '$in':
      case '$nin':
        return this.list(property, column, op, operand);
      case '$exists':
        if (typeof operand !== 'boolean') throw this.error(property, '$exists needs true or false', op);
        return operand ? `${column} IS NOT NULL` : `${column} IS NULL`;
      default:
        if (!(op in COMPARISONS)) throw this.error(property, `operator ${op} is not supported in SQL`, op);
        return `${column} ${COMPARISONS[op]} :${this.params.add(this.scalar(property, operand))}`;
    }
  }

  private equals(property: string, column: string, value: unknown): string {
    return value === null ? `${column} IS NULL` : `${column} = :${this.params.add(this.scalar(property, value))}`;
  }

  /** `$in` matches NULL only when the list holds `null`; `$nin` matches NULL unless it does. */
  private list(property: string, column: string, op: '$in' | '$nin', operand: unknown): string {
    if (!Array.isArray(operand)) throw this.error(property, `${op} needs an array`, op);
    const withNull = operand.includes(null);
    const values = operand.filter((v) => v !== null).map((v) => this.scalar(property, v));
    const listed = values.length === 0 ? undefined : `${column} ${op === '$in' ? 'IN' : 'NOT IN'} (:...${this.params.add(values)})`;
    if (op === '$in') return join([withNull ? `${column} IS NULL` : undefined, listed].filter(isString), 'OR', 'FALSE');
    if (withNull) return join([`${column} IS NOT NULL`, listed].filter(isString), 'AND', 'TRUE');
    return listed === undefined ? 'TRUE' : `(${column} IS NULL OR ${listed})`;
  }

  private scalar(property: string, value: unknown): Scalar {
    const ok = ['string', 'number', 'boolean', 'bigint'].includes(typeof value) || value instanceof Date;
    if (!ok || (typeof value === 'number' && !Number.isFinite(value))) throw this.error(property, `value ${describe(value)} is not a comparable scalar`);
    return value as Scalar;
  }

  private error(property: string | undefined, problem: string, operator?: string): UnsupportedConditionError {
    return new UnsupportedConditionError(this.entity, property, problem, operator === undefined ? {} : { operator });
  }
}

function join(parts: string[], glue: 'AND' | 'OR', empty: string): string {
  if (parts.length === 0) return empty;
  return parts.length === 1 ? parts[0] : `(${parts.join(` ${glue} `)})`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isString(value: string | undefined): value is string {
  return value !== undefined;
}

function describe(value: unknown): string {
  return value instanceof Object && !Array.isArray(value) ? Object.prototype.toString.call(value) : JSON.stringify(value) ?? String(value);
}
