import { NO_RESTRICTIONS, PolicyAbilityFactory } from '@lawful/policy';
import request from 'supertest';
import type { AccessAuditRecordInput } from '../audit/access-audit.types';
import { AuditBuffer } from '../audit/audit.buffer';
import { createContactsApp } from '../testing/contacts-app.fixture';
import { type ContactsTestBed, openContactsTestBed } from '../testing/contacts-test-bed.fixture';
import { MemoryAuditSink } from '../testing/memory-audit.sink';
import { LawfulQuery } from './lawful.query';

describe('LawfulQuery access audit (PGlite, LawfulModule with an audit sink)', () => {
  let bed: ContactsTestBed;
  const sink = new MemoryAuditSink();
  const http = (role = 'owner', purpose = 'service.crm') => {
    const s = request(bed.app.getHttpServer());
    const as = <R extends request.Test>(r: R) => r.set('X-Purpose', purpose).set('x-test-workspace', 'w1').set('x-test-role', role);
    return { get: (p: string) => as(s.get(p)), post: (p: string, b: object) => as(s.post(p)).send(b), patch: (p: string, b: object) => as(s.patch(p)).send(b), delete: (p: string) => as(s.delete(p)) };
  };
  /** The entries recorded since the last call, once the buffer has written them. */
  const recorded = async () => {
    await bed.app.get(AuditBuffer).flush();
    const entries = sink.timeless();
    sink.entries.length = 0;
    return entries;
  };
  const facts = { actorId: 'u1', workspaceId: 'w1', entity: 'Contact' };

  beforeAll(async () => (bed = await openContactsTestBed({ sink, buffer: { flushIntervalMs: 10_000 } })));
  afterAll(() => bed?.close());

  it('records a list with the returned columns, the row ids and the subjects (a contact is its own subject); counts are not recorded', async () => {
    await http('viewer', 'marketing').get('/contacts?sort=email').expect(200);
    expect(await recorded()).toEqual([{ ...facts, purpose: 'marketing', action: 'read', fields: ['id', 'workspaceId', 'email', 'stage'], recordIds: ['c1', 'c3', 'c2'], subjectIds: ['c1', 'c3', 'c2'] }]);
  });

  it('records nothing when no row was touched: empty list, missing or foreign row, refused write', async () => {
    await http().get('/contacts?filter=stage&value=none').expect(200, { items: [], total: 0 });
    await http().get('/contacts/c4').expect(404);
    await http().patch('/contacts/c4', { name: 'X' }).expect(404);
    await http().delete('/contacts/c4').expect(404);
    await http('member').delete('/contacts/c3').expect(403);
    await http('viewer').post('/contacts', { name: 'X' }).expect(403);
    await http().post('/contacts', { score: 1 }).expect(403);
    expect(await recorded()).toEqual([]);
  });

  it('records a read by id, a create, an update and a delete with the body keys as fields', async () => {
    await http().get('/contacts/c2').expect(200);
    const { body } = await http().post('/contacts', { name: 'Fay', email: 'fay@example.test' }).expect(201);
    await http().patch(`/contacts/${body.id}`, { email: 'fay@new.test' }).expect(200);
    await http().delete(`/contacts/${body.id}`).expect(204);
    const one = { ...facts, purpose: 'service.crm', recordIds: [body.id], subjectIds: [body.id] };
    expect(await recorded()).toEqual([
      { ...facts, purpose: 'service.crm', action: 'read', fields: ['id', 'workspaceId', 'name', 'email', 'stage'], recordIds: ['c2'], subjectIds: ['c2'] },
      { ...one, action: 'create', fields: ['name', 'email'] },
      { ...one, action: 'update', fields: ['email'] },
      { ...one, action: 'delete', fields: [] },
    ]);
  });

  it('records the owning contacts of owned rows, even when the owner column is hidden from the caller', async () => {
    const restrictions = { version: 1, hidden: { viewer: { Deal: ['contactId'] } } };
    const ability = new PolicyAbilityFactory().build({ userId: 'u1', workspaceId: 'w1', role: 'viewer', purpose: 'service.crm', restrictions });
    const audit = jest.fn<void, [AccessAuditRecordInput]>();
    const ctx = { ability, purpose: 'service.crm', userId: 'u1', workspaceId: 'w1', role: 'viewer' as const, audit };
    const deals = new LawfulQuery(bed.dataSource.getRepository(bed.entities.Deal));
    const rows = await deals.find(ctx, { orderBy: { id: 'ASC' } });
    expect(rows.map((row) => ({ ...row }))).toEqual([{ id: 'd1', workspaceId: 'w1', title: 'Renewal' }, { id: 'd2', workspaceId: 'w1', title: 'Upsell' }]);
    expect(audit).toHaveBeenCalledWith({ entity: 'Deal', action: 'read', fields: ['id', 'workspaceId', 'title'], recordIds: ['d1', 'd2'], subjectIds: ['c1', 'c3'] });
    const owner = new PolicyAbilityFactory().build({ userId: 'u1', workspaceId: 'w1', role: 'owner', purpose: 'service.crm', restrictions: NO_RESTRICTIONS });
    expect({ ...(await deals.findOne({ ...ctx, ability: owner, role: 'owner' }, 'd2')) }).toEqual({ id: 'd2', workspaceId: 'w1', contactId: 'c3', title: 'Upsell' });
    expect(audit).toHaveBeenLastCalledWith({ entity: 'Deal', action: 'read', fields: ['id', 'workspaceId', 'contactId', 'title'], recordIds: ['d2'], subjectIds: ['c3'] });
  });

  it('answers before the sink is written: recording queues entries without a database round trip', async () => {
    const buffer = bed.app.get(AuditBuffer);
    await http().get('/contacts/c1').expect(200);
    expect(buffer.pending).toBe(1);
    expect(sink.entries).toEqual([]);
    await buffer.flush();
    expect(sink.entries.map((e) => e.occurredAt)).toEqual([expect.any(Date)]);
    sink.entries.length = 0;
  });

  it('writes what is still queued when the app closes (e2e)', async () => {
    const own = new MemoryAuditSink({ delayMs: 20 });
    const other = await createContactsApp(bed.dataSource, bed.entities, { sink: own, buffer: { flushIntervalMs: 60_000 } });
    await request(other.getHttpServer()).get('/contacts/c1').set('X-Purpose', 'marketing').set('x-test-workspace', 'w1').expect(200);
    expect(own.entries).toEqual([]);
    await other.close();
    expect(own.timeless()).toEqual([{ ...facts, purpose: 'marketing', action: 'read', fields: ['id', 'workspaceId', 'email', 'stage'], recordIds: ['c1'], subjectIds: ['c1'] }]);
  });
});
