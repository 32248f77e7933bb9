/**
 * One `where` filter of a `LawfulQuery` read: a value matched by equality (`null` matches `IS NULL`), one of
 * several values (`{ $in: [...] }`; an empty list matches nothing) or a case-insensitive SQL `LIKE` pattern
 * (`{ $ilike: 'ann%' }`: `%` any text, `_` one character — escape them in client input meant literally).
 *
 * @example
 * const stage: LawfulWhereValue = { $in: ['lead', 'customer'] };
 */
export type LawfulWhereValue = string | number | boolean | null | { $in: readonly (string | number | boolean)[] } | { $ilike: string };

/**
 * Filters, order and page a caller adds to a `LawfulQuery` read. Every property named in `where` or `orderBy`
 * must be readable under the request's ability (else `ForbiddenFieldError`, 403): filtering or sorting on a
 * hidden field would reveal it. Values, `take` and `skip` are not validated here: validate client input first
 * (class-validator DTO), e.g. cap `take`.
 *
 * @example
 * const options: LawfulFindOptions<Contact> = { where: { stage: 'lead', name: { $ilike: 'ann%' } }, orderBy: { name: 'ASC' }, take: 50, skip: 0 };
 * const listing: LawfulFindOptions<Contact> = { defaultOrderBy: { name: 'ASC', id: 'ASC' } }; // name skipped when hidden
 */
export interface LawfulFindOptions<T> {
  where?: Partial<Record<keyof T & string, LawfulWhereValue>>;
  orderBy?: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;
  /**
   * The server's own order, applied after `orderBy`: properties the ability may not read are skipped instead of
   * refused (a workspace hiding `name` from members must not break their lists, and sorting by a hidden field
   * would reveal it). End it with the primary key for stable pages.
   */
  defaultOrderBy?: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;
  take?: number;
  skip?: number;
}
