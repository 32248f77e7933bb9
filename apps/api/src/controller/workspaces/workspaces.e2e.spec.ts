import request from 'supertest';
import { type DemoLogin, type SeededApp, startSeededApp } from '../../testing/seeded-app.fixture';
import { Membership } from './membership.entity';

describe('workspaces and memberships (purpose service.workspace)', () => {
  let s: SeededApp;
  let demo: string;
  let other: string;
  const as = (who: DemoLogin, purpose?: string) => s.as(who, purpose);
  const membershipOf = async (workspaceId: string, email: string) =>
    (await s.dataSource.getRepository(Membership).findOneOrFail({ where: { workspaceId, user: { email } }, relations: { user: true } })).id;

  beforeAll(async () => {
    s = await startSeededApp();
    ({ demo, other } = s);
  });
  afterAll(() => s?.close());

  it('lists the caller\'s workspaces with their role; creating one makes the caller its owner', async () => {
    expect((await as('member@demo.test').get('/workspaces').expect(200)).body).toEqual([{ id: demo, name: 'Demo', slug: 'demo', role: 'member' }]);
    const created = await as('viewer@demo.test').post('/workspaces', { name: 'Side project', slug: 'side-project' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Side project', slug: 'side-project', role: 'owner' });
    const mine = (await as('viewer@demo.test').get('/workspaces').expect(200)).body;
    expect(mine.map((w: { slug: string; role: string }) => `${w.slug}:${w.role}`)).toEqual(['demo:viewer', 'side-project:owner']);
    await as('viewer@demo.test').post('/workspaces', { name: 'Again', slug: 'side-project' }).expect(409);
    const bad = await as('viewer@demo.test').post('/workspaces', { name: '', slug: 'Not A Slug', plan: 'pro' }).expect(400);
    expect(bad.body.message).toEqual(expect.arrayContaining(['property plan should not exist']));
    await request(s.app.getHttpServer()).get('/workspaces').expect(401);
  });

  it('shows a workspace to any member, 404 to others; only owners and admins rename it (403 naming the roles)', async () => {
    expect((await as('viewer@demo.test').get(`/workspaces/${demo}`).expect(200)).body).toMatchObject({ id: demo, name: 'Demo', slug: 'demo' });
    await as('owner@other.test').get(`/workspaces/${demo}`).expect(404);
    const denied = await as('member@demo.test').patch(`/workspaces/${demo}`, { name: 'Mine now' }).expect(403);
    expect(denied.body).toMatchObject({ role: 'member', allowedRoles: ['owner', 'admin'] });
    expect(denied.body.message).toContain('member');
    expect((await as('admin@demo.test').patch(`/workspaces/${demo}`, { name: 'Demo Inc' }).expect(200)).body).toMatchObject({ id: demo, name: 'Demo Inc' });
    await as('admin@demo.test').patch(`/workspaces/${demo}`, { slug: 'other' }).expect(409);
    await as('owner@other.test').patch(`/workspaces/${demo}`, { name: 'Hijacked' }).expect(404);
  });

  it('lists members to any member and never across workspaces', async () => {
    const members = (await as('viewer@demo.test').get(`/workspaces/${demo}/members`).expect(200)).body;
    expect(members.map((m: { role: string }) => m.role).sort()).toEqual(['admin', 'member', 'owner', 'viewer']);
    expect(members.every((m: { workspaceId: string }) => m.workspaceId === demo)).toBe(true);
    await as('owner@other.test').get(`/workspaces/${demo}/members`).expect(404);
  });

  it('adds, changes and removes members behind the owner/admin gate', async () => {
    await as('member@demo.test').post(`/workspaces/${demo}/members`, { email: 'owner@other.test', role: 'viewer' }).expect(403);
    const missing = await as('admin@demo.test').post(`/workspaces/${demo}/members`, { email: 'nobody@demo.test', role: 'viewer' }).expect(404);
    expect(missing.body.message).toMatch(/No account/);
    await as('admin@demo.test').post(`/workspaces/${demo}/members`, { email: 'owner@other.test', role: 'owner' }).expect(403);
    await as('admin@demo.test').post(`/workspaces/${demo}/members`, { email: 'owner@other.test', role: 'superuser' }).expect(400);
    const added = await as('admin@demo.test').post(`/workspaces/${demo}/members`, { email: 'OWNER@other.test', role: 'viewer' }).expect(201);
    expect(added.body).toMatchObject({ workspaceId: demo, role: 'viewer' });
    await as('admin@demo.test').post(`/workspaces/${demo}/members`, { email: 'owner@other.test', role: 'member' }).expect(409);
    expect((await as('owner@other.test', 'service.crm').get(`/workspaces/${demo}/contacts?pageSize=1`).expect(200)).body.items).toHaveLength(1);
    expect((await as('admin@demo.test').patch(`/workspaces/${demo}/members/${added.body.id}`, { role: 'member' }).expect(200)).body.role).toBe('member');
    await as('viewer@demo.test').delete(`/workspaces/${demo}/members/${added.body.id}`).expect(403);
    await as('owner@other.test').delete(`/workspaces/${other}/members/${added.body.id}`).expect(404);
    await as('admin@demo.test').delete(`/workspaces/${demo}/members/${added.body.id}`).expect(204);
    await as('owner@other.test').get(`/workspaces/${demo}/members`).expect(404);
  });

  it('protects owners from admins and never leaves a workspace without an owner', async () => {
    const owner = await membershipOf(demo, 'owner@demo.test');
    const admin = await membershipOf(demo, 'admin@demo.test');
    await as('admin@demo.test').patch(`/workspaces/${demo}/members/${owner}`, { role: 'member' }).expect(403);
    await as('admin@demo.test').delete(`/workspaces/${demo}/members/${owner}`).expect(403);
    const demote = await as('owner@demo.test').patch(`/workspaces/${demo}/members/${owner}`, { role: 'admin' }).expect(409);
    expect(demote.body.message).toMatch(/last owner/);
    expect((await as('owner@demo.test').delete(`/workspaces/${demo}/members/${owner}`).expect(409)).body.message).toMatch(/last owner/);
    await as('owner@demo.test').patch(`/workspaces/${demo}/members/${admin}`, { role: 'owner' }).expect(200);
    await as('owner@demo.test').patch(`/workspaces/${demo}/members/${owner}`, { role: 'admin' }).expect(200);
    await as('admin@demo.test').delete(`/workspaces/${demo}/members/${admin}`).expect(409);
    await as('admin@demo.test').get(`/workspaces/${demo}/members/not-a-uuid`).expect(404);
  });
});
