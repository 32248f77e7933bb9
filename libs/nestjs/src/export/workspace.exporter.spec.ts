import { parseCsv } from '@lawful/rights';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { type ExportDbEntities, openExportDb } from '../testing/export-db.fixture';
import { TestSink } from '../testing/export-sink.fixture';
import { MissingExportEntityError } from './missing-export-entity.error';
import { UnknownExportEntityError } from './unknown-export-entity.error';
import { UnsupportedExportFormatError } from './unsupported-export-format.error';
import { planWorkspaceExport, workspaceExportEntities } from './workspace-export.planner';
import { streamWorkspaceExport } from './workspace.exporter';

const CONTACTS = 25;
const CONTACT_FIELDS = ['id', 'workspaceId', 'name', 'email', 'score', 'vip', 'createdAt', 'profile', 'tags'];

/** A contact as compared: timestamps as instants, JSON columns parsed, other values as text. */
function normalized(row: Record<string, unknown>, fromText: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'createdAt') out[key] = new Date(value as string | Date).toISOString();
    else if (key === 'profile' || key === 'tags') out[key] = fromText ? (value === '' ? null : JSON.parse(value as string)) : value;
    else if (key === 'amount') out[key] = Number(value);
    else out[key] = fromText ? value : value === null ? '' : String(value);
  }
  return out;
}

