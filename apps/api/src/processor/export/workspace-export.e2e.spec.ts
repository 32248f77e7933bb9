import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getMetadataStorage } from '@lawful/annotations';
import { AuditBuffer, workspaceExportEntities } from '@lawful/nestjs';
import { parseCsv } from '@lawful/rights';
import request from 'supertest';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { User } from '../../controller/accounts/user.entity';
import { type DemoLogin, type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { AccessAuditRecord } from '../audit/access-audit-record.entity';
import { Contact } from '../crm/contact.entity';
import { PROCESSOR_ENTITIES } from '../processor.entities';

const onPostgres = Boolean(process.env.DATABASE_URL);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('GET /workspaces/:workspaceId/export (owners, purpose service.workspace)', () => {
  let s: SeededApp;
  const exportOf = (workspace: string, query: string, who: DemoLogin = 'owner@demo.test') => s.as(who).get(`/workspaces/${workspace}/export?${query}`).buffer(true).parse((res, done) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => done(null, text));
  });
  const demoContacts = async () => (await s.dataSource.getRepository(Contact).find({ where: { workspaceId: s.demo }, order: { id: 'ASC' } }));

  beforeAll(async () => (s = await startSeededApp()));
  afterAll(() => s?.close());

  it("CSV of Demo's contacts: a header of the annotated properties, one record per contact of Demo, none of Other's; audited per entity", async () => {
    const res = await exportOf(s.demo, 'format=csv&entity=Contact').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="workspace-${s.demo}-contact.csv"`);
    const [header, ...rows] = parseCsv(res.body as string);
    const annotated = getMetadataStorage().fieldsOf(Contact).map((f) => f.property);
    expect([...header].sort()).toEqual([...annotated].sort());
    const contacts = await demoContacts();
    expect(rows.map((r) => r[header.indexOf('id')])).toEqual(contacts.map((c) => c.id));
    expect(rows.map((r) => r[header.indexOf('email')])).toEqual(contacts.map((c) => c.email ?? ''));
    expect(new Set(rows.map((r) => r[header.indexOf('workspaceId')]))).toEqual(new Set([s.demo]));
    await s.app.get(AuditBuffer).flush();
    const owner = await s.dataSource.getRepository(User).findOneByOrFail({ email: 'owner@demo.test' });
    const audit = await s.dataSource.getRepository(AccessAuditRecord).findBy({ workspaceId: s.demo, actorId: owner.id, purpose: 'service.workspace', entity: 'Contact' });
    expect(audit.map((a) => ({ action: a.action, fields: a.fields, subjectIds: a.subjectIds }))).toEqual([{ action: 'read', fields: header, subjectIds: [] }]);
  });

  it('JSONL: one line per row of every processor entity of the workspace, derived from the annotations', async () => {
    const exported = workspaceExportEntities(s.dataSource);
    expect(new Set(exported)).toEqual(new Set(PROCESSOR_ENTITIES.filter((e) => getMetadataStorage().entityOf(e).workspaceKey !== undefined)));
    await s.app.get(AuditBuffer).flush();
    const expected: Record<string, number> = {};
    for (const target of exported) {
      const key = getMetadataStorage().entityOf(target).workspaceKey as string;
      const rows = await s.dataSource.getRepository(target).countBy({ [key]: s.demo });
      if (rows > 0) expected[target.name] = rows;
    }
    const res = await exportOf(s.demo, 'format=jsonl').expect(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="workspace-${s.demo}-all.jsonl"`);
    const lines = (res.body as string).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { entity: string; record: Record<string, unknown> });
    const counts: Record<string, number> = {};
    for (const line of lines) counts[line.entity] = (counts[line.entity] ?? 0) + 1;
    expect(counts).toEqual(expected);
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['Contact', 'Company', 'Deal', 'Note', 'Task']));
    expect(lines.every((l) => l.record['workspaceId'] === s.demo)).toBe(true);
    const filtered = await exportOf(s.demo, 'format=jsonl&entity=Deal').expect(200);
    expect((filtered.body as string).split('\n').filter((l) => l !== '')).toHaveLength(expected['Deal']);
  });

  it('owners only: admin, member and viewer get 403', async () => {
    for (const who of ['admin@demo.test', 'member@demo.test', 'viewer@demo.test'] as const) {
      const res = await exportOf(s.demo, 'format=jsonl', who).expect(403);
      expect(JSON.parse(res.body as string)).toMatchObject({ statusCode: 403, allowedRoles: ['owner'] });
    }
  });

  it("another workspace, an unknown one or a malformed id answer 404; without a token 401", async () => {
    await exportOf(s.other, 'format=jsonl').expect(404);
    await exportOf(s.demo, 'format=jsonl', 'owner@other.test').expect(404);
    await exportOf('00000000-0000-4000-8000-000000000000', 'format=jsonl').expect(404);
    await exportOf('not-a-uuid', 'format=jsonl').expect(404);
    await request(s.app.getHttpServer()).get(`/workspaces/${s.demo}/export`).expect(401);
  });

  it('bad input answers 400 saying what is allowed: format=xml, CSV without an entity, an unknown or non-exported entity, unknown parameters', async () => {
    const xml = await exportOf(s.demo, 'format=xml').expect(400);
    expect(xml.headers['content-type']).toMatch(/^application\/json/);
    expect(xml.headers['content-disposition']).toBeUndefined();
    expect(JSON.parse(xml.body as string)).toMatchObject({ message: expect.stringContaining('format=csv or format=jsonl'), allowedFormats: ['csv', 'jsonl'] });
    for (const query of ['format=csv', 'format=csv&entity=Invoice', 'format=csv&entity=User', 'format=jsonl&entity=contact']) {
      const body = JSON.parse((await exportOf(s.demo, query).expect(400)).body as string);
      expect([query, body.allowedEntities]).toEqual([query, expect.arrayContaining(['Contact', 'Deal', 'Note'])]);
      expect(body.allowedEntities).not.toContain('User');
      expect(body.message).toContain('Contact');
    }
    await exportOf(s.demo, 'format=csv&entity=Contact&limit=5').expect(400);
  });

  /** Adds ~50 MB of CSV to Demo (once): far more than the kernel's socket buffers, so a paused reader stops the server mid-export. */
  const addBulkContacts = async () => {
    if (Number((await s.dataSource.query(`SELECT count(*) AS n FROM contacts WHERE first_name LIKE 'Bulk%'`))[0].n) > 0) return;
    await s.dataSource.query(
      `INSERT INTO contacts (workspace_id, first_name, last_name, email, job_title, address_street, address_city, address_country, lifecycle_stage, source)
       SELECT $1, 'Bulk' || g, 'Contact ' || g, 'bulk' || g || '@example.test', 'Buyer, "senior"', repeat('Long street ', 200) || g, 'Lyon', 'FR', 'lead', 'import'
       FROM generate_series(1, 20000) g`,
      [s.demo],
    );
  };
  /** Starts the CSV export of Demo's contacts over a real socket and returns the response unread (a slow reader). */
  const startDownload = async (): Promise<IncomingMessage> => {
    const server = s.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const token = (await request(server).post('/auth/login').send({ email: 'owner@demo.test', password: 'demo-password' }).expect(200)).body.token as string;
    return new Promise<IncomingMessage>((resolve) =>
      get({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: `/workspaces/${s.demo}/export?format=csv&entity=Contact`, headers: { authorization: `Bearer ${token}` } }, resolve),
    );
  };
  /**
   * Whether an export is running. PostgreSQL: its connection is in its snapshot transaction, in its COPY
   * (`blocked`: waiting to write to the client, i.e. on backpressure). PGlite (one shared session): its held cursors exist.
   */
  const exportSession = async (blocked: boolean): Promise<boolean> =>
    ((await (onPostgres
      ? s.dataSource.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '/* lawful workspace export */ COPY %' AND xact_start IS NOT NULL
           AND ($1 = false OR (state = 'active' AND wait_event = 'ClientWrite'))`,
          [blocked],
        )
      : s.dataSource.query(`SELECT 1 FROM pg_cursors WHERE name LIKE 'lawful_export_%'`))) as unknown[]).length > 0;
  const waitBlocked = async () => {
    for (let i = 0; i < 200 && !(await exportSession(true)); i++) await sleep(50);
    if (!onPostgres) await sleep(300); // let the server fill the socket buffers and block
    expect(await exportSession(true)).toBe(true);
  };

  it('consistency: contacts written while a slow client reads the export are not in it; it equals the state at its start', async () => {
    const db = s.dataSource;
    await addBulkContacts();
    const idsAndNames = (await db.query('SELECT id, first_name FROM contacts WHERE workspace_id = $1', [s.demo])) as { id: string; first_name: string }[];
    const before = new Map(idsAndNames.map((c) => [c.id, c.first_name]));
    const [renamed, removed] = [...before.keys()].slice(-2);
    const res = await startDownload();
    try {
      expect(res.statusCode).toBe(200);
      await waitBlocked();
      await s.as('member@demo.test', 'service.crm').post(`/workspaces/${s.demo}/contacts`, { firstName: 'Latecomer' }).expect(201);
      await s.as('member@demo.test', 'service.crm').patch(`/workspaces/${s.demo}/contacts/${renamed}`, { firstName: 'Renamed' }).expect(200);
      await db.getRepository(Contact).delete({ id: removed });
      expect(await exportSession(false)).toBe(true); // the writes were committed while the export was running
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      await new Promise((resolve) => res.on('end', resolve));
      const [header, ...rows] = parseCsv(text);
      const exported = new Map(rows.map((r) => [r[header.indexOf('id')], r[header.indexOf('firstName')]]));
      expect(exported.size).toBe(before.size);
      expect(exported).toEqual(before);
    } finally {
      if (!res.complete) res.destroy(); // a failed assertion must not leave the server blocked on this response
    }
  }, 120_000);

  it('a client that disconnects mid-download stops the export: snapshot ended, cursors closed, connection released', async () => {
    await addBulkContacts();
    const res = await startDownload();
    expect(res.statusCode).toBe(200);
    await waitBlocked();
    res.destroy();
    for (let i = 0; i < 100 && (await exportSession(false)); i++) await sleep(50);
    expect(await exportSession(false)).toBe(false);
    const driver = s.dataSource.driver as PostgresDriver;
    for (let i = 0; i < 100 && driver.connectedQueryRunners.length > 0; i++) await sleep(20);
    expect(driver.connectedQueryRunners).toHaveLength(0);
  }, 120_000);
});
