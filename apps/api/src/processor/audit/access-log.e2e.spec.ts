import { AuditBuffer } from '@lawful/nestjs';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { User } from '../../controller/accounts/user.entity';
import { Workspace } from '../../controller/workspaces/workspace.entity';
import { seedDemoData } from '../../seed/demo.seed';
import { createTestDatabaseTarget, type TestDatabaseTarget } from '../../testing/test-database';
import { Contact } from '../crm/contact.entity';
import { AccessAuditRecord } from './access-audit-record.entity';

describe(`access audit of the contacts routes and the per-subject access log on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let app: INestApplication;
  let db: TestDatabaseTarget;
  let demo: string;
  let other: string;
  let member: string;
  let first: string;
  /** A contact of the workspace none of the requests touch. */
  let untouched: string;
  const tokens: Record<string, string> = {};
  const http = () => request(app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const crm = (who: string) => ({ ...as(who), 'X-Purpose': 'service.crm' });
  const audit = () => app.get(DataSource).getRepository(AccessAuditRecord);
  const logOf = (contact: string, who: string, workspace = demo) => http().get(`/workspaces/${workspace}/subjects/${contact}/access-log`).set(as(who));

  beforeAll(async () => {
    db = await createTestDatabaseTarget();
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: db.target })] }).compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
    const dataSource = app.get(DataSource);
    await seedDemoData(dataSource);
    demo = (await dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'demo' })).id;
    other = (await dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'other' })).id;
    member = (await dataSource.getRepository(User).findOneByOrFail({ email: 'member@demo.test' })).id;
    for (const email of ['owner@demo.test', 'admin@demo.test', 'member@demo.test', 'owner@other.test']) {
      tokens[email] = (await http().post('/auth/login').send({ email, password: 'demo-password' }).expect(200)).body.token;
    }
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('records the contacts routes (list, get, patch) with actor, workspace, purpose, entity, fields and subject ids', async () => {
    const list = await http().get(`/workspaces/${demo}/contacts?pageSize=5`).set(crm('member@demo.test')).expect(200);
    const listed: string[] = list.body.items.map((c: Contact) => c.id);
    first = listed[0];
    const all = await app.get(DataSource).getRepository(Contact).find({ select: { id: true }, where: { workspaceId: demo } });
    untouched = all.map((c) => c.id).find((id) => !listed.includes(id)) as string;
    await http().get(`/workspaces/${demo}/contacts/${first}`).set(crm('member@demo.test')).expect(200);
    await http().patch(`/workspaces/${demo}/contacts/${first}`).set(crm('member@demo.test')).send({ jobTitle: 'Head of audits' }).expect(200);
    await app.get(AuditBuffer).flush();

    const rows = await audit().find({ where: { workspaceId: demo, actorId: member }, order: { occurredAt: 'ASC' } });
    const listRead = rows.find((r) => r.action === 'read' && r.subjectIds.length === listed.length);
    expect(listRead).toMatchObject({ purpose: 'service.crm', entity: 'Contact', subjectIds: listed, recordIds: null }); // rows = subjects: ids stored once
    expect(listRead?.fields).toEqual(expect.arrayContaining(['firstName', 'email']));
    expect(rows).toContainEqual(expect.objectContaining({ action: 'read', entity: 'Contact', purpose: 'service.crm', subjectIds: [first] }));
    const update = rows.find((r) => r.action === 'update');
    expect(update).toMatchObject({ entity: 'Contact', purpose: 'service.crm', subjectIds: [first], recordIds: null, fields: ['jobTitle'] });
  });

  it('gives owners and admins the access log of one contact: purposes with legal basis, recipients with countries', async () => {
    const res = await logOf(first, 'owner@demo.test').expect(200);
    expect(res.body).toMatchObject({ subjectId: first, page: 1, pageSize: 25 });
    expect(res.body.total).toBeGreaterThanOrEqual(3);
    const update = res.body.items.find((e: { action: string }) => e.action === 'update');
    expect(update).toMatchObject({
      actorId: member,
      entity: 'Contact',
      fields: ['jobTitle'],
      purpose: { id: 'service.crm', name: 'CRM', legalBases: ['contract'] },
      recipients: [],
    });
    const read = res.body.items.find((e: { action: string; fields: string[] }) => e.action === 'read' && e.fields.includes('lifecycleStage'));
    expect(read.recipients).toEqual([
      { id: 'anthropic', name: expect.stringContaining('Anthropic'), countries: ['US'], safeguard: 'scc', fields: ['lifecycleStage'] },
      { id: 'groq', name: expect.stringContaining('Groq'), countries: expect.any(Array), safeguard: expect.any(String), fields: ['lifecycleStage'] },
    ]);
    const times = res.body.items.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    await logOf(first, 'admin@demo.test').expect(200);
  });

  it('keeps each contact\'s log to the accesses of its data, and pages through it', async () => {
    const none = await logOf(untouched, 'owner@demo.test').expect(200);
    expect(none.body).toMatchObject({ subjectId: untouched, items: [], total: 0 });
    const page = await logOf(first, 'owner@demo.test').query({ page: 2, pageSize: 1 }).expect(200);
    expect(page.body).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.body.items).toHaveLength(1);
    await logOf(first, 'owner@demo.test').query({ pageSize: 101 }).expect(400);
  });

  it('records reading the log itself (it reveals the contact\'s access history)', async () => {
    await app.get(AuditBuffer).flush();
    const reads = await audit().findBy({ workspaceId: demo, entity: 'AccessAuditRecord' });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.purpose === 'compliance.subject_rights' && r.action === 'read')).toBe(true);
    expect(reads.map((r) => r.subjectIds)).toContainEqual([first]);
  });

  it('answers 403 to members, 404 for an unknown contact or another workspace', async () => {
    const forbidden = await logOf(first, 'member@demo.test').expect(403);
    expect(JSON.stringify(forbidden.body)).toContain('member');
    await logOf('00000000-0000-4000-8000-000000000000', 'owner@demo.test').expect(404);
    await logOf(first, 'owner@other.test').expect(404);
    await logOf(first, 'owner@other.test', other).expect(404);
  });
});
