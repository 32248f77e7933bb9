import { randomUUID } from 'node:crypto';
import { getMetadataStorage } from '@lawful/annotations';
import { planErasure } from '@lawful/rights';
import fc from 'fast-check';
import type { DataSource, EntityManager } from 'typeorm';
import { type ErasureEntities, openErasureDataSource, setUpErasureFixture } from '../testing/erasure-db.fixture';
import { ErasureExecutor } from './erasure.executor';

/** A random world of 2–4 people in one workspace: memos linked to random subsets, messages, orders with lines, invoices. */
const worlds = fc.integer({ min: 2, max: 4 }).chain((n) => {
  const person = fc.integer({ min: 0, max: n - 1 });
  return fc.record({
    n: fc.constant(n),
    memos: fc.array(fc.uniqueArray(person, { minLength: 1, maxLength: n }), { maxLength: 5 }),
    messages: fc.array(fc.record({ sender: fc.option(person, { nil: null }), to: fc.uniqueArray(person, { maxLength: n }) }), { maxLength: 5 }),
    orders: fc.array(fc.record({ owner: person, lines: fc.integer({ min: 0, max: 2 }) }), { maxLength: 5 }),
    invoices: fc.array(person, { maxLength: 3 }),
  });
});
type World = typeof worlds extends fc.Arbitrary<infer W> ? W : never;

