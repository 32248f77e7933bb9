import { subject } from '@casl/ability';
import { type EntityTarget, getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import { applyAbilityToQuery, assertFieldsPermitted, ForbiddenActionError, type PolicyAction, selectableFields } from '@lawful/policy';
import type { ObjectLiteral, QueryDeepPartialEntity, Repository, SelectQueryBuilder } from 'typeorm';
import type { AccessAuditRecordInput } from '../audit/access-audit.types';
import type { LawfulContext } from '../context/lawful-context.types';
import { allowedRowsWhere } from './allowed-rows.util';
import { auditSubjectProperties } from './audit-subjects.util';
import { escapedColumn } from './escaped-column.util';
import type { LawfulFindOptions } from './lawful-find-options.types';
import { RowNotFoundError } from './row-not-found.error';
import { selectAudited } from './select-audited.util';
import { applyWhereFilters } from './where-filters.util';
import { permittedWriteBody } from './write-body.util';

/**
 * Purpose-scoped reads and writes of one annotated TypeORM entity. Takes the request's `LawfulContext` (not the
 * request: services stay HTTP-free) and enforces its ability in SQL through `applyAbilityToQuery`: only rows
 * the ability may touch (workspace isolation, subject state) and only permitted columns (plus the primary key)
 * are fetched; UPDATE and DELETE carry the ability's row conditions themselves. A field the ability does not
 * permit (filter, sort, body key) or a body setting the primary/workspace key throws `ForbiddenFieldError`
 * (403); a write the role/purpose may not make `ForbiddenActionError` (403); a row the request may not read is
 * `RowNotFoundError` (404). Every find/findOne/create/update/delete touching rows calls `ctx.audit`.
 *
 * @example
 * const contacts = new LawfulQuery(dataSource.getRepository(Contact));
 * const page = await contacts.find(ctx, { where: { stage: { $in: ['lead'] } }, orderBy: { name: 'ASC' }, take: 20 });
 * const created = await contacts.create(ctx, { name: 'Ann', email: 'ann@example.test' });
 * await contacts.update(ctx, created.id, { email: 'new@example.test' });
 * await contacts.delete(ctx, created.id); // RowNotFoundError (404) when not visible
 */
export class LawfulQuery<T extends ObjectLiteral> {
  private readonly entity: string;
  private readonly alias: string;
  private readonly pk: string;
  private readonly workspaceKey: string | undefined;
  /** Properties no body may set (primary key, workspace key); properties holding a row's data-subject ids. */
  private readonly serverSide: readonly string[];
  private readonly subjectProperties: readonly string[];

  constructor(
    private readonly repository: Repository<T>,
    storage: PrivacyMetadataStorage = getMetadataStorage(),
  ) {
    this.entity = repository.metadata.targetName;
    this.alias = this.entity.charAt(0).toLowerCase() + this.entity.slice(1);
    this.pk = repository.metadata.primaryColumns[0].propertyPath;
    this.workspaceKey = storage.entityOf(repository.metadata.target as EntityTarget).workspaceKey;
    this.serverSide = [this.pk, ...(this.workspaceKey === undefined ? [] : [this.workspaceKey])];
    this.subjectProperties = auditSubjectProperties(storage, repository.metadata.target as EntityTarget, this.pk);
  }

  /** The visible rows matching `options`, with permitted columns only. */
  async find(ctx: LawfulContext, options: LawfulFindOptions<T> = {}): Promise<T[]> {
    const qb = this.filtered(ctx, options);
    const fallback = Object.entries(options.defaultOrderBy ?? {}).filter(([p]) => selectableFields(ctx.ability, 'read', this.entity, [p]).length === 1);
    [...Object.entries(options.orderBy ?? {}), ...fallback].forEach(([p, direction]) => qb.addOrderBy(escapedColumn(qb, this.entity, p), direction === 'DESC' ? 'DESC' : 'ASC'));
    if (options.take !== undefined) qb.limit(options.take);
    if (options.skip !== undefined) qb.offset(options.skip);
    const { rows, ...access } = await this.read(ctx, qb);
    await this.record(ctx, 'read', access);
    return rows;
  }

  /** The visible row with primary key `id`; throws `RowNotFoundError` when it is absent or not visible. */
  async findOne(ctx: LawfulContext, id: string | number): Promise<T> {
    const { rows, ...access } = await this.read(ctx, this.byId(id));
    if (rows.length === 0) throw new RowNotFoundError(this.entity);
    await this.record(ctx, 'read', access);
    return rows[0];
  }

  /** How many visible rows match `options.where` (`take`, `skip`, `orderBy` are ignored; not audited: no data). */
  async count(ctx: LawfulContext, options: Pick<LawfulFindOptions<T>, 'where'> = {}): Promise<number> {
    return applyAbilityToQuery(this.filtered(ctx, options), ctx.ability, 'read', this.entity, this.alias).getCount();
  }

  /**
   * Inserts `values` in the request's workspace (the workspace key is set from `ctx`) and returns the row as
   * `findOne` does. Throws before touching the database: `ForbiddenActionError` when the role/purpose may not
   * create this entity, `ForbiddenFieldError` naming keys that are the primary/workspace key or not permitted.
   */
  async create(ctx: LawfulContext, values: Partial<T>): Promise<T> {
    const { keys, given } = permittedWriteBody(ctx, this.entity, 'create', values, this.serverSide);
    const row: Record<string, unknown> = this.workspaceKey === undefined ? given : { ...given, [this.workspaceKey]: ctx.workspaceId };
    if (!ctx.ability.can('create', subject(this.entity, { ...row }))) throw new ForbiddenActionError({ entity: this.entity, action: 'create', role: ctx.role, purpose: ctx.purpose });
    const { identifiers } = await this.repository.insert(row as QueryDeepPartialEntity<T>);
    const { rows, recordIds, subjectIds } = await this.read(ctx, this.byId(identifiers[0]?.[this.pk] as string | number));
    if (rows.length === 0) throw new RowNotFoundError(this.entity, 'create');
    await this.record(ctx, 'create', { fields: keys, recordIds, subjectIds });
    return rows[0];
  }

  /**
   * Updates the visible row `id` (the UPDATE carries the ability's row conditions), returns it as `findOne` does.
   * 403 as for `create` and when the row is visible but not updatable; 404 when absent or not visible.
   */
  async update(ctx: LawfulContext, id: string | number, values: QueryDeepPartialEntity<T>): Promise<T> {
    const { keys, given } = permittedWriteBody(ctx, this.entity, 'update', values, this.serverSide);
    const allowed = this.allowed(ctx, 'update', id);
    const touched = keys.length === 0
      ? await applyAbilityToQuery(this.byId(id), ctx.ability, 'update', this.entity, this.alias).getCount()
      : (await this.repository.createQueryBuilder().update().set(given as QueryDeepPartialEntity<T>).where(allowed.where, allowed.parameters).execute()).affected;
    const { rows, recordIds, subjectIds } = await this.read(ctx, this.byId(id));
    if (rows.length === 0) throw new RowNotFoundError(this.entity, 'update');
    if (!touched) throw new ForbiddenActionError({ entity: this.entity, action: 'update', role: ctx.role, purpose: ctx.purpose });
    if (keys.length > 0) await this.record(ctx, 'update', { fields: keys, recordIds, subjectIds });
    return rows[0];
  }

  /**
   * Deletes the visible row `id`; the DELETE carries the ability's row conditions. `RowNotFoundError` (404) when
   * the row is absent or not visible, `ForbiddenActionError` (403) when visible but not deletable.
   */
  async delete(ctx: LawfulContext, id: string | number): Promise<void> {
    const { rows, recordIds, subjectIds } = await this.read(ctx, this.byId(id));
    if (rows.length === 0) throw new RowNotFoundError(this.entity, 'delete');
    if (!ctx.ability.can('delete', this.entity)) throw new ForbiddenActionError({ entity: this.entity, action: 'delete', role: ctx.role, purpose: ctx.purpose });
    const allowed = this.allowed(ctx, 'delete', id);
    const { affected } = await this.repository.createQueryBuilder().delete().where(allowed.where, allowed.parameters).execute();
    if (!affected) throw new ForbiddenActionError({ entity: this.entity, action: 'delete', role: ctx.role, purpose: ctx.purpose });
    await this.record(ctx, 'delete', { fields: [], recordIds, subjectIds });
  }

  private read(ctx: LawfulContext, qb: SelectQueryBuilder<T>) {
    return selectAudited(applyAbilityToQuery(qb, ctx.ability, 'read', this.entity, this.alias), this.alias, this.pk, this.subjectProperties);
  }

  private async record(ctx: LawfulContext, action: AccessAuditRecordInput['action'], access: Omit<AccessAuditRecordInput, 'entity' | 'action'>): Promise<void> {
    if (access.recordIds.length > 0) await ctx.audit?.({ entity: this.entity, action, fields: access.fields, recordIds: access.recordIds, subjectIds: access.subjectIds });
  }

  private byId(id: string | number): SelectQueryBuilder<T> {
    const qb = this.repository.createQueryBuilder(this.alias);
    return qb.where(`${escapedColumn(qb, this.entity, this.pk)} = :lawfulId`, { lawfulId: id });
  }

  private allowed(ctx: LawfulContext, action: PolicyAction, id: string | number) {
    return allowedRowsWhere(this.byId(id), ctx.ability, action, this.entity, this.alias, this.repository.metadata.primaryColumns[0]);
  }

  /** A query builder with the caller's filters, after checking the fields they and `orderBy` name. */
  private filtered(ctx: LawfulContext, options: LawfulFindOptions<T>): SelectQueryBuilder<T> {
    const named = [...new Set([...Object.keys(options.where ?? {}), ...Object.keys(options.orderBy ?? {})])];
    assertFieldsPermitted(ctx.ability, 'read', this.entity, named, { role: ctx.role, purpose: ctx.purpose });
    const qb = this.repository.createQueryBuilder(this.alias);
    applyWhereFilters(qb, this.entity, options.where ?? {}, (property) => escapedColumn(qb, this.entity, property));
    return qb;
  }
}
