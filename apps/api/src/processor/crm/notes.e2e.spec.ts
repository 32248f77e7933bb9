import { LawfulQuery } from '@lawful/nestjs';
import type { FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { User } from '../../controller/accounts/user.entity';
import { Contact } from './contact.entity';
import { Note } from './note.entity';
import { NoteContact } from './note-contact.entity';

describe('/workspaces/:workspaceId/notes (purpose service.crm)', () => {
  let s: SeededApp;
  let base: string;
  let ownContacts: string[];
  let otherContact: string;
  let otherNote: string;
  let member: string;
  const demoNotes = (where: FindOptionsWhere<Note> = {}) => s.dataSource.getRepository(Note).countBy({ workspaceId: s.demo, ...where });

  beforeAll(async () => {
    s = await startSeededApp();
    base = `/workspaces/${s.demo}/notes`;
    ownContacts = (await s.dataSource.getRepository(Contact).find({ where: { workspaceId: s.demo }, take: 2 })).map((c) => c.id);
    otherContact = (await s.dataSource.getRepository(Contact).findOneByOrFail({ workspaceId: s.other })).id;
    otherNote = (await s.dataSource.getRepository(Note).findOneByOrFail({ workspaceId: s.other })).id;
    member = (await s.dataSource.getRepository(User).findOneByOrFail({ email: 'member@demo.test' })).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it('pages through the workspace\'s notes with the total, and filters by author', async () => {
    const all = await s.as('viewer@demo.test').get(`${base}?pageSize=10`).expect(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 10, total: await demoNotes() });
    for (const n of all.body.items) expect(n.workspaceId).toBe(s.demo);
    const author = all.body.items[0].authorUserId as string;
    const byAuthor = await s.as('viewer@demo.test').get(`${base}?authorUserId=${author}&pageSize=100`).expect(200);
    expect(byAuthor.body.total).toBe(await demoNotes({ authorUserId: author }));
    expect(byAuthor.body.items.every((n: Note) => n.authorUserId === author)).toBe(true);
  });

  it('filters by a contact through its note links; another workspace\'s contact has none', async () => {
    const link = await s.dataSource.getRepository(NoteContact).findOneByOrFail({ workspaceId: s.demo });
    const linked = await s.dataSource.getRepository(NoteContact).findBy({ contactId: link.contactId });
    const res = await s.as('member@demo.test').get(`${base}?contactId=${link.contactId}`).expect(200);
    expect(res.body.total).toBe(linked.length);
    expect(res.body.items.map((n: Note) => n.id).sort()).toEqual(linked.map((l) => l.noteId).sort());
    await s.as('member@demo.test').get(`${base}?contactId=${otherContact}`).expect(200).expect((r) => expect(r.body).toMatchObject({ items: [], total: 0 }));
    const bad = await s.as('member@demo.test').get(`${base}?contactId=42&pageSize=0`).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining(['contactId must be a UUID', 'pageSize must not be less than 1']));
  });

  it('creates a note about contacts with the caller as author, then reads, updates and deletes it as owner', async () => {
    const created = await s.as('member@demo.test').post(base, { body: 'Met at the fair; wants the pilot.', contactIds: ownContacts }).expect(201);
    expect(created.body).toMatchObject({ body: 'Met at the fair; wants the pilot.', authorUserId: member, workspaceId: s.demo });
    const id = created.body.id as string;
    const links = await s.dataSource.getRepository(NoteContact).findBy({ noteId: id });
    expect(links.map((l) => l.contactId).sort()).toEqual([...ownContacts].sort());
    const about = await s.as('viewer@demo.test').get(`${base}?contactId=${ownContacts[1]}&pageSize=100`).expect(200);
    expect(about.body.items.map((n: Note) => n.id)).toContain(id);
    const updated = await s.as('owner@demo.test').patch(`${base}/${id}`, { body: 'Pilot signed.' }).expect(200);
    expect(updated.body).toMatchObject({ id, body: 'Pilot signed.', authorUserId: member });
    await s.as('owner@demo.test').delete(`${base}/${id}`).expect(204);
    await s.as('owner@demo.test').get(`${base}/${id}`).expect(404);
    expect(await s.dataSource.getRepository(NoteContact).countBy({ noteId: id })).toBe(0);
  });

  it('validates bodies: text required, no author, workspace or id, contact ids as unique uuids', async () => {
    const res = await s.as('member@demo.test').post(base, { authorUserId: member, workspaceId: s.other, id: otherNote, contactIds: ['x', 'x'] }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([
      'body should not be null or undefined',
      'property authorUserId should not exist',
      'property workspaceId should not exist',
      'property id should not exist',
      'each value in contactIds must be a UUID',
      'All contactIds\'s elements must be unique',
    ]));
    const own = (await s.dataSource.getRepository(Note).findOneByOrFail({ workspaceId: s.demo })).id;
    await s.as('member@demo.test').patch(`${base}/${own}`, { contactIds: ownContacts }).expect(400);
    await s.as('member@demo.test').patch(`${base}/${own}`, { body: null }).expect(400);
  });

  it('lets members write but not delete; viewers only read (403)', async () => {
    const own = (await s.dataSource.getRepository(Note).findOneByOrFail({ workspaceId: s.demo })).id;
    await s.as('member@demo.test').delete(`${base}/${own}`).expect(403);
    await s.as('viewer@demo.test').post(base, { body: 'Viewer note' }).expect(403);
    await s.as('viewer@demo.test').patch(`${base}/${own}`, { body: 'Changed by viewer' }).expect(403);
    await s.as('viewer@demo.test').delete(`${base}/${own}`).expect(403);
    expect(await demoNotes({ body: 'Viewer note' })).toBe(0);
    expect((await s.dataSource.getRepository(Note).findOneByOrFail({ id: own })).body).not.toBe('Changed by viewer');
  });

  it('never reaches another workspace: 404 for its notes, and for links to its contacts (nothing written)', async () => {
    await s.as('owner@demo.test').get(`${base}/${otherNote}`).expect(404);
    await s.as('owner@demo.test').patch(`${base}/${otherNote}`, { body: 'Hijacked' }).expect(404);
    await s.as('owner@demo.test').delete(`${base}/${otherNote}`).expect(404);
    const before = await demoNotes();
    const res = await s.as('owner@demo.test').post(base, { body: 'Linked', contactIds: [ownContacts[0], otherContact] }).expect(404);
    expect(res.body.message).toBe('Contact not found');
    expect(await demoNotes()).toBe(before);
    expect(await s.dataSource.getRepository(NoteContact).countBy({ contactId: otherContact, workspaceId: s.demo })).toBe(0);
  });

  it('writes a note and its links in one transaction: a failure on the second link leaves neither (500, nothing written)', async () => {
    const before = await demoNotes();
    const links = await s.dataSource.getRepository(NoteContact).countBy({ workspaceId: s.demo });
    const create = LawfulQuery.prototype.create;
    let linkWrites = 0;
    const spy = jest.spyOn(LawfulQuery.prototype, 'create').mockImplementation(function (this: LawfulQuery<ObjectLiteral>, ctx, values) {
      if ((values as { noteId?: string }).noteId !== undefined && ++linkWrites === 2) return Promise.reject(new Error('injected failure'));
      return create.call(this, ctx, values);
    });
    try {
      await s.as('member@demo.test').post(base, { body: 'Half-written', contactIds: ownContacts }).expect(500);
    } finally {
      spy.mockRestore();
    }
    expect(linkWrites).toBe(2);
    expect(await demoNotes()).toBe(before);
    expect(await s.dataSource.getRepository(NoteContact).countBy({ workspaceId: s.demo })).toBe(links);
    expect(await s.dataSource.getRepository(Note).countBy({ body: 'Half-written' })).toBe(0);
  });
});
