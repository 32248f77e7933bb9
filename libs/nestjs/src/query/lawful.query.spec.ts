import { ForbiddenFieldError, NO_RESTRICTIONS, PolicyAbilityFactory, UnsupportedConditionError } from '@lawful/policy';
import request from 'supertest';
import { type ContactsTestBed, openContactsTestBed } from '../testing/contacts-test-bed.fixture';
import { LawfulQuery } from './lawful.query';

describe('LawfulQuery (PGlite through TypeORM, behind LawfulModule)', () => {
  let bed: ContactsTestBed;
  const get = (path: string, purpose = 'marketing', workspace = 'w1') =>
    request(bed.app.getHttpServer()).get(path).set('X-Purpose', purpose).set('x-test-workspace', workspace);

  beforeAll(async () => (bed = await openContactsTestBed()));
  afterAll(() => bed?.close());

  it('lists only the workspace rows, with only the columns the purpose permits', async () => {
    const res = await get('/contacts?sort=email').expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items).toEqual([
      { id: 'c1', workspaceId: 'w1', email: 'ada@example.test', stage: 'customer' },
      { id: 'c3', workspaceId: 'w1', email: 'cyd@example.test', stage: 'lead' },
      { id: 'c2', workspaceId: 'w1', email: null, stage: 'lead' },
    ]);
    const crm = await get('/contacts?sort=email', 'service.crm', 'w2').expect(200);
    expect(crm.body.items.map((c: { id: string; name: string }) => [c.id, c.name])).toEqual([['c4', 'Dee'], ['c5', 'Eve']]);
    expect(crm.body.items[0]).not.toHaveProperty('score');
  });

  it('selects only permitted columns in SQL, without the interceptor (a service given a LawfulContext)', async () => {
    const ability = new PolicyAbilityFactory().build({ userId: 'u1', workspaceId: 'w2', role: 'viewer', purpose: 'marketing', restrictions: NO_RESTRICTIONS });
    const query = new LawfulQuery(bed.dataSource.getRepository(bed.entities.Contact));
    const rows = await query.find({ ability, purpose: 'marketing', userId: 'u1', workspaceId: 'w2', role: 'viewer' }, { orderBy: { id: 'DESC' } });
    expect(rows.map((row) => ({ ...row }))).toEqual([
      { id: 'c5', workspaceId: 'w2', email: null, stage: 'lead' },
      { id: 'c4', workspaceId: 'w2', email: 'dee@example.test', stage: 'customer' },
    ]);
  });

  it('applies permitted caller filters inside the workspace', async () => {
    const res = await get('/contacts?filter=stage&value=lead&take=1&sort=email').expect(200);
    expect(res.body).toEqual({ items: [{ id: 'c3', workspaceId: 'w1', email: 'cyd@example.test', stage: 'lead' }], total: 2 });
  });

  it('answers 403 naming the field when the caller filters or sorts on a field the purpose does not permit', async () => {
    const filtered = await get('/contacts?filter=name&value=Ada').expect(403);
    expect(filtered.body).toEqual({ statusCode: 403, error: 'Forbidden', message: expect.stringContaining('name'), fields: ['name'] });
    expect(JSON.stringify(filtered.body)).not.toContain('Ada');
    await get('/contacts?sort=score', 'service.crm').expect(403, { statusCode: 403, error: 'Forbidden', message: 'Contact: read of score is not permitted for role "viewer" with purpose "service.crm"', fields: ['score'] });
    await get('/contacts?filter=nope&value=1').expect(403);
  });

  it('finds a visible row by id with permitted columns only', async () => {
    await get('/contacts/c2', 'service.crm').expect(200, { id: 'c2', workspaceId: 'w1', name: 'Bob', email: null, stage: 'lead' });
  });

  it('answers 404 for a row of another workspace, exactly as for a missing row', async () => {
    const other = await get('/contacts/c4').expect(404);
    const missing = await get('/contacts/c9').expect(404);
    expect(other.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Contact not found' });
    expect(missing.body).toEqual(other.body);
  });

  it('withholds rows of subjects who objected (cannot rules in SQL), in lists, counts and by id', async () => {
    const res = await get('/contacts?sort=email').set('x-test-objected', 'c1').expect(200);
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual(['c3', 'c2']);
    expect(res.body.total).toBe(2);
    await get('/contacts/c1').set('x-test-objected', 'c1').expect(404);
  });

  it('filters by one of several values ($in) and by a case-insensitive pattern ($ilike), checked for read like equality', async () => {
    const ability = new PolicyAbilityFactory().build({ userId: 'u1', workspaceId: 'w1', role: 'viewer', purpose: 'marketing', restrictions: NO_RESTRICTIONS });
    const ctx = { ability, purpose: 'marketing', userId: 'u1', workspaceId: 'w1', role: 'viewer' as const };
    const contacts = new LawfulQuery(bed.dataSource.getRepository(bed.entities.Contact));
    const ids = async (where: Record<string, unknown>) => (await contacts.find(ctx, { where, orderBy: { id: 'ASC' } })).map((c) => c.id);
    expect(await ids({ stage: { $in: ['customer', 'won'] } })).toEqual(['c1']);
    expect(await ids({ id: { $in: ['c1', 'c3', 'c4'] } })).toEqual(['c1', 'c3']);
    expect(await ids({ id: { $in: [] } })).toEqual([]);
    expect(await ids({ email: { $ilike: 'CYD%' } })).toEqual(['c3']);
    expect(await contacts.count(ctx, { where: { stage: { $in: ['lead'] }, email: { $ilike: '%example%' } } })).toBe(1);
    await expect(contacts.find(ctx, { where: { name: { $ilike: 'A%' } } })).rejects.toThrow(ForbiddenFieldError);
    await expect(contacts.find(ctx, { where: { stage: { $gt: 'a' } as never } })).rejects.toThrow(UnsupportedConditionError);
  });

  it('orders by the server default, skipping fields the ability may not read instead of refusing (defaultOrderBy)', async () => {
    const ability = new PolicyAbilityFactory().build({ userId: 'u1', workspaceId: 'w1', role: 'viewer', purpose: 'marketing', restrictions: NO_RESTRICTIONS });
    const ctx = { ability, purpose: 'marketing', userId: 'u1', workspaceId: 'w1', role: 'viewer' as const };
    const contacts = new LawfulQuery(bed.dataSource.getRepository(bed.entities.Contact));
    const ids = async (options: object) => (await contacts.find(ctx, options)).map((c) => c.id);
    // `name` is not readable for marketing: skipped, so the next key decides
    expect(await ids({ defaultOrderBy: { name: 'ASC', id: 'DESC' } })).toEqual(['c3', 'c2', 'c1']);
    expect(await ids({ defaultOrderBy: { email: 'ASC', id: 'ASC' } })).toEqual(['c1', 'c3', 'c2']);
    // a caller's orderBy on it is still refused
    await expect(contacts.find(ctx, { orderBy: { name: 'ASC' } })).rejects.toThrow(ForbiddenFieldError);
  });
});