describe('ErasureExecutor properties (random worlds, each in a rolled-back transaction)', () => {
  let entities: ErasureEntities;
  let dataSource: DataSource;
  let executor: ErasureExecutor;

  beforeAll(async () => {
    entities = setUpErasureFixture();
    dataSource = await openErasureDataSource(Object.values(entities));
    executor = new ErasureExecutor(dataSource, planErasure(getMetadataStorage(), entities.Person));
  });
  afterAll(() => dataSource?.destroy());

  it('no identifier of the subject remains in any table outside held fields of restricted rows; everyone else keeps every row about them; dry run = certificate', async () => {
    await fc.assert(
      fc.asyncProperty(worlds, async (world) => {
        await dataSource.transaction(async (manager) => {
          const people = await seed(manager, world);
          const [subject, ...others] = people;
          const dry = await executor.dryRun(subject.id, { workspaceId: 'w1', manager });
          const memosOfSubject = ((await manager.query('SELECT memo_id::text AS id FROM erasure_test_memo_links WHERE person_id = $1', [subject.id])) as { id: string }[]).map((r) => r.id);
          const othersBefore = await aboutOthers(manager, others.map((p) => p.id), memosOfSubject);
          const { certificate, restrictions } = await executor.execute(subject.id, { workspaceId: 'w1', manager });
          expect(certificate.steps.map((s) => s.rows)).toEqual(dry.steps.map((s) => s.rows));
          // Receipt rows keep their NOT NULL link to the subject with the held fields (the certificate says so).
          const allowed = new Set(restrictions.flatMap((r) => [...r.heldFields, ...(r.entity === 'Receipt' ? ['personId'] : [])].map((f) => `${r.entity}.${r.recordId}.${f}`)));
          for (const hit of await scan(manager, [subject.id, subject.name, subject.email])) expect(allowed).toContain(hit);
          expect(await aboutOthers(manager, others.map((p) => p.id), memosOfSubject)).toEqual(othersBefore);
          throw new Rollback();
        }).catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      }),
      { numRuns: 40 },
    );
  });

  /** `Entity.id.property` of every value (cast to text) containing one of `needles`, over every table. */
  async function scan(manager: EntityManager, needles: string[]): Promise<string[]> {
    const hits: string[] = [];
    for (const entity of Object.values(entities)) {
      const meta = dataSource.getMetadata(entity);
      for (const column of meta.columns) {
        const rows = (await manager.query(`SELECT id::text AS id FROM "${meta.tableName}" WHERE ${needles.map((_, i) => `strpos("${column.databaseName}"::text, $${i + 1}) > 0`).join(' OR ')}`, needles)) as { id: string }[];
        hits.push(...rows.map((r) => `${entity.name}.${r.id}.${column.propertyName}`));
      }
    }
    return hits;
  }

  /**
   * What must survive about everyone but the subject: memos linked to one of `ids` (bodies too, unless the memo is
   * also about the subject: then the plan redacts them) with their links, and their messages, orders, lines and invoices.
   */
  function aboutOthers(manager: EntityManager, ids: string[], memosOfSubject: string[]): Promise<unknown[]> {
    return manager.query(
      `SELECT 'memo' AS k, CASE WHEN m.id::text = ANY($2) THEN to_jsonb(m) - 'body' ELSE to_jsonb(m) END AS r
         FROM erasure_test_memos m WHERE m.id IN (SELECT memo_id FROM erasure_test_memo_links WHERE person_id = ANY($1))
       UNION ALL SELECT 'link', to_jsonb(l) FROM erasure_test_memo_links l WHERE l.person_id = ANY($1)
       UNION ALL SELECT 'message', to_jsonb(x) FROM erasure_test_messages x WHERE x.sender_id = ANY($1)
       UNION ALL SELECT 'order', to_jsonb(o) FROM erasure_test_orders o WHERE o.person_id = ANY($1)
       UNION ALL SELECT 'line', to_jsonb(l) FROM erasure_test_order_lines l WHERE l.order_id IN (SELECT id FROM erasure_test_orders WHERE person_id = ANY($1))
       UNION ALL SELECT 'invoice', to_jsonb(i) FROM erasure_test_invoices i WHERE i.person_id = ANY($1)
       ORDER BY 1, 2`,
      [ids, memosOfSubject],
    );
  }

  /** Inserts `world` with identifiers where they naturally occur; the subject's messages go to anyone, the others' never name the subject. */
  async function seed(manager: EntityManager, world: World) {
    const tag = randomUUID().slice(0, 8);
    const people = Array.from({ length: world.n }, (_, i) => ({ id: randomUUID(), workspaceId: 'w1', name: `Person${i} ${tag}`, email: `p${i}.${tag}@example.test` }));
    const insert = (entity: keyof ErasureEntities, rows: object[]) => (rows.length === 0 ? undefined : manager.getRepository(entities[entity]).insert(rows as never));
    await insert('Person', people);
    const memos = world.memos.map((linked) => ({ id: randomUUID(), workspaceId: 'w1', body: `About ${linked.map((i) => people[i].name).join(' and ')}`, linked }));
    await insert('Memo', memos.map(({ linked: _linked, ...memo }) => memo));
    await insert('MemoLink', memos.flatMap((m) => m.linked.map((i) => ({ id: randomUUID(), workspaceId: 'w1', memoId: m.id, personId: people[i].id }))));
    await insert('Message', world.messages.map(({ sender, to }) => {
      const from = sender === null ? undefined : people[sender];
      const recipients = to.filter((i) => sender === 0 || i !== 0).map((i) => people[i].email);
      return { id: randomUUID(), workspaceId: 'w1', senderId: from?.id ?? null, body: `Hi from ${from?.name ?? 'a visitor'}`, fromAddress: from?.email ?? null, recipients, meta: from ? { from: from.email } : null, intent: 'ask' };
    }));
    const orders = world.orders.map((o) => ({ id: randomUUID(), workspaceId: 'w1', personId: people[o.owner].id, note: `for ${people[o.owner].name}`, lines: o.lines }));
    await insert('Order', orders.map(({ lines: _lines, ...order }) => order));
    await insert('OrderLine', orders.flatMap((o) => Array.from({ length: o.lines }, (_, i) => ({ id: randomUUID(), workspaceId: 'w1', orderId: o.id, text: `line ${i} of ${o.note}` }))));
    await insert('Invoice', world.invoices.map((i) => ({ id: randomUUID(), workspaceId: 'w1', personId: people[i].id, billedTo: people[i].name, ip: `10.0.0.${i}` })));
    await insert('Receipt', [{ id: randomUUID(), workspaceId: 'w1', personId: people[0].id, total: 1 }]);
    return people;
  }
});

class Rollback extends Error {}
