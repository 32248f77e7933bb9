import { UnsupportedConditionError } from '@lawful/policy';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { LawfulWhereValue } from './lawful-find-options.types';

/**
 * Adds the caller's `where` filters to `qb` as parameterized `AND` clauses on escaped columns (`column` maps a
 * property to `alias.column`). Field permissions are the caller's job (checked before). An object value other
 * than `{ $in }` or `{ $ilike }` throws `UnsupportedConditionError` rather than being ignored.
 *
 * @example
 * applyWhereFilters(qb, 'Contact', { stage: { $in: ['lead'] }, email: null }, (p) => `"contact"."${p}"`);
 */
export function applyWhereFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  entity: string,
  where: Readonly<Record<string, LawfulWhereValue | undefined>>,
  column: (property: string) => string,
): void {
  Object.entries(where).forEach(([property, value], i) => {
    if (value === undefined) return;
    const sql = column(property);
    const name = `lawfulWhere${i}`;
    if (value === null) qb.andWhere(`${sql} IS NULL`);
    else if (typeof value !== 'object') qb.andWhere(`${sql} = :${name}`, { [name]: value });
    else if ('$in' in value && Array.isArray(value.$in)) qb.andWhere(value.$in.length === 0 ? 'FALSE' : `${sql} IN (:...${name})`, { [name]: value.$in });
    else if ('$ilike' in value && typeof value.$ilike === 'string') qb.andWhere(`${sql} ILIKE :${name}`, { [name]: value.$ilike });
    else throw new UnsupportedConditionError(entity, property, 'a where filter is a value, null, { $in: [...] } or { $ilike: "..." }');
  });
}
