import type { LawfulContext, LawfulQuery } from '@lawful/nestjs';
import type { ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * Get, create, update and delete of one workspace entity through `LawfulQuery`, so workspace isolation, subject
 * state, role actions and permitted fields are enforced by the policy, never here: a body key the role or
 * purpose may not write answers 403 naming it; another workspace's row answers 404. Subclasses add their list
 * and override `assertLinks` to check that the foreign ids a body sets name rows the caller may read (404
 * otherwise), so a client can never link to another workspace's row.
 *
 * @example
 * @Injectable()
 * export class CompaniesService extends LawfulCrudService<Company> {
 *   constructor(dataSource: DataSource) { super(new LawfulQuery(dataSource.getRepository(Company))); }
 * }
 */
export abstract class LawfulCrudService<T extends ObjectLiteral> {
  constructor(protected readonly rows: LawfulQuery<T>) {}

  /** The visible row `id` (404 otherwise). */
  get(ctx: LawfulContext, id: string): Promise<T> {
    return this.rows.findOne(ctx, id);
  }

  /** Creates a row in the caller's workspace from the body's defined keys and returns it as `get` does. */
  async create(ctx: LawfulContext, body: object): Promise<T> {
    const values = body as Partial<T>;
    await this.assertLinks(ctx, values);
    return this.rows.create(ctx, values);
  }

  /** Updates the visible row `id` with the body's defined keys and returns it as `get` does. */
  async update(ctx: LawfulContext, id: string, body: object): Promise<T> {
    const values = body as Partial<T>;
    await this.assertLinks(ctx, values);
    return this.rows.update(ctx, id, values as QueryDeepPartialEntity<T>);
  }

  /** Deletes the visible row `id` (404 when not visible, 403 when the role may not delete). */
  remove(ctx: LawfulContext, id: string): Promise<void> {
    return this.rows.delete(ctx, id);
  }

  /**
   * Throws `RowNotFoundError` (404) when a foreign id of `values` names a row the caller may not read. The
   * default is for entities without foreign ids a client sets.
   */
  protected assertLinks(_ctx: LawfulContext, _values: Partial<T>): Promise<void> {
    return Promise.resolve();
  }
}

