import { type EntityTarget, getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import { applyAbilityToQuery, assertFieldsPermitted, ForbiddenFieldError } from '@lawful/policy';
import type { ObjectLiteral, QueryDeepPartialEntity, Repository, SelectQueryBuilder } from 'typeorm';
import type { LawfulContext } from '../context/lawful-context.types';
import type { LawfulFindOptions } from './lawful-find-options.types';
import { RowNotFoundError } from './row-not-found.error';

/**
 * Purpose-scoped reads of one annotated TypeORM entity. Takes the request's `LawfulContext` (not the request:
 * services stay HTTP-free) and enforces its ability in SQL through `applyAbilityToQuery`, applied last: only
 * rows the ability may read (workspace isolation, subject state) and only permitted columns (plus the primary
 * key) are fetched. Caller filters and sorts are checked first: naming a field the ability does not permit
 * for `read` throws `ForbiddenFieldError` (403) — unknown properties count as not permitted.
 * `update` checks the body's keys for `update` and never lets a body change the primary key or the workspace
 * key (403 naming them): tenancy is set server-side, from the context.
 *
 * @example
 * const contacts = new LawfulQuery(dataSource.getRepository(Contact));
 * const page = await contacts.find(ctx, { where: { stage: 'lead' }, orderBy: { name: 'ASC' }, take: 20 });
 * const one = await contacts.findOne(ctx, id); // RowNotFoundError (404) when not visible
 * await contacts.update(ctx, id, { email: 'new@example.test' });
 */
export class LawfulQuery<T extends ObjectLiteral> {
  private readonly entity: string;
  private readonly alias: string;
  /** Properties no body may set: the primary key and the workspace key. */
  private readonly serverSide: readonly string[];

  constructor(
    private readonly repository: Repository<T>,
    storage: PrivacyMetadataStorage = getMetadataStorage(),
  ) {
    this.entity = repository.metadata.targetName;
    this.alias = this.entity.charAt(0).toLowerCase() + this.entity.slice(1);
    const workspaceKey = storage.entityOf(repository.metadata.target as EntityTarget).workspaceKey;
    this.serverSide = [...repository.metadata.primaryColumns.map((c) => c.propertyPath), ...(workspaceKey === undefined ? [] : [workspaceKey])];
  }

  /** The visible rows matching `options`, with permitted columns only. */
  async find(ctx: LawfulContext, options: LawfulFindOptions<T> = {}): Promise<T[]> {
    const qb = this.filtered(ctx, options);
    for (const [property, direction] of Object.entries(options.orderBy ?? {})) {
      qb.addOrderBy(this.column(qb, property), direction === 'DESC' ? 'DESC' : 'ASC');
    }
    if (options.take !== undefined) qb.limit(options.take);
    if (options.skip !== undefined) qb.offset(options.skip);
    return applyAbilityToQuery(qb, ctx.ability, 'read', this.entity, this.alias).getMany();
  }

  /** The visible row with primary key `id`; throws `RowNotFoundError` when it is absent or not visible. */
  async findOne(ctx: LawfulContext, id: string | number): Promise<T> {
    const qb = this.repository.createQueryBuilder(this.alias);
    const [pk] = this.repository.metadata.primaryColumns;
    qb.where(`${this.column(qb, pk.propertyPath)} = :lawfulId`, { lawfulId: id });
    const row = await applyAbilityToQuery(qb, ctx.ability, 'read', this.entity, this.alias).getOne();
    if (row === null) throw new RowNotFoundError(this.entity);
    return row;
  }

  /** How many visible rows match `options.where` (`take`, `skip`, `orderBy` are ignored). */
  async count(ctx: LawfulContext, options: Pick<LawfulFindOptions<T>, 'where'> = {}): Promise<number> {
    const qb = this.filtered(ctx, options);
    return applyAbilityToQuery(qb, ctx.ability, 'read', this.entity, this.alias).getCount();
  }

  /**
   * Updates the visible row `id` with `values` and returns it as `findOne` does. Throws `ForbiddenFieldError`
   * (403) when a key is the primary or workspace key or may not be updated, before touching the database;
   * `RowNotFoundError` (404) when the row is absent or not updatable under the ability.
   */
  async update(ctx: LawfulContext, id: string | number, values: QueryDeepPartialEntity<T>): Promise<T> {
    const keys = Object.keys(values);
    const fixed = keys.filter((k) => this.serverSide.includes(k));
    if (fixed.length > 0) throw new ForbiddenFieldError({ entity: this.entity, fields: fixed, action: 'update', role: ctx.role, purpose: ctx.purpose });
    assertFieldsPermitted(ctx.ability, 'update', this.entity, keys, { role: ctx.role, purpose: ctx.purpose });
    const [pk] = this.repository.metadata.primaryColumns;
    const qb = this.repository.createQueryBuilder(this.alias);
    qb.where(`${this.column(qb, pk.propertyPath)} = :lawfulId`, { lawfulId: id });
    const visible = await applyAbilityToQuery(qb, ctx.ability, 'update', this.entity, this.alias).getCount();
    if (visible === 0) throw new RowNotFoundError(this.entity, 'update');
    if (keys.length > 0) await this.repository.createQueryBuilder().update().set(values).where({ [pk.propertyPath]: id }).execute();
    return this.findOne(ctx, id);
  }

  /** A query builder with the caller's equality filters, after checking the fields they and `orderBy` name. */
  private filtered(ctx: LawfulContext, options: LawfulFindOptions<T>): SelectQueryBuilder<T> {
    const where = Object.entries(options.where ?? {});
    const named = [...new Set([...where.map(([p]) => p), ...Object.keys(options.orderBy ?? {})])];
    assertFieldsPermitted(ctx.ability, 'read', this.entity, named, { role: ctx.role, purpose: ctx.purpose });
    const qb = this.repository.createQueryBuilder(this.alias);
    where.forEach(([property, value], i) => {
      const column = this.column(qb, property);
      if (value === null) qb.andWhere(`${column} IS NULL`);
      else qb.andWhere(`${column} = :lawfulWhere${i}`, { [`lawfulWhere${i}`]: value });
    });
    return qb;
  }

  /** `alias.column`, escaped; a permitted property that is no column (a relation) cannot be filtered: 403. */
  private column(qb: SelectQueryBuilder<T>, property: string): string {
    const column = this.repository.metadata.findColumnWithPropertyPath(property);
    if (column === undefined) throw new ForbiddenFieldError({ entity: this.entity, fields: [property], action: 'read' });
    return `${qb.escape(this.alias)}.${qb.escape(column.databaseName)}`;
  }
}
