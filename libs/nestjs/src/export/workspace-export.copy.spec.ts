import { randomBytes } from 'node:crypto';
import { parseCsv } from '@lawful/rights';
import fc from 'fast-check';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { type ExportDbEntities, openExportDb, TRICKY_NAMES } from '../testing/export-db.fixture';
import { TestSink } from '../testing/export-sink.fixture';
import { BinaryCopyDecoder } from './binary-copy.decoder';
import { DedicatedCopies } from './dedicated.copies';
import type { ExportSelect } from './export-cursors.types';
import { exportSelectSql } from './export-select.sql';
import { HeldCursors } from './held.cursors';
import { planWorkspaceExport } from './workspace-export.planner';
import { streamWorkspaceExport } from './workspace.exporter';

const onPostgres = Boolean(process.env.DATABASE_URL);
const noNul = (s: string) => s.replace(/\0/g, '');
const text = fc.oneof(fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '\\', '\t', "'", ' ', 'a', '=', 'é', '李', '😀') }), fc.string({ unit: 'grapheme' }), fc.constantFrom(...TRICKY_NAMES)).map(noNul);

// PGlite has no COPY to the client: there the export reads cursors (the other tests), and this file has nothing to compare.
(onPostgres ? describe : describe.skip)('workspace export on PostgreSQL: COPY (binary) gives the same bytes as the cursors', () => {
  let dataSource: DataSource;
  let entities: ExportDbEntities;
  beforeAll(async () => ({ dataSource, entities } = await openExportDb(0)));
  afterAll(() => dataSource?.destroy());

  const selectsOf = (format: 'csv' | 'jsonl', entity?: string): ExportSelect[] =>
    planWorkspaceExport(dataSource, { format, entity }).entities.map((e) => (workspace: string) => exportSelectSql(e, format, workspace));

  /** Every line of every SELECT, read through binary COPY streams. */
  const viaCopy = async (selects: ExportSelect[], workspaceId: string, batchSize: number): Promise<string> => {
    const queryRunner = dataSource.createQueryRunner('master');
    const copies = await DedicatedCopies.open(queryRunner, await queryRunner.connect(), selects, workspaceId);
    const parts: Buffer[] = [];
    try {
      for (const index of selects.keys()) {
        const decoder = new BinaryCopyDecoder(batchSize);
        for await (const chunk of copies.copy(index)) parts.push(...decoder.decode(chunk).map((b) => b.bytes));
        parts.push(decoder.end()?.bytes ?? Buffer.alloc(0));
      }
    } finally {
      await copies.close();
    }
    return Buffer.concat(parts).toString('utf8');
  };
  /** The same, through the cursors PGlite uses (held cursors work on any session). */
  const viaCursors = async (selects: ExportSelect[], workspaceId: string): Promise<string> => {
    const queryRunner = dataSource.createQueryRunner('master');
    await queryRunner.connect();
    const cursors = await HeldCursors.open(queryRunner, selects, workspaceId, selects.map((_, i) => `lawful_export_test_${randomBytes(4).toString('hex')}_${i}`));
    let out = '';
    try {
      for (const index of selects.keys()) for (let rows; (rows = await cursors.fetch(index, 50)).length > 0; ) for (const row of rows) out += row[0] as string;
    } finally {
      await cursors.close();
    }
    return out;
  };

  it('for any rows (quotes, separators, line breaks, backslashes, tabs, NULL vs empty, non-ASCII, timestamps, numbers, jsonb, arrays): CSV and JSONL identical', async () => {
    const contact = fc.record({
      name: text,
      email: fc.option(text),
      score: fc.integer({ min: -2147483648, max: 2147483647 }),
      vip: fc.boolean(),
      createdAt: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
      profile: fc.option(fc.dictionary(text, fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)), { maxKeys: 4 })),
      tags: fc.array(text, { maxLength: 3 }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(contact, { minLength: 1, maxLength: 12 }), fc.array(fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-') }).filter((s) => /^-?\d{1,12}(\.\d{1,6})?$/.test(s)), { maxLength: 4 }), fc.integer({ min: 1, max: 5 }), async (contacts, amounts, batchSize) => {
        const workspaceId = `p${run++}'\\`;
        await dataSource.getRepository(entities.ExportContact).insert(contacts.map((c, i) => ({ ...c, id: `r${i}`.padEnd(4, ' ') + workspaceId, workspaceId, internal: null })) as never);
        await dataSource.getRepository(entities.ExportDeal).insert(amounts.map((amount, i) => ({ id: 10_000 * run + i, workspaceId, contactId: `r${i}`, amount })));
        for (const [selects, rows] of [[selectsOf('csv', 'ExportContact'), contacts.length], [selectsOf('csv', 'ExportDeal'), amounts.length], [selectsOf('jsonl'), contacts.length + amounts.length]] as const) {
          const [copied, fetched] = [await viaCopy(selects, workspaceId, batchSize), await viaCursors(selects, workspaceId)];
          expect(copied).toBe(fetched);
          expect(selects.length > 1 ? copied.split('\n').length - 1 : parseCsv(copied).length).toBe(rows); // JSON escapes line breaks
        }
      }),
      { numRuns: 40 },
    );
  });

  /** No query runner held and, once the discarded backend has exited (asynchronously), no session busy. */
  const expectNoExportSession = async (): Promise<void> => {
    expect((dataSource.driver as PostgresDriver).connectedQueryRunners).toHaveLength(0);
    const busy = async () =>
      ((await dataSource.query(`SELECT state, query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)) as { state: string }[]).filter((x) => x.state !== 'idle');
    for (let tries = 0; tries < 50 && (await busy()).length > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await busy()).toEqual([]);
  };

  it('a sink closing or failing while a COPY larger than the socket buffers runs: the connection is discarded, no session stays busy, the next export runs', async () => {
    await dataSource.query(
      `INSERT INTO export_test_contacts (id, ws, full_name, score, vip, created_at, tags) SELECT 'big' || g, 'big', repeat('Long "name", ', 100) || g, g, false, now(), '{}' FROM generate_series(1, 20000) g`,
    );
    const plan = planWorkspaceExport(dataSource, { format: 'csv', entity: 'ExportContact' });
    const closing = new TestSink({ highWaterMark: 1, closeAfter: 3 });
    const failing = new TestSink({ failAt: { chunk: 3, error: new Error('disk full') } });
    failing.on('error', () => undefined);
    await expect(streamWorkspaceExport(dataSource, plan, 'big', closing, { batchSize: 100 })).resolves.toEqual({ complete: false, entities: [{ entity: 'ExportContact', rows: 200 }] });
    await expectNoExportSession();
    await expect(streamWorkspaceExport(dataSource, plan, 'big', failing, { batchSize: 100 })).rejects.toThrow('disk full');
    await expectNoExportSession();
    const sink = new TestSink();
    expect(await streamWorkspaceExport(dataSource, plan, 'big', sink, { batchSize: 1000 })).toEqual({ complete: true, entities: [{ entity: 'ExportContact', rows: 20000 }] });
    expect(sink.text.split('\r\n')).toHaveLength(20002);
  });

  it('cleans up an export closed mid-COPY even when the pool has no other connection (one-connection pool)', async () => {
    await dataSource.query(
      `INSERT INTO export_test_contacts (id, ws, full_name, score, vip, created_at, tags) SELECT 'one' || g, 'one', repeat('Long "name", ', 100) || g, g, false, now(), '{}' FROM generate_series(1, 20000) g`,
    );
    const single = new DataSource({ ...dataSource.options, extra: { max: 1 } } as DataSourceOptions);
    await single.initialize();
    try {
      const plan = planWorkspaceExport(single, { format: 'csv', entity: 'ExportContact' });
      const closing = new TestSink({ highWaterMark: 1, closeAfter: 3 });
      await expect(streamWorkspaceExport(single, plan, 'one', closing, { batchSize: 100 })).resolves.toMatchObject({ complete: false });
      await expect(streamWorkspaceExport(single, plan, 'one', new TestSink(), { batchSize: 1000 })).resolves.toEqual({ complete: true, entities: [{ entity: 'ExportContact', rows: 20000 }] });
    } finally {
      await single.destroy();
    }
  });
});
