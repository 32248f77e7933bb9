import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { type ExportDbEntities, openExportDb } from '../testing/export-db.fixture';
import { TestSink } from '../testing/export-sink.fixture';
import { planWorkspaceExport } from './workspace-export.planner';
import { streamWorkspaceExport } from './workspace.exporter';

const CONTACTS = 30;
const onPGlite = !process.env.DATABASE_URL;

describe(`workspace export: one snapshot (${onPGlite ? 'PGlite' : 'PostgreSQL'})`, () => {
  let dataSource: DataSource;
  let entities: ExportDbEntities;

  beforeAll(async () => ({ dataSource, entities } = await openExportDb(CONTACTS)));
  afterAll(() => dataSource?.destroy());

  const exportText = async (sink = new TestSink()) => {
    await streamWorkspaceExport(dataSource, planWorkspaceExport(dataSource, { format: 'jsonl' }), 'w1', sink, { batchSize: 5 });
    return sink.text;
  };

  it('rows inserted, updated and deleted meanwhile by other connections are not seen, in any entity', async () => {
    const atStart = await exportText();
    let resume!: () => void;
    const sink = new TestSink({ highWaterMark: 1, gate: new Promise<void>((resolve) => (resume = resolve)) });
    const running = exportText(sink);
    await sink.started; // paused on the first batch of contacts; deals not read yet
    const contacts = dataSource.getRepository(entities.ExportContact);
    const deals = dataSource.getRepository(entities.ExportDeal);
    await contacts.insert({ id: 'k500', workspaceId: 'w1', name: 'Late', email: null, score: 1, vip: false, createdAt: new Date(), profile: null, tags: [] });
    await contacts.update({ id: `k0${CONTACTS}` }, { name: 'Renamed' });
    await contacts.delete({ id: `k0${CONTACTS - 1}` });
    await deals.insert({ id: 500, workspaceId: 'w1', contactId: 'k001', amount: '5.00' });
    await deals.update({ id: 2 }, { amount: '777.00' });
    await deals.delete({ id: 1 });
    expect(await contacts.countBy({ workspaceId: 'w1' })).toBe(CONTACTS); // committed: +1 −1, visible to everyone else
    resume();
    expect(await running).toBe(atStart);
    const after = await exportText();
    expect(after).not.toBe(atStart);
    expect(after).toContain('"Renamed"');
    expect(after).toContain('777');
  });

  (onPGlite ? it : it.skip)('PGlite: other requests run between the fetches, never inside the export (their writes succeed)', async () => {
    let resume!: () => void;
    const sink = new TestSink({ highWaterMark: 1, gate: new Promise<void>((resolve) => (resume = resolve)) });
    const running = exportText(sink);
    await sink.started;
    // Inside the export's READ ONLY snapshot this insert would fail; on the shared session it runs on its own.
    await dataSource.getRepository(entities.ExportDeal).insert({ id: 600, workspaceId: 'w1', contactId: 'k001', amount: '6.00' });
    resume();
    expect(await running).not.toContain('"id":600');
    expect(await dataSource.getRepository(entities.ExportDeal).existsBy({ id: 600 })).toBe(true);
  });

  (onPGlite ? it : it.skip)('PGlite: refuses to start inside a transaction another request left open, which is then aborted, not half-committed', async () => {
    const plan = planWorkspaceExport(dataSource, { format: 'csv', entity: 'ExportDeal' });
    for (const [label, wait] of [['after a query of theirs', false], ['before any query of theirs', true]] as const) {
      const other = dataSource.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      if (wait) await new Promise((resolve) => setTimeout(resolve, 5));
      else await other.manager.insert(entities.ExportDeal, { id: 700, workspaceId: 'w1', contactId: 'k001', amount: '7.00' });
      await expect(streamWorkspaceExport(dataSource, plan, 'w1', new TestSink())).rejects.toThrow(wait ? /inside another transaction/ : /before any query/);
      await other.commitTransaction().catch(() => undefined);
      await other.release();
      expect([label, await dataSource.getRepository(entities.ExportDeal).existsBy({ id: 700 })]).toEqual([label, false]);
    }
    expect((dataSource.driver as PostgresDriver).connectedQueryRunners).toHaveLength(0);
    expect(await dataSource.query('SELECT name FROM pg_cursors')).toEqual([]);
  });
});
