import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ErasureEntities } from './erasure-db.fixture';

/**
 * Names of the seeded rows, mapped to their generated ids.
 *
 * @example
 * const ids: ErasureSeedIds = await seedErasureFixture(dataSource, entities); // ids.ada, ids.memoShared, …
 */
export type ErasureSeedIds = Record<string, string>;

const ROWS = {
  Person: [
    ['ada', 'w1', { name: 'Ada Lovelace', email: 'ada@example.test' }],
    ['bob', 'w1', { name: 'Bob Babbage', email: 'bob@example.test' }],
    ['dee', 'w2', { name: 'Dee Hopper', email: null }],
  ],
  Order: [
    ['orderA1', 'w1', { personId: '@ada', note: 'gift for Ada' }],
    ['orderA2', 'w1', { personId: '@ada', note: 'second' }],
    ['orderB', 'w1', { personId: '@bob', note: 'Bob order' }],
    ['orderStray', 'w2', { personId: '@ada', note: 'w2 row naming Ada' }],
  ],
  OrderLine: [
    ['lineA1a', 'w1', { orderId: '@orderA1', text: 'Ada line a' }],
    ['lineA1b', 'w1', { orderId: '@orderA1', text: 'Ada line b' }],
    ['lineB', 'w1', { orderId: '@orderB', text: 'Bob line' }],
  ],
  Message: [
    ['msgA', 'w1', { senderId: '@ada', body: 'Hi, Ada here', fromAddress: 'ada@example.test', recipients: ['ada@example.test', 'bob@example.test'], meta: ['ada@example.test'], intent: 'buy' }],
    ['msgB', 'w1', { senderId: '@bob', body: 'Bob here', fromAddress: 'bob@example.test', recipients: ['bob@example.test'], meta: null, intent: 'ask' }],
  ],
  Memo: [
    ['memoAlone', 'w1', { body: 'About Ada alone' }],
    ['memoShared', 'w1', { body: 'Ada met Bob' }],
    ['memoBob', 'w1', { body: 'About Bob' }],
  ],
  MemoLink: [
    ['linkAlone', 'w1', { memoId: '@memoAlone', personId: '@ada' }],
    ['linkSharedA', 'w1', { memoId: '@memoShared', personId: '@ada' }],
    ['linkSharedB', 'w1', { memoId: '@memoShared', personId: '@bob' }],
    ['linkBob', 'w1', { memoId: '@memoBob', personId: '@bob' }],
  ],
  Invoice: [
    ['invoiceA', 'w1', { personId: '@ada', billedTo: 'Ada Lovelace, 1 Analytical Road', ip: '10.0.0.1' }],
    ['invoiceB', 'w1', { personId: '@bob', billedTo: 'Bob Babbage', ip: null }],
  ],
  Receipt: [
    ['receiptA', 'w1', { personId: '@ada', total: 100 }],
    ['receiptB', 'w1', { personId: '@bob', total: 50 }],
  ],
} as const;

/**
 * Seeds the erasure fixture: in workspace `w1` the subject `ada` (two orders with lines, a message, a memo about
 * her alone and one shared with `bob`, an invoice and a receipt under legal hold) and `bob` (one of each); in `w2`
 * `dee` and `orderStray`, a `w2` order whose link names `ada`'s id (a workspace-scoped erasure must not touch it).
 * Returns each row's id by name (`ids.ada`, `ids.memoShared`, …).
 *
 * @example
 * const ids = await seedErasureFixture(dataSource, entities);
 */
export async function seedErasureFixture(dataSource: DataSource, entities: ErasureEntities): Promise<ErasureSeedIds> {
  const ids: ErasureSeedIds = {};
  for (const rows of Object.values(ROWS)) for (const [name] of rows) ids[name] = randomUUID();
  const resolve = (value: unknown) => (typeof value === 'string' && value.startsWith('@') ? ids[value.slice(1)] : value);
  for (const [entity, rows] of Object.entries(ROWS)) {
    const values = rows.map(([name, workspaceId, fields]) => ({ id: ids[name], workspaceId, ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, resolve(v)])) }));
    await dataSource.getRepository(entities[entity as keyof ErasureEntities]).insert(values as never);
  }
  return ids;
}

/**
 * Every row of every table of `entities`, as JSON, in a stable order: compare before and after to prove nothing
 * changed.
 *
 * @example
 * const before = await snapshotTables(dataSource, Object.values(entities));
 */
export async function snapshotTables(dataSource: DataSource, entities: readonly (new () => unknown)[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const entity of entities) {
    const table = dataSource.getMetadata(entity).tableName;
    out[table] = (await dataSource.query(`SELECT to_jsonb(t) AS row FROM "${table}" t ORDER BY t.id`)).map((r: { row: unknown }) => r.row);
  }
  return out;
}
