import type { FindOptionsWhere } from 'typeorm';
import { Membership } from '../../controller/workspaces/membership.entity';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';

describe('/workspaces/:workspaceId/deals (purpose service.crm)', () => {
  let s: SeededApp;
  let base: string;
  let ownContact: string;
  let otherContact: string;
  let otherCompany: string;
  let otherDeal: string;
  let otherOwner: string;
  const demoDeals = (where: FindOptionsWhere<Deal> = {}) => s.dataSource.getRepository(Deal).countBy({ workspaceId: s.demo, ...where });

  beforeAll(async () => {
    s = await startSeededApp();
    base = `/workspaces/${s.demo}/deals`;
    ownContact = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.demo })).id;
    otherContact = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.other })).id;
    otherCompany = (await s.dataSource.getRepository(Company).findOneByOrFail({ workspaceId: s.other })).id;
    otherDeal = (await s.dataSource.getRepository(Deal).findOneByOrFail({ workspaceId: s.other })).id;
    otherOwner = (await s.dataSource.getRepository(Membership).findOneByOrFail({ workspaceId: s.other })).userId;
  });
  afterAll(async () => {
    await s?.close();
  });

  it('pages through the workspace\'s deals in a stable order with the total', async () => {
    const total = await demoDeals();
    const first = await s.as('viewer@demo.test').get(`${base}?pageSize=7`).expect(200);
    const second = await s.as('viewer@demo.test').get(`${base}?pageSize=7&page=2`).expect(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 7, total });
    expect(second.body).toMatchObject({ page: 2, pageSize: 7, total });
    const ids = [...first.body.items, ...second.body.items].map((d: Deal) => d.id);
    expect(new Set(ids).size).toBe(14);
    for (const d of [...first.body.items, ...second.body.items]) expect(d.workspaceId).toBe(s.demo);
    const again = await s.as('viewer@demo.test').get(`${base}?pageSize=7`).expect(200);
    expect(again.body.items.map((d: Deal) => d.id)).toEqual(first.body.items.map((d: Deal) => d.id));
  });

  it('filters by outcome, stage and contact inside the workspace', async () => {
    const won = await s.as('member@demo.test').get(`${base}?outcome=won&pageSize=100`).expect(200);
    expect(won.body.total).toBe(await demoDeals({ outcome: 'won' }));
    expect(won.body.items.every((d: Deal) => d.outcome === 'won')).toBe(true);
    const proposals = await s.as('member@demo.test').get(`${base}?stage=proposal&outcome=open`).expect(200);
    expect(proposals.body.total).toBe(await demoDeals({ stage: 'proposal', outcome: 'open' }));
    const ofContact = await s.as('member@demo.test').get(`${base}?contactId=${ownContact}`).expect(200);
    expect(ofContact.body.total).toBe(await demoDeals({ contactId: ownContact }));
    expect(ofContact.body.items.every((d: Deal) => d.contactId === ownContact)).toBe(true);
    const foreign = await s.as('member@demo.test').get(`${base}?contactId=${otherContact}`).expect(200);
    expect(foreign.body).toMatchObject({ items: [], total: 0 });
  });

  it('validates the query: 400 with one message per field, unknown parameters rejected', async () => {
    const res = await s.as('member@demo.test').get(`${base}?pageSize=101&page=0&outcome=maybe&contactId=x&sort=title`).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([
      'pageSize must not be greater than 100',
      'page must not be less than 1',
      'outcome must be one of the following values: open, won, lost',
      'contactId must be a UUID',
      'property sort should not exist',
    ]));
  });

  it('creates, reads, updates and deletes a deal as owner', async () => {
    const created = await s.as('owner@demo.test').post(base, { title: 'Pilot 2027', value: '12500.50', currency: 'CAD', stage: 'new', contactId: ownContact }).expect(201);
    expect(created.body).toMatchObject({ title: 'Pilot 2027', value: '12500.50', stage: 'new', outcome: 'open', contactId: ownContact, workspaceId: s.demo });
    const id = created.body.id as string;
    await s.as('viewer@demo.test').get(`${base}/${id}`).expect(200).expect((r) => expect(r.body.title).toBe('Pilot 2027'));
    const updated = await s.as('owner@demo.test').patch(`${base}/${id}`, { stage: 'proposal', value: null, expectedCloseDate: '2027-03-31' }).expect(200);
    expect(updated.body).toMatchObject({ id, stage: 'proposal', value: null, expectedCloseDate: '2027-03-31', title: 'Pilot 2027' });
    await s.as('owner@demo.test').delete(`${base}/${id}`).expect(204);
    await s.as('owner@demo.test').get(`${base}/${id}`).expect(404);
    expect(await s.dataSource.getRepository(Deal).existsBy({ id })).toBe(false);
  });

  it('validates bodies: required title, shapes, no server-side keys, no null for NOT NULL columns', async () => {
    const res = await s.as('member@demo.test').post(base, { value: '1.234', currency: 'cad', outcome: 'maybe', workspaceId: s.other, id: otherDeal }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([
      'title should not be null or undefined',
      'value must be a decimal string with at most 2 decimals',
      'currency must be an ISO 4217 code',
      'outcome must be one of the following values: open, won, lost',
      'property workspaceId should not exist',
      'property id should not exist',
    ]));
    const own = (await s.dataSource.getRepository(Deal).findOneByOrFail({ workspaceId: s.demo })).id;
    await s.as('member@demo.test').patch(`${base}/${own}`, { title: null }).expect(400);
    await s.as('member@demo.test').patch(`${base}/not-a-uuid`, { title: 'x' }).expect(400);
  });

  it('lets members create and update but not delete; viewers only read (403)', async () => {
    const created = await s.as('member@demo.test').post(base, { title: 'Member deal' }).expect(201);
    await s.as('member@demo.test').patch(`${base}/${created.body.id}`, { outcome: 'won' }).expect(200);
    const denied = await s.as('member@demo.test').delete(`${base}/${created.body.id}`).expect(403);
    expect(denied.body.message).toContain('delete');
    await s.as('viewer@demo.test').post(base, { title: 'Viewer deal' }).expect(403);
    await s.as('viewer@demo.test').patch(`${base}/${created.body.id}`, { title: 'Renamed' }).expect(403);
    await s.as('viewer@demo.test').delete(`${base}/${created.body.id}`).expect(403);
    expect(await s.dataSource.getRepository(Deal).findOneByOrFail({ id: created.body.id })).toMatchObject({ title: 'Member deal', outcome: 'won' });
    expect(await demoDeals({ title: 'Viewer deal' })).toBe(0);
  });

  it('never reaches another workspace\'s deal: 404 for get, patch and delete', async () => {
    await s.as('owner@demo.test').get(`${base}/${otherDeal}`).expect(404);
    await s.as('owner@demo.test').patch(`${base}/${otherDeal}`, { title: 'Hijacked' }).expect(404);
    await s.as('owner@demo.test').delete(`${base}/${otherDeal}`).expect(404);
    await s.as('owner@other.test').get(base).expect(404);
    expect(await s.dataSource.getRepository(Deal).findOneByOrFail({ id: otherDeal })).not.toMatchObject({ title: 'Hijacked' });
  });

  it('refuses links to another workspace\'s contact, company or member (404) and writes nothing', async () => {
    const before = await demoDeals();
    const contact = await s.as('owner@demo.test').post(base, { title: 'Linked', contactId: otherContact }).expect(404);
    expect(contact.body.message).toBe('Contact not found');
    await s.as('owner@demo.test').post(base, { title: 'Linked', companyId: otherCompany }).expect(404);
    const owner = await s.as('owner@demo.test').post(base, { title: 'Linked', ownerUserId: otherOwner }).expect(404);
    expect(owner.body.message).toBe('User not found');
    const own = (await s.dataSource.getRepository(Deal).findOneByOrFail({ workspaceId: s.demo })).id;
    await s.as('owner@demo.test').patch(`${base}/${own}`, { contactId: otherContact }).expect(404);
    expect(await demoDeals()).toBe(before);
    expect((await s.dataSource.getRepository(Deal).findOneByOrFail({ id: own })).contactId).not.toBe(otherContact);
  });
});
