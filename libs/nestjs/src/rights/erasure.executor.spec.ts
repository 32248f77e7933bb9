import { createHash } from 'node:crypto';
import { getMetadataStorage } from '@lawful/annotations';
import { planErasure } from '@lawful/rights';
import type { DataSource } from 'typeorm';
import { RowNotFoundError } from '../query/row-not-found.error';
import { type ErasureEntities, openErasureDataSource, setUpErasureFixture } from '../testing/erasure-db.fixture';
import { type ErasureSeedIds, seedErasureFixture, snapshotTables } from '../testing/erasure-seed.fixture';
import type { ErasureOutcome } from './erasure-report.types';
import { ErasureExecutor } from './erasure.executor';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('ErasureExecutor (PGlite, or PostgreSQL with DATABASE_URL)', () => {
  let entities: ErasureEntities;
  let dataSource: DataSource;
  let ids: ErasureSeedIds;
  let executor: ErasureExecutor;
  const tables = () => Object.values(entities);
  const row = async (table: string, id: string) => ((await dataSource.query(`SELECT to_jsonb(t) AS r FROM erasure_test_${table} t WHERE id = $1`, [id])) as { r: Record<string, unknown> }[])[0]?.r;

  beforeAll(async () => {
    entities = setUpErasureFixture();
    dataSource = await openErasureDataSource(Object.values(entities));
    executor = new ErasureExecutor(dataSource, planErasure(getMetadataStorage(), entities.Person));
  });
  beforeEach(async () => {
    for (const entity of tables()) await dataSource.getRepository(entity).clear();
    ids = await seedErasureFixture(dataSource, entities);
  });
  afterAll(() => dataSource?.destroy());

  it('dry run: counts per step and outcome, and writes nothing', async () => {
    const before = await snapshotTables(dataSource, tables());
    const run = await executor.dryRun(ids.ada, { workspaceId: 'w1' });
    expect(run.subject).toEqual({ type: 'crm_contact', entity: 'Person' });
    expect(Object.fromEntries(run.steps.map((s) => [s.entity, [s.action, s.rows]]))).toEqual({
      OrderLine: ['delete', { deleted: 2, anonymized: 0, retained: 0 }],
      Order: ['delete', { deleted: 2, anonymized: 0, retained: 0 }],
      Message: ['anonymize', { deleted: 0, anonymized: 1, retained: 0 }],
      Memo: ['anonymize', { deleted: 1, anonymized: 1, retained: 0 }],
      MemoLink: ['anonymize', { deleted: 2, anonymized: 0, retained: 0 }],
      Invoice: ['retain', { deleted: 0, anonymized: 0, retained: 1 }],
      Receipt: ['retain', { deleted: 0, anonymized: 0, retained: 1 }],
      Person: ['delete', { deleted: 1, anonymized: 0, retained: 0 }],
    });
    expect(await snapshotTables(dataSource, tables())).toEqual(before);
  });

  it('execute: deletes what is the subject’s alone, anonymizes shared rows, keeps held rows; the certificate matches the dry run', async () => {
    const dry = await executor.dryRun(ids.ada, { workspaceId: 'w1' });
    const { certificate, restrictions, touched } = await executor.execute(ids.ada, { workspaceId: 'w1' });
    expect(certificate.steps.map((s) => [s.entity, s.rows])).toEqual(dry.steps.map((s) => [s.entity, s.rows]));
    for (const gone of [['people', ids.ada], ['orders', ids.orderA1], ['orders', ids.orderA2], ['order_lines', ids.lineA1a], ['order_lines', ids.lineA1b], ['memos', ids.memoAlone], ['memo_links', ids.linkAlone], ['memo_links', ids.linkSharedA]]) {
      expect(await row(gone[0], gone[1])).toBeUndefined();
    }
    for (const kept of [['people', ids.bob], ['orders', ids.orderB], ['order_lines', ids.lineB], ['memos', ids.memoBob], ['memo_links', ids.linkSharedB], ['memo_links', ids.linkBob], ['orders', ids.orderStray]]) {
      expect(await row(kept[0], kept[1])).toBeDefined();
    }
    expect(await row('messages', ids.msgA)).toMatchObject({ sender_id: null, body: '[erased]', from_address: sha256('ada@example.test'), recipients: [], meta: sha256('["ada@example.test"]'), intent: null });
    expect(await row('messages', ids.msgB)).toMatchObject({ sender_id: ids.bob, body: 'Bob here', from_address: 'bob@example.test', intent: 'ask' });
    expect(await row('memos', ids.memoShared)).toMatchObject({ body: '[gone]' });
    expect(await row('invoices', ids.invoiceA)).toMatchObject({ person_id: null, billedTo: 'Ada Lovelace, 1 Analytical Road', ip: null });
    expect(await row('receipts', ids.receiptA)).toMatchObject({ person_id: ids.ada, total: 100 });
    expect(restrictions).toEqual([
      { entity: 'Invoice', recordId: ids.invoiceA, reason: 'legal_obligation: tax records', heldFields: ['billedTo'], restrictedAt: certificate.executedAt },
      { entity: 'Receipt', recordId: ids.receiptA, reason: 'legal_obligation: tax records', heldFields: ['total'], restrictedAt: certificate.executedAt },
    ]);
    expect(touched).toEqual(expect.arrayContaining([
      { entity: 'Memo', action: 'delete', recordIds: [ids.memoAlone], fields: [] },
      { entity: 'Memo', action: 'update', recordIds: [ids.memoShared], fields: ['body'] },
      { entity: 'MemoLink', action: 'delete', recordIds: [ids.linkAlone], fields: [] },
      { entity: 'MemoLink', action: 'delete', recordIds: [ids.linkSharedA], fields: [] },
      { entity: 'Message', action: 'update', recordIds: [ids.msgA], fields: ['body', 'fromAddress', 'recipients', 'meta', 'intent', 'senderId'] },
      { entity: 'Invoice', action: 'update', recordIds: [ids.invoiceA], fields: ['ip', 'personId'] },
    ]));
  });

  it('the certificate says what and why, with no personal value and no id of the subject', async () => {
    const { certificate } = await executor.execute(ids.ada, { workspaceId: 'w1' });
    const byEntity = Object.fromEntries(certificate.steps.map((s) => [s.entity, s]));
    expect(byEntity.Receipt.holds).toEqual([{ property: 'total', reason: 'legal_obligation', description: 'tax records' }]);
    expect(byEntity.Receipt.reason).toContain('the link personId cannot be NULL and is kept with the held fields');
    expect(byEntity.Invoice.reason).toContain('the link personId is set to NULL');
    expect(byEntity.Invoice.fields).toEqual([{ property: 'ip', category: 'user.device.ip_address', strategy: 'null' }]);
    expect(byEntity.MemoLink.reason).toContain('personId cannot be NULL and these rows hold nothing else about the subject: the link rows are deleted');
    expect(byEntity.Memo.reason).toContain('rows linked to no other subject are deleted with their link rows');
    const text = JSON.stringify(certificate);
    for (const secret of [ids.ada, 'Ada', 'ada@example.test', '10.0.0.1', 'Analytical']) expect(text).not.toContain(secret);
  });

  it('is all or nothing: a failure in `record` (inside the transaction) or in a late step leaves every row as it was', async () => {
    const before = await snapshotTables(dataSource, tables());
    const failing = (_: unknown, outcome: ErasureOutcome) => Promise.reject(new Error(`could not store ${outcome.certificate.steps.length} steps`));
    await expect(executor.execute(ids.ada, { workspaceId: 'w1', record: failing })).rejects.toThrow('could not store 8 steps');
    expect(await snapshotTables(dataSource, tables())).toEqual(before);
    await dataSource.query(`CREATE FUNCTION erasure_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await dataSource.query('CREATE TRIGGER erasure_test_fail BEFORE UPDATE ON erasure_test_receipts FOR EACH ROW EXECUTE FUNCTION erasure_test_fail()');
    await dataSource.query('CREATE TRIGGER erasure_test_fail BEFORE DELETE ON erasure_test_people FOR EACH ROW EXECUTE FUNCTION erasure_test_fail()');
    try {
      await expect(executor.execute(ids.ada, { workspaceId: 'w1' })).rejects.toThrow('injected failure');
      expect(await snapshotTables(dataSource, tables())).toEqual(before);
    } finally {
      await dataSource.query('DROP FUNCTION erasure_test_fail() CASCADE');
    }
  });

  it('404s (RowNotFoundError) for an unknown subject and for a subject of another workspace, writing nothing', async () => {
    const before = await snapshotTables(dataSource, tables());
    await expect(executor.dryRun(ids.ada, { workspaceId: 'w2' })).rejects.toThrow(RowNotFoundError);
    await expect(executor.execute(ids.ada, { workspaceId: 'w2' })).rejects.toThrow(RowNotFoundError);
    await expect(executor.execute(ids.memoBob)).rejects.toThrow('Person not found');
    expect(await snapshotTables(dataSource, tables())).toEqual(before);
  });

  it('without a workspace, erases the subject’s rows in every workspace; inside a caller’s transaction, follows it', async () => {
    await dataSource.transaction(async (manager) => {
      await executor.execute(ids.ada, { manager });
      expect(await manager.query('SELECT 1 FROM erasure_test_orders WHERE id = $1', [ids.orderStray])).toEqual([]);
      throw new Error('roll back');
    }).catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await row('orders', ids.orderStray)).toBeDefined();
    expect(await row('people', ids.ada)).toBeDefined();
  });
});
