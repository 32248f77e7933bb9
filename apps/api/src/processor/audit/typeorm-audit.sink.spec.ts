import type { AccessAuditEntry } from '@lawful/nestjs';
import { randomUUID } from 'node:crypto';
import { openTestDatabase, type TestDatabase } from '../../testing/test-database';
import { AccessAuditRecord } from './access-audit-record.entity';
import { purgeExpiredAccessAudit } from './access-audit.retention';
import { TypeOrmAuditSink } from './typeorm-audit.sink';

const entry = (overrides: Partial<AccessAuditEntry> = {}): AccessAuditEntry => ({
  occurredAt: new Date(),
  actorId: randomUUID(),
  workspaceId: randomUUID(),
  purpose: 'service.crm',
  entity: 'Contact',
  action: 'read',
  recordIds: [randomUUID()],
  subjectIds: [randomUUID(), randomUUID()],
  fields: ['id', 'firstName', 'email'],
  ...overrides,
});

describe(`TypeOrmAuditSink on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let db: TestDatabase;
  let sink: TypeOrmAuditSink;
  const rows = () => db.dataSource.getRepository(AccessAuditRecord);

  beforeAll(async () => {
    db = await openTestDatabase();
    sink = new TypeOrmAuditSink(db.dataSource);
  });
  afterAll(() => db?.destroy());

  it('writes a batch with one multi-row INSERT, one row per entry, every fact kept', async () => {
    const batch = [entry(), entry({ action: 'update', fields: ['email'] }), entry({ actorId: null, subjectIds: [] })];
    const inserts: string[] = [];
    const query = db.dataSource.driver.createQueryRunner.bind(db.dataSource.driver);
    const spy = jest.spyOn(db.dataSource.driver, 'createQueryRunner').mockImplementation((mode) => {
      const runner = query(mode);
      const original = runner.query.bind(runner);
      runner.query = ((sql: string, ...rest: never[]) => {
        if (/^INSERT/i.test(sql)) inserts.push(sql);
        return original(sql, ...rest);
      }) as typeof runner.query;
      return runner;
    });
    try {
      await sink.write(batch);
    } finally {
      spy.mockRestore();
    }
    expect(inserts).toHaveLength(1);
    expect(inserts[0]).toContain('"access_audit_records"');
    for (const e of batch) {
      const [row] = await rows().findBy({ workspaceId: e.workspaceId as string });
      expect(row).toMatchObject({ ...e, subjectIds: e.subjectIds, recordIds: e.recordIds, fields: e.fields });
    }
  });

  it('stores the ids once when the rows accessed are the subjects themselves (record_ids null), and both lists otherwise', async () => {
    const ids = [randomUUID(), randomUUID()];
    const same = entry({ recordIds: ids, subjectIds: [...ids] });
    const reordered = entry({ recordIds: [...ids].reverse(), subjectIds: ids });
    await sink.write([same, reordered]);
    expect(await rows().findOneByOrFail({ workspaceId: same.workspaceId as string })).toMatchObject({ subjectIds: ids, recordIds: null });
    expect(await rows().findOneByOrFail({ workspaceId: reordered.workspaceId as string })).toMatchObject({ subjectIds: ids, recordIds: [...ids].reverse() });
  });

  it('writes nothing for an empty batch and refuses an entry without a workspace, naming only the entity', async () => {
    const before = await rows().count();
    await sink.write([]);
    await expect(sink.write([entry({ workspaceId: null })])).rejects.toThrow('an entry for Contact has no workspace');
    expect(await rows().count()).toBe(before);
  });

  it('reports a failed write with the SQLSTATE only, never the rejected value', async () => {
    const bad = entry({ subjectIds: ['not-a-uuid-jane@example.test'] });
    const error: Error = await sink.write([bad]).then(() => new Error('no error'), (e: Error) => e);
    expect(error.message).toMatch(/^access audit: writing 1 entries failed \(SQLSTATE 22P02\)$/);
    expect(error.message).not.toContain('jane');
  });

  it('is append-only: the trigger rejects UPDATE, DELETE and TRUNCATE', async () => {
    const e = entry();
    await sink.write([e]);
    const table = '"access_audit_records"';
    await expect(db.dataSource.query(`UPDATE ${table} SET "purpose" = 'marketing' WHERE "workspace_id" = $1`, [e.workspaceId])).rejects.toThrow('append-only: UPDATE rejected');
    await expect(db.dataSource.query(`DELETE FROM ${table} WHERE "workspace_id" = $1`, [e.workspaceId])).rejects.toThrow('append-only: DELETE rejected');
    await expect(db.dataSource.query(`TRUNCATE ${table}`)).rejects.toThrow('append-only: TRUNCATE rejected');
    expect(await rows().findBy({ workspaceId: e.workspaceId as string })).toEqual([expect.objectContaining({ purpose: 'service.crm' })]);
  });

  it('finds a subject\'s rows through the GIN index on subject_ids (the access log\'s containment query)', async () => {
    const plan = await db.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN SELECT "id" FROM "access_audit_records" WHERE "subject_ids" @> ARRAY[$1]::uuid[]`, [randomUUID()]);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    const [{ indexname }]: { indexname: string }[] = await db.dataSource.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'access_audit_records' AND indexdef LIKE '%USING gin (subject_ids)%'`,
    );
    expect(plan).toContain(`Bitmap Index Scan on "${indexname}"`);
  });

  it('purges only rows older than 90 days, and only through the explicit purge path', async () => {
    const old = entry({ occurredAt: new Date(Date.now() - 91 * 24 * 3600 * 1000) });
    const recent = entry({ occurredAt: new Date(Date.now() - 89 * 24 * 3600 * 1000), workspaceId: old.workspaceId });
    await sink.write([old, recent]);
    await expect(db.dataSource.query(`DELETE FROM "access_audit_records" WHERE "occurred_at" < now() - interval '90 days'`)).rejects.toThrow('append-only');
    expect(await purgeExpiredAccessAudit(db.dataSource)).toBe(1);
    const left = await rows().findBy({ workspaceId: old.workspaceId as string });
    expect(left.map((r) => r.occurredAt.toISOString())).toEqual([recent.occurredAt.toISOString()]);
    // The purge setting is transaction-local: afterwards the trigger rejects deletes again.
    await expect(db.dataSource.query(`DELETE FROM "access_audit_records" WHERE "workspace_id" = $1`, [old.workspaceId])).rejects.toThrow('append-only');
  });
});
