import request from 'supertest';
import type { FindOptionsWhere } from 'typeorm';
import { Membership } from '../../controller/workspaces/membership.entity';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { ContactConsent } from '../subjects/contact-consent.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';

/** Columns of Contact that are not personal data: every purpose may read them. */
const NOT_PERSONAL = ['id', 'createdAt', 'updatedAt', 'workspaceId', 'companyId', 'ownerUserId'];
const keysOf = (rows: object[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))].sort();

describe('/workspaces/:workspaceId/contacts (service.crm; reads also support, enrichment, campaigns)', () => {
  let s: SeededApp;
  let base: string;
  let otherContact: string;
  let otherCompany: string;
  const crm = (who: Parameters<SeededApp['as']>[0]) => s.as(who, 'service.crm');
  const demoContacts = (where: FindOptionsWhere<Contact> = {}) => s.dataSource.getRepository(Contact).countBy({ workspaceId: s.demo, ...where });

  beforeAll(async () => {
    s = await startSeededApp();
    base = `/workspaces/${s.demo}/contacts`;
    otherContact = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.other })).id;
    otherCompany = (await s.dataSource.getRepository(Company).findOneByOrFail({ workspaceId: s.other })).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists a page of the workspace\'s own contacts with every CRM field under service.crm', async () => {
    const res = await crm('member@demo.test').get(`${base}?pageSize=100`).expect(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 100, total: await demoContacts() });
    expect(res.body.items).toHaveLength(100);
    for (const c of res.body.items) expect(c.workspaceId).toBe(s.demo);
    expect(keysOf(res.body.items)).toEqual(expect.arrayContaining(['firstName', 'email', 'phone', 'lifecycleStage', 'jobTitle']));
    const next = await crm('member@demo.test').get(`${base}?pageSize=100&page=2`).expect(200);
    const ids = new Set([...res.body.items, ...next.body.items].map((c: Contact) => c.id));
    expect(ids.size).toBe(200);
  });

  it('filters by lifecycle stage and company inside the workspace and validates the query (400 with messages)', async () => {
    const leads = await crm('viewer@demo.test').get(`${base}?lifecycleStage=lead&pageSize=100`).expect(200);
    expect(leads.body.total).toBe(await demoContacts({ lifecycleStage: 'lead' }));
    expect(leads.body.items.every((c: Contact) => c.lifecycleStage === 'lead')).toBe(true);
    const company = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.demo, lifecycleStage: 'lead' })).companyId;
    if (company !== null) {
      const ofCompany = await crm('viewer@demo.test').get(`${base}?companyId=${company}`).expect(200);
      expect(ofCompany.body.total).toBe(await demoContacts({ companyId: company }));
    }
    await crm('viewer@demo.test').get(`${base}?companyId=${otherCompany}`).expect(200).expect((r) => expect(r.body.total).toBe(0));
    const bad = await crm('viewer@demo.test').get(`${base}?pageSize=1000&sort=email&lifecycleStage=vip`).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([
      'pageSize must not be greater than 100',
      'property sort should not exist',
      'lifecycleStage must be one of the following values: subscriber, lead, qualified, opportunity, customer, churned, disqualified',
    ]));
  });

  it('makes the client choose among the read purposes (400 listing them) and allows only service.crm for writes', async () => {
    const none = await s.as('member@demo.test').get(base).expect(400);
    expect(none.body.allowedPurposes).toEqual(['service.crm', 'support', 'enrichment', 'service.communications.campaigns']);
    await s.as('member@demo.test', 'marketing').get(base).expect(400);
    await s.as('member@demo.test').post(base, { firstName: 'Ada' }).expect(201);
    const write = await s.as('member@demo.test', 'support').post(base, { firstName: 'Ada' }).expect(400);
    expect(write.body.allowedPurposes).toEqual(['service.crm']);
  });

  it('answers with only name and email under support, only email under enrichment (data minimisation)', async () => {
    const support = await s.as('member@demo.test', 'support').get(`${base}?pageSize=50`).expect(200);
    expect(keysOf(support.body.items)).toEqual([...NOT_PERSONAL, 'email', 'firstName', 'lastName'].sort());
    const one = support.body.items[0] as Contact;
    const single = await s.as('member@demo.test', 'support').get(`${base}/${one.id}`).expect(200);
    expect(Object.keys(single.body).sort()).toEqual([...NOT_PERSONAL, 'email', 'firstName', 'lastName'].sort());
    const enrichment = await s.as('member@demo.test', 'enrichment').get(`${base}/${one.id}`).expect(200);
    expect(Object.keys(enrichment.body).sort()).toEqual([...NOT_PERSONAL, 'email'].sort());
    expect(enrichment.body.email).toBe(one.email);
  });

  it('shows campaigns only consenting contacts, with name, email and the do-not-contact flag only', async () => {
    const contact = await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.demo, lifecycleStage: 'customer' });
    const owner = (await s.dataSource.getRepository(Membership).findOneByOrFail({ workspaceId: s.demo, role: 'owner' })).userId;
    await s.dataSource.getRepository(ContactConsent).insert({ workspaceId: s.demo, contactId: contact.id, purpose: 'service.communications.campaigns', granted: true, method: 'web_form', recordedByUserId: owner });
    const res = await s.as('member@demo.test', 'service.communications.campaigns').get(`${base}/${contact.id}`).expect(200);
    expect(Object.keys(res.body).sort()).toEqual([...NOT_PERSONAL, 'doNotContact', 'email', 'firstName', 'lastName'].sort());
    expect(res.body).toMatchObject({ firstName: contact.firstName, email: contact.email });
    const list = await s.as('member@demo.test', 'service.communications.campaigns').get(base).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: contact.id }] });
  });

  it('answers 403 naming a field the purpose may not read when a filter names it', async () => {
    const res = await s.as('member@demo.test', 'support').get(`${base}?lifecycleStage=lead`).expect(403);
    expect(res.body.fields).toEqual(['lifecycleStage']);
  });

  it('creates, reads, updates and deletes a contact as owner', async () => {
    const created = await crm('owner@demo.test').post(base, { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test', lifecycleStage: 'qualified', doNotContact: true }).expect(201);
    expect(created.body).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test', lifecycleStage: 'qualified', doNotContact: true, workspaceId: s.demo });
    const id = created.body.id as string;
    await crm('viewer@demo.test').get(`${base}/${id}`).expect(200).expect((r) => expect(r.body.email).toBe('ada@example.test'));
    const updated = await crm('owner@demo.test').patch(`${base}/${id}`, { jobTitle: 'Analyst', email: null, lifecycleStage: 'customer' }).expect(200);
    expect(updated.body).toMatchObject({ id, jobTitle: 'Analyst', email: null, lifecycleStage: 'customer', firstName: 'Ada' });
    await crm('owner@demo.test').delete(`${base}/${id}`).expect(204);
    await crm('owner@demo.test').get(`${base}/${id}`).expect(404);
  });

  it('validates bodies: shapes, required firstName, no null for NOT NULL columns, no workspaceId or id', async () => {
    const res = await crm('member@demo.test').post(base, { email: 'not-an-email', lifecycleStage: 'vip', doNotContact: 'yes', workspaceId: s.other, id: otherContact }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([
      'firstName should not be null or undefined',
      'email must be an email',
      'doNotContact must be a boolean value',
      'property workspaceId should not exist',
      'property id should not exist',
    ]));
    const own = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.demo })).id;
    const nulls = await crm('member@demo.test').patch(`${base}/${own}`, { firstName: null, lifecycleStage: null }).expect(400);
    expect(nulls.body.message).toEqual(expect.arrayContaining(['firstName should not be null or undefined']));
  });

  it('lets members create and update but not delete; viewers only read (403)', async () => {
    const created = await crm('member@demo.test').post(base, { firstName: 'Grace' }).expect(201);
    await crm('member@demo.test').patch(`${base}/${created.body.id}`, { lastName: 'Hopper' }).expect(200);
    await crm('member@demo.test').delete(`${base}/${created.body.id}`).expect(403);
    await crm('viewer@demo.test').post(base, { firstName: 'Viewer' }).expect(403);
    await crm('viewer@demo.test').patch(`${base}/${created.body.id}`, { lastName: 'Changed' }).expect(403);
    expect(await s.dataSource.getRepository(Contact).findOneByOrFail({ id: created.body.id })).toMatchObject({ firstName: 'Grace', lastName: 'Hopper' });
    expect(await demoContacts({ firstName: 'Viewer' })).toBe(0);
  });

  it('never reveals another workspace: 404 for its list and for its rows, 401 without a token', async () => {
    await crm('owner@other.test').get(base).expect(404);
    await crm('owner@demo.test').get(`${base}/${otherContact}`).expect(404);
    await crm('owner@demo.test').patch(`${base}/${otherContact}`, { firstName: 'Hijacked' }).expect(404);
    await crm('owner@demo.test').delete(`${base}/${otherContact}`).expect(404);
    expect((await s.dataSource.getRepository(Contact).findOneByOrFail({ id: otherContact })).firstName).not.toBe('Hijacked');
    const own = await crm('owner@other.test').get(`/workspaces/${s.other}/contacts/${otherContact}`).expect(200);
    expect(own.body.id).toBe(otherContact);
    await s.as('owner@demo.test', 'service.crm').get(`${base}/not-a-uuid`).expect(400);
    await request(s.app.getHttpServer()).get(base).set('X-Purpose', 'service.crm').expect(401);
  });

  it('refuses a company or owner of another workspace (404) and writes nothing', async () => {
    const before = await demoContacts();
    const company = await crm('owner@demo.test').post(base, { firstName: 'Linked', companyId: otherCompany }).expect(404);
    expect(company.body.message).toBe('Company not found');
    const otherOwner = (await s.dataSource.getRepository(Membership).findOneByOrFail({ workspaceId: s.other })).userId;
    await crm('owner@demo.test').post(base, { firstName: 'Linked', ownerUserId: otherOwner }).expect(404);
    const own = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.demo })).id;
    await crm('owner@demo.test').patch(`${base}/${own}`, { companyId: otherCompany }).expect(404);
    expect(await demoContacts()).toBe(before);
  });

  it('answers 403 naming the fields the workspace hides from members when a body sets them (DTOs check shape only)', async () => {
    const restrictions = `/workspaces/${s.demo}/field-restrictions`;
    await s.as('owner@demo.test').put(restrictions, { hidden: { member: { Contact: ['phone', 'jobTitle'] } } }).expect(200);
    const own = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.demo })).id;
    try {
      const created = await crm('member@demo.test').post(base, { firstName: 'Hedy', phone: '+1 555 0101' }).expect(403);
      expect(created.body.fields).toEqual(['phone']);
      const patched = await crm('member@demo.test').patch(`${base}/${own}`, { lastName: 'Lamarr', jobTitle: 'CEO', phone: null }).expect(403);
      expect([...patched.body.fields].sort()).toEqual(['jobTitle', 'phone']);
      expect((await s.dataSource.getRepository(Contact).findOneByOrFail({ id: own })).lastName).not.toBe('Lamarr');
      const allowed = await crm('member@demo.test').post(base, { firstName: 'Hedy' }).expect(201);
      expect(allowed.body).not.toHaveProperty('phone');
      await crm('owner@demo.test').patch(`${base}/${own}`, { jobTitle: 'CEO' }).expect(200);
    } finally {
      await s.as('owner@demo.test').put(restrictions, { hidden: {} }).expect(200);
    }
  });
});
