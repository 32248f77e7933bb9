import { type DemoLogin, type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';

describe('workspace field restrictions (policy §5.3)', () => {
  let s: SeededApp;
  let demo: string;
  const as = (who: DemoLogin, purpose?: string) => s.as(who, purpose);
  const contactKeys = async (who: DemoLogin) => {
    const res = await as(who, 'service.crm').get(`/workspaces/${demo}/contacts?pageSize=20`).expect(200);
    return new Set(res.body.items.flatMap((c: object) => Object.keys(c)));
  };

  beforeAll(async () => {
    s = await startSeededApp();
    demo = s.demo;
  });
  afterAll(() => s?.close());

  it('starts at version 0 with nothing hidden; only owners and admins read or change it', async () => {
    expect((await as('admin@demo.test').get(`/workspaces/${demo}/field-restrictions`).expect(200)).body).toEqual({ version: 0, hidden: {} });
    await as('member@demo.test').get(`/workspaces/${demo}/field-restrictions`).expect(403);
    const denied = await as('viewer@demo.test').put(`/workspaces/${demo}/field-restrictions`, { hidden: {} }).expect(403);
    expect(denied.body).toMatchObject({ role: 'viewer', allowedRoles: ['owner', 'admin'] });
    await as('owner@other.test').get(`/workspaces/${demo}/field-restrictions`).expect(404);
  });

  it('hides Contact.phone from members on their next request, versioned; admins and viewers unaffected', async () => {
    expect((await contactKeys('member@demo.test')).has('phone')).toBe(true);
    const put = await as('admin@demo.test').put(`/workspaces/${demo}/field-restrictions`, { hidden: { member: { Contact: ['phone', 'phone'] } } }).expect(200);
    expect(put.body).toEqual({ version: 1, hidden: { member: { Contact: ['phone'] } } });
    const member = await contactKeys('member@demo.test');
    expect(member.has('phone')).toBe(false);
    expect(member.has('email')).toBe(true);
    expect((await contactKeys('admin@demo.test')).has('phone')).toBe(true);
    expect((await contactKeys('viewer@demo.test')).has('phone')).toBe(true);

    const next = await as('owner@demo.test').put(`/workspaces/${demo}/field-restrictions`, { hidden: { viewer: { Contact: ['email'] } } }).expect(200);
    expect(next.body.version).toBe(2);
    expect((await contactKeys('member@demo.test')).has('phone')).toBe(true);
    expect((await contactKeys('viewer@demo.test')).has('email')).toBe(false);
    expect((await as('admin@demo.test').get(`/workspaces/${demo}/field-restrictions`).expect(200)).body).toEqual({ version: 2, hidden: { viewer: { Contact: ['email'] } } });
  });

  it('rejects unknown roles, entities and properties with 400 naming them, and stores nothing', async () => {
    const bad = await as('admin@demo.test')
      .put(`/workspaces/${demo}/field-restrictions`, { hidden: { owner: { Contact: ['email'] }, member: { Contactz: ['phone'], Contact: ['phonee', 'workspaceId'], User: ['email'] } } })
      .expect(400);
    expect(bad.body.message).toEqual([
      'hidden.owner: unknown or unrestrictable role; use member or viewer',
      'hidden.member.Contactz: unknown entity or not workspace data',
      'hidden.member.Contact: unknown or unhideable properties phonee, workspaceId',
      'hidden.member.User: unknown entity or not workspace data',
    ]);
    await as('admin@demo.test').put(`/workspaces/${demo}/field-restrictions`, { hidden: 'phone' }).expect(400);
    await as('admin@demo.test').put(`/workspaces/${demo}/field-restrictions`, { hidden: {}, version: 7 }).expect(400);
    expect((await as('admin@demo.test').get(`/workspaces/${demo}/field-restrictions`).expect(200)).body.version).toBe(2);
  });

  it('keeps lists working when the field they sort by is hidden: the hidden field is neither returned nor used to sort', async () => {
    await as('admin@demo.test').put(`/workspaces/${demo}/field-restrictions`, { hidden: { member: { Company: ['name'], Task: ['dueAt'] } } }).expect(200);
    const companies = await as('member@demo.test').get(`/workspaces/${demo}/companies?pageSize=100`).expect(200);
    expect(companies.body.items.length).toBeGreaterThan(0);
    expect(companies.body.items.some((c: object) => 'name' in c)).toBe(false);
    const ids = companies.body.items.map((c: { id: string }) => c.id);
    expect(ids).toEqual([...ids].sort()); // by the next key of the default order: id
    const tasks = await as('member@demo.test').get(`/workspaces/${demo}/tasks?pageSize=100`).expect(200);
    expect(tasks.body.items.some((t: object) => 'dueAt' in t)).toBe(false);
    const named = await as('admin@demo.test').get(`/workspaces/${demo}/companies?pageSize=100`).expect(200);
    expect(named.body.items.every((c: object) => 'name' in c)).toBe(true);
    await as('admin@demo.test').put(`/workspaces/${demo}/field-restrictions`, { hidden: {} }).expect(200);
  });
});
