import { randomUUID } from 'node:crypto';
import { startSeededApp, type SeededApp } from '../../../testing/seeded-app.fixture';
import { Contact } from '../../crm/contact.entity';

describe(`contact rectification on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let s: SeededApp;
  let contact: Contact;
  const path = (id: string, workspace = s.demo) => `/workspaces/${workspace}/subjects/${id}/rectification`;
  beforeAll(async () => {
    s = await startSeededApp();
    contact = await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.demo });
  }, 120_000);
  afterAll(() => s.close());

  it('corrects the contact through the CRM enforcement and audits it', async () => {
    const res = await s.as('admin@demo.test').patch(path(contact.id), { lastName: 'Corrected', phone: null }).expect(200);
    expect(res.body).toEqual(expect.objectContaining({ id: contact.id, lastName: 'Corrected', phone: null }));
    const row = await s.dataSource.getRepository(Contact).findOneByOrFail({ id: contact.id });
    expect([row.lastName, row.phone]).toEqual(['Corrected', null]);
  });

  it('answers 400 for invalid bodies, 404 for unknown, malformed or foreign contacts, 403 for members', async () => {
    await s.as('owner@demo.test').patch(path(contact.id), { email: 'not-an-email' }).expect(400);
    await s.as('owner@demo.test').patch(path(contact.id), { workspaceId: s.other }).expect(400);
    await s.as('owner@demo.test').patch(path(randomUUID()), { lastName: 'X' }).expect(404);
    await s.as('owner@demo.test').patch(path('nope'), { lastName: 'X' }).expect(404);
    await s.as('owner@other.test').patch(path(contact.id, s.other), { lastName: 'X' }).expect(404);
    await s.as('member@demo.test').patch(path(contact.id), { lastName: 'X' }).expect(403);
    expect((await s.dataSource.getRepository(Contact).findOneByOrFail({ id: contact.id })).lastName).toBe('Corrected');
  });
});
