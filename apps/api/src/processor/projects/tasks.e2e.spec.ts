import type { FindOptionsWhere } from 'typeorm';
import { User } from '../../controller/accounts/user.entity';
import { type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { Contact } from '../crm/contact.entity';
import { Project } from './project.entity';
import { Task } from './task.entity';

describe('/workspaces/:workspaceId/tasks (purpose service.projects)', () => {
  let s: SeededApp;
  let base: string;
  let project: string;
  let contact: string;
  let member: string;
  let otherProject: string;
  let otherContact: string;
  let otherTask: string;
  let otherOwner: string;
  const demoTasks = (where: FindOptionsWhere<Task> = {}) => s.dataSource.getRepository(Task).countBy({ workspaceId: s.demo, ...where });

  beforeAll(async () => {
    s = await startSeededApp();
    base = `/workspaces/${s.demo}/tasks`;
    const repo = <T extends object>(entity: new () => T) => s.dataSource.getRepository(entity);
    project = (await repo(Project).findOneByOrFail({ workspaceId: s.demo })).id;
    contact = (await repo(Contact).findOneByOrFail({ workspaceId: s.demo })).id;
    member = (await repo(User).findOneByOrFail({ email: 'member@demo.test' })).id;
    otherProject = (await repo(Project).findOneByOrFail({ workspaceId: s.other })).id;
    otherContact = (await repo(Contact).findOneByOrFail({ workspaceId: s.other })).id;
    otherTask = (await repo(Task).findOneByOrFail({ workspaceId: s.other })).id;
    otherOwner = (await repo(User).findOneByOrFail({ email: 'owner@other.test' })).id;
  });
  afterAll(async () => {
    await s?.close();
  });

  it('pages through the workspace\'s tasks, soonest due first, with the total', async () => {
    const first = await s.as('viewer@demo.test').get(`${base}?pageSize=6`).expect(200);
    const second = await s.as('viewer@demo.test').get(`${base}?pageSize=6&page=2`).expect(200);
    expect(first.body).toMatchObject({ page: 1, pageSize: 6, total: await demoTasks() });
    const expected = await s.dataSource.getRepository(Task).find({ where: { workspaceId: s.demo }, order: { dueAt: 'ASC', id: 'ASC' }, take: 12 });
    expect([...first.body.items, ...second.body.items].map((t: Task) => t.id)).toEqual(expected.map((t) => t.id));
  });

  it('filters by status, project, assignee and contact, and validates the query (400 with messages)', async () => {
    const todo = await s.as('member@demo.test').get(`${base}?status=todo&projectId=${project}&assigneeUserId=${member}&pageSize=100`).expect(200);
    expect(todo.body.total).toBe(await demoTasks({ status: 'todo', projectId: project, assigneeUserId: member }));
    expect(todo.body.items.every((t: Task) => t.status === 'todo' && t.projectId === project && t.assigneeUserId === member)).toBe(true);
    const linked = (await s.dataSource.getRepository(Task).findOneByOrFail({ workspaceId: s.demo, status: 'done' }));
    const about = await s.as('member@demo.test').get(`${base}?status=done&contactId=${linked.contactId ?? contact}`).expect(200);
    expect(about.body.total).toBe(await demoTasks({ status: 'done', contactId: linked.contactId ?? contact }));
    await s.as('member@demo.test').get(`${base}?projectId=${otherProject}`).expect(200).expect((r) => expect(r.body.total).toBe(0));
    const bad = await s.as('member@demo.test').get(`${base}?status=blocked&assigneeUserId=me&page=-1`).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining([
      'status must be one of the following values: todo, in_progress, done',
      'assigneeUserId must be a UUID',
      'page must not be less than 1',
    ]));
  });

  it('creates, reads, updates and deletes a task as owner', async () => {
    const created = await s.as('owner@demo.test').post(base, { projectId: project, title: 'Send the proposal', contactId: contact, assigneeUserId: member, dueAt: '2027-01-15T09:00:00Z' }).expect(201);
    expect(created.body).toMatchObject({ projectId: project, title: 'Send the proposal', contactId: contact, assigneeUserId: member, status: 'todo', workspaceId: s.demo });
    const id = created.body.id as string;
    await s.as('viewer@demo.test').get(`${base}/${id}`).expect(200).expect((r) => expect(r.body.title).toBe('Send the proposal'));
    const updated = await s.as('owner@demo.test').patch(`${base}/${id}`, { status: 'done', completedAt: '2027-01-14T17:00:00Z', contactId: null }).expect(200);
    expect(updated.body).toMatchObject({ id, status: 'done', contactId: null, title: 'Send the proposal' });
    expect(new Date(updated.body.completedAt).toISOString()).toBe('2027-01-14T17:00:00.000Z');
    await s.as('owner@demo.test').delete(`${base}/${id}`).expect(204);
    await s.as('owner@demo.test').get(`${base}/${id}`).expect(404);
  });

  it('validates bodies: project and title required, shapes, no null for NOT NULL columns, no workspaceId or id', async () => {
    const res = await s.as('member@demo.test').post(base, { status: 'blocked', dueAt: 'tomorrow', workspaceId: s.other, id: otherTask }).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([
      'projectId should not be null or undefined',
      'title should not be null or undefined',
      'status must be one of the following values: todo, in_progress, done',
      'dueAt must be a valid ISO 8601 date string',
      'property workspaceId should not exist',
      'property id should not exist',
    ]));
    const own = (await s.dataSource.getRepository(Task).findOneByOrFail({ workspaceId: s.demo })).id;
    const nulls = await s.as('member@demo.test').patch(`${base}/${own}`, { projectId: null, status: null }).expect(400);
    expect(nulls.body.message).toEqual(expect.arrayContaining(['projectId should not be null or undefined', 'status must be one of the following values: todo, in_progress, done']));
  });

  it('lets members create and update but not delete; viewers only read (403)', async () => {
    const created = await s.as('member@demo.test').post(base, { projectId: project, title: 'Member task' }).expect(201);
    await s.as('member@demo.test').patch(`${base}/${created.body.id}`, { status: 'in_progress' }).expect(200);
    await s.as('member@demo.test').delete(`${base}/${created.body.id}`).expect(403);
    await s.as('viewer@demo.test').post(base, { projectId: project, title: 'Viewer task' }).expect(403);
    await s.as('viewer@demo.test').patch(`${base}/${created.body.id}`, { status: 'done' }).expect(403);
    expect(await s.dataSource.getRepository(Task).findOneByOrFail({ id: created.body.id })).toMatchObject({ title: 'Member task', status: 'in_progress' });
    expect(await demoTasks({ title: 'Viewer task' })).toBe(0);
  });

  it('answers 403 naming a task field the workspace hides from members when a body sets it', async () => {
    const restrictions = `/workspaces/${s.demo}/field-restrictions`;
    await s.as('owner@demo.test').put(restrictions, { hidden: { member: { Task: ['description'] } } }).expect(200);
    try {
      const res = await s.as('member@demo.test').post(base, { projectId: project, title: 'Hidden', description: 'secret' }).expect(403);
      expect(res.body.fields).toEqual(['description']);
      expect(await demoTasks({ title: 'Hidden' })).toBe(0);
    } finally {
      await s.as('owner@demo.test').put(restrictions, { hidden: {} }).expect(200);
    }
  });

  it('never reaches another workspace\'s task: 404 for get, patch and delete', async () => {
    await s.as('owner@demo.test').get(`${base}/${otherTask}`).expect(404);
    await s.as('owner@demo.test').patch(`${base}/${otherTask}`, { title: 'Hijacked' }).expect(404);
    await s.as('owner@demo.test').delete(`${base}/${otherTask}`).expect(404);
    await s.as('owner@other.test').get(base).expect(404);
    expect((await s.dataSource.getRepository(Task).findOneByOrFail({ id: otherTask })).title).not.toBe('Hijacked');
  });

  it('refuses another workspace\'s project, contact or user (404) and writes nothing', async () => {
    const before = await demoTasks();
    const p = await s.as('owner@demo.test').post(base, { projectId: otherProject, title: 'Linked' }).expect(404);
    expect(p.body.message).toBe('Project not found');
    await s.as('owner@demo.test').post(base, { projectId: project, title: 'Linked', contactId: otherContact }).expect(404);
    const u = await s.as('owner@demo.test').post(base, { projectId: project, title: 'Linked', assigneeUserId: otherOwner }).expect(404);
    expect(u.body.message).toBe('User not found');
    const own = (await s.dataSource.getRepository(Task).findOneByOrFail({ workspaceId: s.demo })).id;
    await s.as('owner@demo.test').patch(`${base}/${own}`, { projectId: otherProject }).expect(404);
    expect(await demoTasks()).toBe(before);
    expect((await s.dataSource.getRepository(Task).findOneByOrFail({ id: own })).projectId).not.toBe(otherProject);
  });
});
