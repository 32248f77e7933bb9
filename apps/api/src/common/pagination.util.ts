import type { LawfulContext, LawfulFindOptions, LawfulQuery } from '@lawful/nestjs';
import type { ObjectLiteral } from 'typeorm';
import type { PaginationQuery } from './pagination.query';

/**
 * One page of a list route: the rows, the page asked for and the total of matching rows.
 *
 * @example
 * const page: Page<Deal> = { items: [], page: 1, pageSize: 25, total: 0 };
 */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Filter values a list query may carry (equality filters of `LawfulQuery`). */
type FilterValue = string | number | boolean | null;

/**
 * The equality filters of `query`: its values for the `keys` it sets (absent ones do not filter).
 *
 * @example
 * definedFilters({ page: 1, pageSize: 25, stage: 'new', outcome: undefined }, ['stage', 'outcome']); // { stage: 'new' }
 */
export function definedFilters<Q extends object, K extends keyof Q & string>(query: Q, keys: readonly K[]): Partial<Record<K, FilterValue>> {
  const where: Partial<Record<K, FilterValue>> = {};
  for (const key of keys) {
    const value = query[key] as FilterValue | undefined;
    if (value !== undefined) where[key] = value;
  }
  return where;
}

/**
 * The page `pagination` asks for, through `rows` (so workspace isolation, subject state and permitted fields
 * hold), with `where` and `defaultOrderBy` (end it with a unique key for a stable order; fields hidden from the
 * caller are skipped). Rows and total are read concurrently.
 *
 * @example
 * return findPage(this.deals, ctx, query, { where: definedFilters(query, ['stage']), defaultOrderBy: { createdAt: 'DESC', id: 'ASC' } });
 */
export async function findPage<T extends ObjectLiteral>(
  rows: LawfulQuery<T>,
  ctx: LawfulContext,
  pagination: PaginationQuery,
  options: Pick<LawfulFindOptions<T>, 'where' | 'orderBy' | 'defaultOrderBy'>,
): Promise<Page<T>> {
  const { page, pageSize } = pagination;
  const [items, total] = await Promise.all([
    rows.find(ctx, { ...options, take: pageSize, skip: (page - 1) * pageSize }),
    rows.count(ctx, { where: options.where }),
  ]);
  return { items, page, pageSize, total };
}
