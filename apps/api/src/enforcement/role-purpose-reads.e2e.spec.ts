import { getMetadataStorage } from '@lawful/annotations';
import { AuditBuffer } from '@lawful/nestjs';
import { User } from '../controller/accounts/user.entity';
import { AccessAuditRecord } from '../processor/audit/access-audit-record.entity';
import { type DemoLogin, type SeededApp, startSeededApp } from '../testing/seeded-app.fixture';
import { apiRoutes } from './api-routes.fixture';
import { expectedFields } from './field-oracle.util';
import { readAllPages } from './list-pages.fixture';
import { NO_SUBJECT_FACTS, type SubjectFacts, visibleIds } from './row-oracle.util';
import { recordSubjectFacts, workspaceRows } from './subject-facts.fixture';
import { type WorkspaceResource, workspaceResources } from './workspace-resources.fixture';

const DEMO_ROLES: readonly DemoLogin[] = ['owner@demo.test', 'admin@demo.test', 'member@demo.test', 'viewer@demo.test'];
/** Purpose-bearing GET routes under a workspace that answer no entity rows, and why they are outside the matrix. */
const NOT_ROW_ROUTES: Readonly<Record<string, string>> = {
  'GET /workspaces/:workspaceId/export': 'streams every row of the workspace to its owners as CSV or JSON Lines (workspace-export.e2e.spec.ts)',
  'GET /workspaces/:workspaceId/field-restrictions': 'answers the workspace configuration (field-restrictions.e2e.spec.ts)',
  'GET /workspaces/:workspaceId/subjects/:contactId/access-log': 'answers audit entries about one contact (access-log.e2e.spec.ts)',
  'GET /workspaces/:workspaceId/subjects/:contactId/export': "answers one contact's export document with each value's facts (contact-export.e2e.spec.ts)",
  'GET /workspaces/:workspaceId/subjects/:contactId/erasure': 'answers the erasure dry run: steps and row counts, no values (contact-erasure.e2e.spec.ts)',
  'GET /workspaces/:workspaceId/erasure-certificates/:certificateId': 'answers a stored erasure certificate, no personal values (contact-erasure.e2e.spec.ts)',
  'GET /workspaces/:workspaceId/subjects/requests': 'answers request records with deadlines and classification (subject-requests.e2e.spec.ts)',
  'GET /workspaces/:workspaceId/subjects/requests/:requestId': 'answers one request record with its status history (subject-requests.e2e.spec.ts)',
  'GET /workspaces/:workspaceId/scoring/model': "answers the workspace's latest lead-scoring model: features and aggregate parameters (scoring.e2e.spec.ts)",
  'GET /workspaces/:workspaceId/contacts/:contactId/score': "answers one contact's latest score and explanation, read through LawfulQuery (scoring.e2e.spec.ts)",
  'GET /workspaces/:workspaceId/decisions': "answers the review gate's decisions of the request's purpose (decisions.e2e.spec.ts)",
  'GET /workspaces/:workspaceId/decisions/:decisionId': 'answers one decision as its reviewer sees it: inputs, explanation, reviews, effect (decisions.e2e.spec.ts)',
  'GET /workspaces/:workspaceId/decisions/:decisionId/timeline': "answers a decision's append-only timeline (decisions.e2e.spec.ts)",
  'GET /workspaces/:workspaceId/decisions/:decisionId/explanation': 'answers the Art. 22 explanation owed to the subject (decisions.e2e.spec.ts)',
};
const sortedKeys = (row: object) => Object.keys(row).sort().join(',');

