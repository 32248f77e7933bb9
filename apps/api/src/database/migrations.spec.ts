import { getMetadataStorage } from '@lawful/annotations';
import { User } from '../controller/accounts/user.entity';
import { Membership } from '../controller/workspaces/membership.entity';
import { Workspace } from '../controller/workspaces/workspace.entity';
import { Contact } from '../processor/crm/contact.entity';
import { NoteContact } from '../processor/crm/note-contact.entity';
import { compare } from 'bcryptjs';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seed/demo-accounts';
import { buildDemoData } from '../seed/demo-data.builder';
import { seedDemoData } from '../seed/demo.seed';
import { openTestDatabase, type TestDatabase } from '../testing/test-database';
import { MIGRATIONS } from './migrations';

describe(`migrations and demo seed on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase({ migrate: false });
  });
  afterAll(() => db?.destroy());

  it('apply cleanly and leave nothing for the entities to change', async () => {
    const applied = await db.dataSource.runMigrations();
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert completely and apply again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await db.dataSource.undoLastMigration();
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'migrations'`);
    expect(count).toBe(0);
    await db.dataSource.runMigrations();
    expect(await db.dataSource.showMigrations()).toBe(false);
  });

  it('create a table for every annotated entity', async () => {
    const tables: { table_name: string }[] = await db.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`);
    const names = new Set(tables.map((t) => t.table_name));
    const missing = db.dataSource.entityMetadatas.filter((m) => getMetadataStorage().entities().includes(m.target as never) && !names.has(m.tableName));
    expect(missing.map((m) => m.tableName)).toEqual([]);
  });

  it('load the demo seed: both workspaces, the five demo accounts with demo-password, a few hundred contacts', async () => {
    const counts = await seedDemoData(db.dataSource);
    expect(counts.contacts).toBeGreaterThanOrEqual(300);
    const workspaces = await db.dataSource.getRepository(Workspace).find({ order: { name: 'ASC' } });
    expect(workspaces.map((w) => w.name)).toEqual(['Demo', 'Other']);
    const users = await db.dataSource.getRepository(User).find();
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    for (const user of users) expect(await compare(DEMO_PASSWORD, user.passwordHash)).toBe(true);
    const memberships = await db.dataSource.getRepository(Membership).find();
    expect(memberships.map((m) => m.role).sort()).toEqual(['admin', 'member', 'owner', 'owner', 'viewer']);
    const demo = workspaces[0];
    expect(await db.dataSource.getRepository(Contact).countBy({ workspaceId: demo.id })).toBe(300);
    expect(await db.dataSource.getRepository(NoteContact).count()).toBe(counts.noteContacts);
    for (const [key, n] of Object.entries(counts)) expect({ key, n: n > 0 }).toEqual({ key, n: true });
  });

  it('builds the same demo data on every run (deterministic, ids included)', () => {
    expect(buildDemoData()).toEqual(buildDemoData());
    expect(buildDemoData(1).contacts[0]).not.toEqual(buildDemoData(2).contacts[0]);
  });
});
