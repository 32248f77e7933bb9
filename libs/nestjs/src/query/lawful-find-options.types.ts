/**
 * Filters, order and page a caller adds to a `LawfulQuery` read. Every property named in `where` or `orderBy`
 * must be readable under the request's ability (else `ForbiddenFieldError`, 403): filtering or sorting on a
 * hidden field would reveal it. `where` matches by equality (`null` matches `IS NULL`). Values, `take` and
 * `skip` are not validated here: validate client input first (class-validator DTO), e.g. cap `take`.
 *
 * @example
 * const options: LawfulFindOptions<Contact> = { where: { stage: 'lead' }, orderBy: { name: 'ASC' }, take: 50, skip: 0 };
 */
export interface LawfulFindOptions<T> {
  where?: Partial<Record<keyof T & string, string | number | boolean | null>>;
  orderBy?: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;
  take?: number;
  skip?: number;
}
