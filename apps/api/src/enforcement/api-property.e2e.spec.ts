import { getMetadataStorage } from '@lawful/annotations';
import fc from 'fast-check';
import { type DemoLogin, DEMO_LOGINS, type SeededApp, startSeededApp } from '../testing/seeded-app.fixture';
import { apiRoutes } from './api-routes.fixture';
import { dtoRules } from './dto-rules.util';
import { expectedFields } from './field-oracle.util';
import { type GeneratedParam, queryParams, queryString } from './query-arbitrary.util';
import { type SubjectFacts, visibleIds } from './row-oracle.util';
import { recordSubjectFacts, workspaceRows } from './subject-facts.fixture';
import { type WorkspaceResource, workspaceResources } from './workspace-resources.fixture';

type Row = Record<string, unknown>;
/** Purposes a client may name but no read route allows: one registered, one unknown. */
const FOREIGN_PURPOSES = ['marketing', 'no.such.purpose'];
const sortedKeys = (row: object) => Object.keys(row).sort().join(',');

describe('API properties (fast-check): random role, route, purpose and query never leak a field or another workspace\'s row', () => {
  let s: SeededApp;
  let resources: WorkspaceResource[];
  let facts: SubjectFacts;
  const rows = new Map<string, Row[]>(); // `${segment} ${workspaceId}` → rows
  const workspaceOf = (who: DemoLogin) => (who === 'owner@other.test' ? s.other : s.demo);
  const visible = (r: WorkspaceResource, workspace: string, purpose: string) => visibleIds(r.entity, rows.get(`${r.segment} ${workspace}`) ?? [], purpose, facts);
  const idsOf = (r: WorkspaceResource, ws: string) => {
    const ids = (rows.get(`${r.segment} ${ws}`) ?? []).map((row) => String(row.id));
    return ids.length > 0 ? [fc.constantFrom(...ids)] : [];
  };
  const purposeChoice = (r: WorkspaceResource, route: 'list' | 'get') => {
    const allowed = r[route]!.purposes;
    return fc.oneof(
      { arbitrary: fc.constantFrom(...allowed).map((purpose) => ({ header: purpose as string | undefined, purpose, valid: true })), weight: 8 },
      { arbitrary: fc.constantFrom(...FOREIGN_PURPOSES).map((header) => ({ header: header as string | undefined, purpose: allowed[0], valid: false })), weight: 1 },
      { arbitrary: fc.constant({ header: undefined as string | undefined, purpose: allowed[0], valid: allowed.length === 1 }), weight: 1 },
    );
  };

  beforeAll(async () => {
    s = await startSeededApp();
    resources = workspaceResources(apiRoutes(s.app), s.dataSource).resources;
    for (const r of resources) for (const ws of [s.demo, s.other]) rows.set(`${r.segment} ${ws}`, await workspaceRows(s.dataSource, r.entity, ws));
    const purposes = resources.flatMap((r) => r.list?.purposes ?? []);
    const basis = (p: string) => getMetadataStorage().registry.purposes.get(p)?.legalBasis;
    facts = await recordSubjectFacts(s, purposes.find((p) => basis(p) === 'consent')!, purposes.find((p) => basis(p) === 'legitimate_interests')!);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists: 400 exactly for invalid input, 403 exactly for filters on unpermitted fields, else only permitted fields of own visible rows', async () => {
    const ids = [...rows.values()].flatMap((list) => list.slice(0, 5).map((row) => String(row.id)));
    const samples = (r: WorkspaceResource) => (property: string) => {
      const stored = [s.demo, s.other].flatMap((ws) => (rows.get(`${r.segment} ${ws}`) ?? []).slice(0, 15).map((row) => row[property]));
      return [...new Set([...stored.filter((v): v is string => typeof v === 'string' && v !== ''), ...ids])];
    };
    const listed = resources.filter((r) => r.list !== undefined);
    const input = fc.constantFrom(...listed).chain((r) => fc.record({
      segment: fc.constant(r.segment),
      who: fc.constantFrom(...DEMO_LOGINS),
      purpose: purposeChoice(r, 'list'),
      params: r.list!.query === undefined ? fc.constant<GeneratedParam[]>([]) : queryParams(dtoRules(r.list!.query), samples(r)),
    }));
    await fc.assert(fc.asyncProperty(input, async ({ segment, who, purpose, params }) => {
      const r = listed.find((x) => x.segment === segment)!;
      const workspace = workspaceOf(who);
      const url = `${r.list!.path.replace(':workspaceId', workspace)}${queryString(params)}`;
      const res = await s.as(who, purpose.header).get(url);
      const invalid = !purpose.valid || params.some((p) => !p.valid);
      if (invalid) return void expect([url, res.status]).toEqual([url, 400]);
      const permitted = expectedFields(r.entity, purpose.purpose);
      const fieldNames = new Set(getMetadataStorage().fieldsOf(r.entity as never).map((f) => f.property));
      const forbidden = params.map((p) => p.property).filter((p) => fieldNames.has(p) && !permitted.includes(p));
      if (forbidden.length > 0) {
        expect([url, res.status]).toEqual([url, 403]);
        return void expect([...(res.body.fields as string[])].sort()).toEqual(forbidden.sort());
      }
      expect([url, res.status, res.body.message]).toEqual([url, 200, undefined]);
      const items = (Array.isArray(res.body) ? res.body : res.body.items) as Row[];
      const own = visible(r, workspace, purpose.purpose);
      for (const item of items) {
        expect(sortedKeys(item)).toBe(permitted.join(','));
        expect(own.has(String(item.id))).toBe(true);
        if ('workspaceId' in item) expect(item.workspaceId).toBe(workspace);
        for (const p of params.filter((x) => permitted.includes(x.property) && x.property !== 'id')) expect(String(item[p.property])).toBe(p.value);
      }
    }), { numRuns: 60 });
  });

  it('get by id: 200 with the permitted fields only for the caller\'s own visible rows, 404 for every other id', async () => {
    const gettable = resources.filter((r) => r.get !== undefined);
    const input = fc.constantFrom(...gettable).chain((r) => fc.record({
      segment: fc.constant(r.segment),
      who: fc.constantFrom(...DEMO_LOGINS),
      purpose: fc.constantFrom(...r.get!.purposes),
      id: fc.oneof(...[s.demo, s.other].flatMap((ws) => idsOf(r, ws)), fc.uuid()),
      intoOther: fc.boolean(),
    }));
    await fc.assert(fc.asyncProperty(input, async ({ segment, who, purpose, id, intoOther }) => {
      const r = gettable.find((x) => x.segment === segment)!;
      const own = workspaceOf(who);
      const workspace = intoOther ? (own === s.demo ? s.other : s.demo) : own;
      const res = await s.as(who, purpose).get(r.get!.path.replace(':workspaceId', workspace).replace(':id', id));
      if (intoOther || !visible(r, own, purpose).has(id)) return void expect(res.status).toBe(404);
      expect(res.status).toBe(200);
      expect(sortedKeys(res.body as object)).toBe(expectedFields(r.entity, purpose).join(','));
      expect([res.body.id, res.body.workspaceId ?? own]).toEqual([id, own]);
    }), { numRuns: 60 });
  });
});