describe(`streamWorkspaceExport (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let dataSource: DataSource;
  let entities: ExportDbEntities;

  beforeAll(async () => ({ dataSource, entities } = await openExportDb(CONTACTS)));
  afterAll(() => dataSource?.destroy());

  const tableRows = async <T extends object>(target: new () => T, workspaceId: string, fields: string[]) =>
    (await dataSource.getRepository(target).find({ where: { workspaceId } as never, order: { id: 'ASC' } as never })).map((row) =>
      Object.fromEntries(fields.map((f) => [f, (row as Record<string, unknown>)[f]])),
    );
  /** Query runners still connected, and cursors or transactions left open on the server. */
  const leftovers = async () => {
    const driver = dataSource.driver as PostgresDriver;
    const open = process.env.DATABASE_URL
      ? `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`
      : 'SELECT count(*)::int AS n FROM pg_cursors';
    return { queryRunners: driver.connectedQueryRunners.length, open: ((await dataSource.query(open)) as { n: number }[])[0].n };
  };

  it('derives the exported entities from the annotations: processor entities with a workspace key, not controller data', () => {
    expect(workspaceExportEntities(dataSource)).toEqual([entities.ExportContact, entities.ExportDeal]);
    const plan = planWorkspaceExport(dataSource, { format: 'jsonl' });
    expect(plan.entities.map((e) => [e.name, e.columns.map((c) => c.property)])).toEqual([
      ['ExportContact', CONTACT_FIELDS],
      ['ExportDeal', ['id', 'workspaceId', 'contactId', 'amount']],
    ]);
  });

  it('refuses an unsupported format, a CSV without an entity and an entity it does not export, naming what is allowed', () => {
    expect(() => planWorkspaceExport(dataSource, { format: 'xml' })).toThrow(UnsupportedExportFormatError);
    expect(() => planWorkspaceExport(dataSource, { format: 'xml' })).toThrow('use format=csv or format=jsonl');
    expect(() => planWorkspaceExport(dataSource, { format: 'csv' })).toThrow(MissingExportEntityError);
    for (const entity of ['ExportAccount', 'Nope', 'exportcontact']) {
      const error = (() => {
        try {
          return planWorkspaceExport(dataSource, { format: 'jsonl', entity });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(UnknownExportEntityError);
      expect((error as UnknownExportEntityError).allowed).toEqual({ allowedEntities: ['ExportContact', 'ExportDeal'] });
    }
  });

  it('CSV: a header of the annotated properties, then every row of the workspace in key order, parsing back to the table', async () => {
    const sink = new TestSink();
    const plan = planWorkspaceExport(dataSource, { format: 'csv', entity: 'ExportContact' });
    const summary = await streamWorkspaceExport(dataSource, plan, 'w1', sink, { batchSize: 4 });
    expect(summary).toEqual({ complete: true, entities: [{ entity: 'ExportContact', rows: CONTACTS }] });
    const [header, ...rows] = parseCsv(sink.text);
    expect(header).toEqual(CONTACT_FIELDS);
    const parsed = rows.map((r) => normalized(Object.fromEntries(header.map((h, i) => [h, r[i]])), true));
    expect(parsed).toEqual((await tableRows(entities.ExportContact, 'w1', CONTACT_FIELDS)).map((r) => normalized(r, false)));
    expect(sink.text).toContain('"Ada ""the"" Countess"');
    expect(sink.text).toContain(',"=1+1",'); // text always quoted, never altered (no formula guard)
    expect(sink.text).not.toContain('never exported');
    expect(sink.writableFinished).toBe(true);
    expect(await leftovers()).toEqual({ queryRunners: 0, open: 0 });
  });

  it('JSONL: one line per row of every exported entity of the workspace, typed values keyed by property', async () => {
    const sink = new TestSink();
    const summary = await streamWorkspaceExport(dataSource, planWorkspaceExport(dataSource, { format: 'jsonl' }), 'w1', sink, { batchSize: 7 });
    const deals = await tableRows(entities.ExportDeal, 'w1', ['id', 'workspaceId', 'contactId', 'amount']);
    expect(summary.entities).toEqual([{ entity: 'ExportContact', rows: CONTACTS }, { entity: 'ExportDeal', rows: deals.length }]);
    const lines = sink.text.split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((line) => JSON.parse(line) as { entity: string; record: Record<string, unknown> });
    const contacts = parsed.filter((l) => l.entity === 'ExportContact').map((l) => l.record);
    expect(contacts.map((r) => normalized(r, false))).toEqual((await tableRows(entities.ExportContact, 'w1', CONTACT_FIELDS)).map((r) => normalized(r, false)));
    expect(typeof contacts[0]['score']).toBe('number');
    expect(typeof contacts[0]['vip']).toBe('boolean');
    expect(parsed.filter((l) => l.entity === 'ExportDeal').map((l) => normalized(l.record, false))).toEqual(deals.map((d) => normalized(d, false)));
    expect(parsed).toHaveLength(CONTACTS + deals.length);
    expect(sink.text).not.toContain('"w2"');
  });

  it('backpressure: with a slow sink, never more than one batch is outstanding', async () => {
    const sink = new TestSink({ highWaterMark: 1, delayMs: 2 });
    const plan = planWorkspaceExport(dataSource, { format: 'csv', entity: 'ExportContact' });
    await streamWorkspaceExport(dataSource, plan, 'w1', sink, { batchSize: 3 });
    expect(sink.chunks).toHaveLength(1 + Math.ceil(CONTACTS / 3));
    expect(sink.maxOutstanding).toBe(1);
    expect(parseCsv(sink.text)).toHaveLength(1 + CONTACTS);
  });

  it('early close (client disconnect): stops, resolves incomplete, closes the cursors and releases the connection', async () => {
    const sink = new TestSink({ highWaterMark: 1, closeAfter: 2 });
    const summary = await streamWorkspaceExport(dataSource, planWorkspaceExport(dataSource, { format: 'jsonl' }), 'w1', sink, { batchSize: 5 });
    expect(summary.complete).toBe(false);
    expect(summary.entities).toEqual([{ entity: 'ExportContact', rows: expect.any(Number) }]);
    expect(summary.entities[0].rows).toBeLessThan(CONTACTS);
    expect(await leftovers()).toEqual({ queryRunners: 0, open: 0 });
  });

  it('a failing sink: rejects with its error, closes the cursors and releases the connection', async () => {
    const sink = new TestSink({ failAt: { chunk: 2, error: new Error('disk full') } });
    sink.on('error', () => undefined);
    const plan = planWorkspaceExport(dataSource, { format: 'csv', entity: 'ExportDeal' });
    await expect(streamWorkspaceExport(dataSource, plan, 'w1', sink, { batchSize: 2 })).rejects.toThrow('disk full');
    expect(await leftovers()).toEqual({ queryRunners: 0, open: 0 });
  });

  it('onOpen runs before the first byte; an empty workspace gives only the CSV header', async () => {
    const sink = new TestSink();
    let chunksAtOpen = -1;
    const plan = planWorkspaceExport(dataSource, { format: 'csv', entity: 'ExportDeal' });
    const summary = await streamWorkspaceExport(dataSource, plan, "no-such-'work\\space", sink, { onOpen: () => { chunksAtOpen = sink.chunks.length; } });
    expect(chunksAtOpen).toBe(0);
    expect(summary).toEqual({ complete: true, entities: [{ entity: 'ExportDeal', rows: 0 }] });
    expect(sink.text).toBe('id,workspaceId,contactId,amount\r\n');
  });
});
