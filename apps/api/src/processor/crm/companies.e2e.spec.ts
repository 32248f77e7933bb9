import type { FindOptionsWhere } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { Company } from './company.entity';
import { Contact } from './contact.entity';

describe('/workspaces/:workspaceId/companies (purpose service.crm)', () => {
  let s: SeededApp;
  let base: string;
  let otherCompany: string;
  const demoCompanies = (where: FindOptionsWhere<Company> = {}) => s.dataSource.getRepository(Company).countBy({ workspaceId: s.demo, ...where });

  beforeAll(async () => {
    s = await startSeededApp();
    base = `/workspaces/${s.demo}/companies`;
    otherCompany = (await s.dataSource.getRepository(Company).findOneByOrFail({ workspaceId: s.other })).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it('pages through the workspace\'s companies by name, with the total', async () => {
    const total = await demoCompanies();
    const first = await s.as('viewer@demo.test').get(`${base}?pageSize=5`).expect(200);
    const second = await s.as('viewer@demo.test').get(`${base}?pageSize=5&page=2`).expect(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 5, total });
    const expected = await s.dataSource.getRepository(Company).find({ where: { workspaceId: s.demo }, order: { name: 'ASC', id: 'ASC' }, take: 10 });
    expect([...first.body.items, ...second.body.items].map((c: Company) => c.id)).toEqual(expected.map((c) => c.id));
    for (const c of first.body.items) expect(c.workspaceId).toBe(s.demo);
  });

  it('filters by industry and size band, and validates the query (400 with messages)', async () => {
    const sample = await s.dataSource.getRepository(Company).findOneByOrFail({ workspaceId: s.demo });
    const res = await s.as('member@demo.test').get(`${base}?industry=${encodeURIComponent(sample.industry ?? '')}&size=${sample.size}&pageSize=100`).expect(200);
    expect(res.body.total).toBe(await demoCompanies({ industry: sample.industry ?? undefined, size: sample.size ?? undefined }));
    expect(res.body.items.every((c: Company) => c.industry === sample.industry && c.size === sample.size)).toBe(true);
    const bad = await s.as('member@demo.test').get(`${base}?pageSize=abc&industry=&name=x`).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining(['pageSize must be an integer number', 'industry should not be empty', 'property name should not exist']));
  });

  it('creates, reads, updates and deletes a company as owner; its contacts stay, unlinked', async () => {
    const created = await s.as('owner@demo.test').post(base, { name: 'Analytical Engines Ltd', domain: 'engines.example', industry: 'Manufacturing', size: '11-50' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Analytical Engines Ltd', domain: 'engines.example', workspaceId: s.demo });
    const id = created.body.id as string;
    const contact = await s.as('owner@demo.test', 'service.crm').post(`/workspaces/${s.demo}/contacts`, { firstName: 'Ada', companyId: id }).expect(201);
    await s.as('viewer@demo.test').get(`${base}/${id}`).expect(200).expect((r) => expect(r.body.industry).toBe('Manufacturing'));
    const updated = await s.as('owner@demo.test').patch(`${base}/${id}`, { domain: null, phone: '+1 555 0100' }).expect(200);
    expect(updated.body).toMatchObject({ id, domain: null, phone: '+1 555 0100', name: 'Analytical Engines Ltd' });
    await s.as('owner@demo.test').delete(`${base}/${id}`).expect(204);
    await s.as('owner@demo.test').get(`${base}/${id}`).expect(404);
    expect((await s.dataSource.getRepository(Contact).findOneByOrFail({ id: contact.body.id })).companyId).toBeNull();
  });

  it('answers 400 (not a database error) for NUL characters in queries and bodies, and writes nothing', async () => {
    const before = await demoCompanies();
    const query = await s.as('member@demo.test').get(`${base}?size=a%00b`).expect(400);
    expect(query.body.message).toEqual(['size must not contain NUL characters (\\u0000)']);
    const body = await s.as('member@demo.test').post(base, { name: 'Nul\u0000Corp', addressCity: 'x\u0000' }).expect(400);
    expect(body.body.message).toEqual(['name must not contain NUL characters (\\u0000)', 'addressCity must not contain NUL characters (\\u0000)']);
    expect(await demoCompanies()).toBe(before);
  });

  it('validates bodies: name required and not null, no workspaceId or id', async () => {
    const res = await s.as('member@demo.test').post(base, { domain: 42, workspaceId: s.other, id: otherCompany }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining(['name should not be null or undefined', 'domain must be a string', 'property workspaceId should not exist', 'property id should not exist']));
    const own = (await s.dataSource.getRepository(Company).findOneByOrFail({ workspaceId: s.demo })).id;
    await s.as('member@demo.test').patch(`${base}/${own}`, { name: null }).expect(400);
    const address = await s.as('member@demo.test').patch(`${base}/${own}`, { addressCity: 42, addressCountry: null }).expect(400);
    expect(address.body.message).toContain('addressCity must be a string');
    expect(address.body.message.every((m: string) => m.startsWith('addressCity'))).toBe(true);
    await s.as('member@demo.test').patch(`${base}/${own}`, { addressCity: 'Charlottetown', addressCountry: null }).expect(200)
      .expect((r) => expect(r.body).toMatchObject({ addressCity: 'Charlottetown', addressCountry: null }));
  });

  it('lets members create and update but not delete; viewers only read (403)', async () => {
    const created = await s.as('member@demo.test').post(base, { name: 'Member Co' }).expect(201);
    await s.as('member@demo.test').patch(`${base}/${created.body.id}`, { industry: 'Retail' }).expect(200);
    await s.as('member@demo.test').delete(`${base}/${created.body.id}`).expect(403);
    await s.as('viewer@demo.test').post(base, { name: 'Viewer Co' }).expect(403);
    await s.as('viewer@demo.test').patch(`${base}/${created.body.id}`, { industry: 'Mining' }).expect(403);
    expect(await s.dataSource.getRepository(Company).findOneByOrFail({ id: created.body.id })).toMatchObject({ name: 'Member Co', industry: 'Retail' });
    expect(await demoCompanies({ name: 'Viewer Co' })).toBe(0);
  });

  it('never reaches another workspace\'s company: 404 for get, patch and delete', async () => {
    await s.as('owner@demo.test').get(`${base}/${otherCompany}`).expect(404);
    await s.as('owner@demo.test').patch(`${base}/${otherCompany}`, { name: 'Hijacked' }).expect(404);
    await s.as('owner@demo.test').delete(`${base}/${otherCompany}`).expect(404);
    await s.as('owner@other.test').get(base).expect(404);
    expect((await s.dataSource.getRepository(Company).findOneByOrFail({ id: otherCompany })).name).not.toBe('Hijacked');
  });
});
