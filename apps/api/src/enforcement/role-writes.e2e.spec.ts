import { type DemoLogin, type SeededApp, startSeededApp } from '../testing/seeded-app.fixture';
import { apiRoutes } from './api-routes.fixture';
import { expectedFields } from './field-oracle.util';
import { readAllPages } from './list-pages.fixture';
import { workspaceRows } from './subject-facts.fixture';
import { createBody, editBody, hideableProperty } from './write-bodies.fixture';
import { type WorkspaceResource, workspaceResources } from './workspace-resources.fixture';

/** Expected status per Demo role for create, update and delete (policy §5.3 role defaults). */
const EXPECTED: Readonly<Record<string, { create: number; update: number; remove: number }>> = {
  'owner@demo.test': { create: 201, update: 200, remove: 204 },
  'admin@demo.test': { create: 201, update: 200, remove: 204 },
  'member@demo.test': { create: 201, update: 200, remove: 403 },
  'viewer@demo.test': { create: 403, update: 403, remove: 403 },
};
const sortedKeys = (row: object) => Object.keys(row).sort().join(',');

describe('write matrix of every workspace resource: role × create/update/delete, other workspace, hidden body fields', () => {
  let s: SeededApp;
  let writable: WorkspaceResource[];
  const at = (r: WorkspaceResource, id?: string, workspace = s.demo) => `/workspaces/${workspace}/${r.segment}${id === undefined ? '' : `/${id}`}`;

  beforeAll(async () => {
    s = await startSeededApp();
    writable = workspaceResources(apiRoutes(s.app), s.dataSource).resources.filter((r) => r.create !== undefined && r.update !== undefined && r.remove !== undefined);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('finds the CRUD resources from the running app', () => {
    expect(writable.map((r) => r.segment).sort()).toEqual(expect.arrayContaining(['companies', 'contacts', 'deals', 'notes', 'tasks']));
  });

  it('lets owners and admins create, update and delete, members create and update, viewers nothing (403), under every write purpose', async () => {
    const mismatches: string[] = [];
    for (const r of writable) {
      const [row] = await workspaceRows(s.dataSource, r.entity, s.demo);
      for (const purpose of r.create!.purposes) {
        const fields = expectedFields(r.entity, purpose).join(',');
        for (const [who, want] of Object.entries(EXPECTED)) {
          const as = s.as(who as DemoLogin, purpose);
          const before = (await workspaceRows(s.dataSource, r.entity, s.demo)).length;
          const created = await as.post(at(r), createBody(r, row));
          if (created.status !== want.create) mismatches.push(`${who} ${purpose} POST ${r.segment}: ${created.status}`);
          else if (want.create === 201 && sortedKeys(created.body as object) !== fields) mismatches.push(`${who} POST ${r.segment} keys ${sortedKeys(created.body as object)}`);
          const target = want.create === 201 ? String(created.body.id) : String(row.id);
          const edit = editBody(r, row);
          const updated = await as.patch(at(r, target), edit);
          if (updated.status !== want.update) mismatches.push(`${who} ${purpose} PATCH ${r.segment}: ${updated.status}`);
          else if (want.update === 200 && updated.body[Object.keys(edit)[0]] !== Object.values(edit)[0]) mismatches.push(`${who} PATCH ${r.segment} not applied`);
          const removed = await as.delete(at(r, target));
          if (removed.status !== want.remove) mismatches.push(`${who} ${purpose} DELETE ${r.segment}: ${removed.status}`);
          const after = (await workspaceRows(s.dataSource, r.entity, s.demo)).length;
          const delta = (want.create === 201 ? 1 : 0) - (want.remove === 204 ? 1 : 0);
          if (after !== before + delta) mismatches.push(`${who} ${r.segment}: ${after - before} rows added, expected ${delta}`);
          if (want.remove === 204 && (await as.get(at(r, target))).status !== 404) mismatches.push(`${who} ${r.segment}: deleted row still readable`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers 404 to owner@other.test for writes into Demo or on Demo rows, and changes nothing', async () => {
    const mismatches: string[] = [];
    for (const r of writable) {
      const rows = await workspaceRows(s.dataSource, r.entity, s.demo);
      const other = s.as('owner@other.test', r.create!.purposes[0]);
      const statuses = [
        (await other.post(at(r), createBody(r, rows[0]))).status,
        (await other.patch(at(r, String(rows[0].id)), editBody(r, rows[0]))).status,
        (await other.delete(at(r, String(rows[0].id)))).status,
        (await other.patch(at(r, String(rows[0].id), s.other), editBody(r, rows[0]))).status,
        (await other.delete(at(r, String(rows[0].id), s.other))).status,
      ];
      if (statuses.some((status) => status !== 404)) mismatches.push(`${r.segment}: ${statuses.join(', ')}`);
      const now = await workspaceRows(s.dataSource, r.entity, s.demo);
      if (JSON.stringify(now) !== JSON.stringify(rows)) mismatches.push(`${r.segment}: Demo rows changed`);
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses (403 naming it) a body field the workspace hides from members, and stops listing it to them only', async () => {
    const checked: string[] = [];
    for (const r of writable) {
      const purpose = r.create!.purposes[0];
      const rows = await workspaceRows(s.dataSource, r.entity, s.demo);
      const hide = hideableProperty(r, rows, purpose);
      if (hide === undefined) continue;
      const entity = r.entity.name;
      await s.as('admin@demo.test').put(`/workspaces/${s.demo}/field-restrictions`, { hidden: { member: { [entity]: [hide.property] } } }).expect(200);
      try {
        const member = s.as('member@demo.test', purpose);
        const created = await member.post(at(r), { ...createBody(r, rows[0]), [hide.property]: hide.value }).expect(403);
        expect([r.segment, created.body.fields]).toEqual([r.segment, [hide.property]]);
        const patched = await member.patch(at(r, String(rows[0].id)), { [hide.property]: hide.value }).expect(403);
        expect([r.segment, patched.body.fields]).toEqual([r.segment, [hide.property]]);
        expect(await workspaceRows(s.dataSource, r.entity, s.demo)).toEqual(rows);
        const listed = await readAllPages(member, r.list!, s.demo);
        expect([r.segment, listed.status]).toEqual([r.segment, 200]);
        expect(new Set(listed.items.map(sortedKeys))).toEqual(new Set([expectedFields(r.entity, purpose, [hide.property]).join(',')]));
        const byAdmin = await readAllPages(s.as('admin@demo.test', purpose), r.list!, s.demo);
        expect(new Set(byAdmin.items.map(sortedKeys))).toEqual(new Set([expectedFields(r.entity, purpose).join(',')]));
        checked.push(`${entity}.${hide.property}`);
      } finally {
        await s.as('admin@demo.test').put(`/workspaces/${s.demo}/field-restrictions`, { hidden: {} }).expect(200);
      }
    }
    expect(checked).toHaveLength(writable.length);
  });
});