describe('role × purpose matrix of every workspace read route (fields and rows against an oracle from the annotations)', () => {
  let s: SeededApp;
  let resources: WorkspaceResource[];
  let facts: SubjectFacts;
  const readPurposes = () => [...new Set(resources.flatMap((r) => [...(r.list?.purposes ?? []), ...(r.get?.purposes ?? [])]))];
  const basisOf = (purpose: string) => getMetadataStorage().registry.purposes.get(purpose)?.legalBasis;
  const cases = () => resources.flatMap((r) => (r.list?.purposes ?? r.get?.purposes ?? []).map((purpose) => ({ r, purpose })));

  beforeAll(async () => {
    s = await startSeededApp();
    const found = workspaceResources(apiRoutes(s.app), s.dataSource);
    resources = found.resources;
    const unmatchedReads = found.unmatched.filter((route) => route.method === 'GET').map((route) => `GET ${route.path}`);
    expect(unmatchedReads.sort()).toEqual(Object.keys(NOT_ROW_ROUTES).sort());
    const consent = readPurposes().find((p) => basisOf(p) === 'consent');
    const objectable = readPurposes().find((p) => basisOf(p) === 'legitimate_interests');
    if (consent === undefined || objectable === undefined) throw new Error('expected a consent and a legitimate-interest read purpose');
    facts = await recordSubjectFacts(s, consent, objectable);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('discovers the workspace resources from the running app, each with list and get routes and purposes', () => {
    expect(resources.map((r) => r.segment).sort()).toEqual(expect.arrayContaining(['companies', 'contacts', 'deals', 'members', 'notes', 'tasks']));
    for (const r of resources.filter((x) => x.segment !== 'members')) {
      expect(r.list?.purposes.length).toBeGreaterThan(0);
      expect(r.get?.purposes).toEqual(r.list?.purposes);
    }
    expect(cases().length).toBeGreaterThanOrEqual(resources.length + 3);
  });

  it('lists exactly the oracle rows of Demo with exactly the oracle fields, for every list route × purpose × Demo role', async () => {
    const mismatches: string[] = [];
    for (const { r, purpose } of cases().filter((c) => c.r.list !== undefined)) {
      const expectedIds = visibleIds(r.entity, await workspaceRows(s.dataSource, r.entity, s.demo), purpose, facts);
      const fields = expectedFields(r.entity, purpose).join(',');
      for (const who of DEMO_ROLES) {
        const at = `${who} ${purpose} GET ${r.list?.path}`;
        const res = await readAllPages(s.as(who, purpose), r.list!, s.demo);
        if (res.status !== 200) { mismatches.push(`${at}: status ${res.status}`); continue; }
        const ids = res.items.map((row) => String(row.id)).sort();
        if (ids.join() !== [...expectedIds].sort().join() || res.total !== expectedIds.size) mismatches.push(`${at}: ${ids.length} rows (total ${res.total}), oracle ${expectedIds.size}`);
        const keys = new Set(res.items.map(sortedKeys));
        if (keys.size > 1 || (keys.size === 1 && !keys.has(fields))) mismatches.push(`${at}: keys ${[...keys].join(' | ')} ≠ oracle ${fields}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers get-by-id with the oracle fields for visible Demo rows and 404 for hidden or other-workspace rows', async () => {
    const mismatches: string[] = [];
    for (const { r, purpose } of cases().filter((c) => c.r.get !== undefined)) {
      const demoRows = await workspaceRows(s.dataSource, r.entity, s.demo);
      const visible = visibleIds(r.entity, demoRows, purpose, facts);
      const hidden = demoRows.map((row) => String(row.id)).filter((id) => !visible.has(id));
      const other = (await workspaceRows(s.dataSource, r.entity, s.other)).slice(0, 2).map((row) => String(row.id));
      const fields = expectedFields(r.entity, purpose).join(',');
      for (const who of DEMO_ROLES) {
        for (const id of [...[...visible].slice(0, 3), ...hidden.slice(0, 5), ...other]) {
          const res = await s.as(who, purpose).get(r.get!.path.replace(':workspaceId', s.demo).replace(':id', id));
          const want = visible.has(id) ? 200 : 404;
          if (res.status !== want) mismatches.push(`${who} ${purpose} ${r.segment}/${id}: ${res.status}, oracle ${want}`);
          else if (want === 200 && (sortedKeys(res.body as object) !== fields || res.body.id !== id)) mismatches.push(`${who} ${purpose} ${r.segment}/${id}: keys ${sortedKeys(res.body as object)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('keeps owner@other.test out of Demo (404 on every read) and shows it only its own rows with the oracle fields', async () => {
    const mismatches: string[] = [];
    const other = s.as('owner@other.test');
    for (const { r, purpose } of cases()) {
      const demoRow = (await workspaceRows(s.dataSource, r.entity, s.demo))[0];
      if (r.list !== undefined) {
        const status = (await readAllPages(s.as('owner@other.test', purpose), r.list, s.demo)).status;
        if (status !== 404) mismatches.push(`Demo ${r.segment} list under ${purpose}: ${status}`);
        const own = await readAllPages(s.as('owner@other.test', purpose), r.list, s.other);
        const expectedIds = visibleIds(r.entity, await workspaceRows(s.dataSource, r.entity, s.other), purpose, NO_SUBJECT_FACTS);
        if (own.items.map((row) => String(row.id)).sort().join() !== [...expectedIds].sort().join()) mismatches.push(`Other ${r.segment} list under ${purpose}: ${own.status}`);
        if (own.items.some((row) => sortedKeys(row) !== expectedFields(r.entity, purpose).join(','))) mismatches.push(`Other ${r.segment} keys under ${purpose}`);
      }
      if (r.get !== undefined && demoRow !== undefined) {
        const status = (await other.get(r.get.path.replace(':workspaceId', s.other).replace(':id', String(demoRow.id))).set('X-Purpose', purpose)).status;
        if (status !== 404) mismatches.push(`Demo ${r.segment}/${String(demoRow.id)} via Other under ${purpose}: ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('audited the reads above: a row per resource × purpose × Demo role, naming only oracle fields and rows the oracle shows', async () => {
    await s.app.get(AuditBuffer).flush();
    const records = await s.dataSource.getRepository(AccessAuditRecord).findBy({ workspaceId: s.demo, action: 'read' });
    const users = await s.dataSource.getRepository(User).find({ select: { id: true, email: true } });
    const mismatches: string[] = [];
    for (const { r, purpose } of cases()) {
      const visible = visibleIds(r.entity, await workspaceRows(s.dataSource, r.entity, s.demo), purpose, facts);
      const mine = records.filter((x) => x.entity === r.entity.name && x.purpose === purpose);
      for (const who of DEMO_ROLES) {
        const actor = users.find((u) => u.email === who)?.id;
        if (visible.size > 0 && !mine.some((x) => x.actorId === actor)) mismatches.push(`no audit of ${who} reading ${r.entity.name} for ${purpose}`);
      }
      const fields = expectedFields(r.entity, purpose);
      for (const x of mine) {
        if (x.fields.length === 0 || x.fields.some((f) => !fields.includes(f))) mismatches.push(`${r.entity.name} ${purpose}: audited fields ${x.fields.join(',')}`);
        if ((x.recordIds ?? x.subjectIds).some((id) => !visible.has(id))) mismatches.push(`${r.entity.name} ${purpose}: audited a row the oracle hides`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
