import { getMetadataStorage } from '@lawful/annotations';
import { NO_RESTRICTIONS, PolicyAbilityFactory } from '@lawful/policy';
import type { CallHandler, ExecutionContext, INestApplication } from '@nestjs/common';
import { firstValueFrom, of } from 'rxjs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { setLawfulContext } from '../context/lawful-context.util';
import { PermittedFieldsInterceptor } from './permitted-fields.interceptor';
import { createContactsApp } from '../testing/contacts-app.fixture';
import { openLawfulDataSource, setUpLawfulDbFixture } from '../testing/lawful-db.fixture';

class Page<T> {
  constructor(readonly items: T[], readonly at: Date) {}
}

describe('PermittedFieldsInterceptor', () => {
  let dataSource: DataSource;
  let app: INestApplication;
  let entities: ReturnType<typeof setUpLawfulDbFixture>;

  /** Runs the interceptor directly on `body` for a viewer of w1 with `purpose`. */
  const intercept = (body: unknown, purpose: string, withContext = true) => {
    const ability = new PolicyAbilityFactory().build({ userId: 'u1', workspaceId: 'w1', role: 'viewer', purpose, restrictions: NO_RESTRICTIONS });
    const req = {};
    if (withContext) setLawfulContext(req, { ability, purpose, userId: 'u1', workspaceId: 'w1', role: 'viewer' });
    const context = { getType: () => 'http', switchToHttp: () => ({ getRequest: () => req }) } as unknown as ExecutionContext;
    const next: CallHandler = { handle: () => of(body) };
    return firstValueFrom(new PermittedFieldsInterceptor({ resolveContext: async () => null }).intercept(context, next));
  };

  const contact = (values: Record<string, unknown>) => Object.assign(new entities.Contact(), values);

  beforeAll(async () => {
    entities = setUpLawfulDbFixture();
    dataSource = await openLawfulDataSource(entities);
    app = await createContactsApp(dataSource, entities);
  });

  afterAll(async () => {
    await app?.close();
    await dataSource?.destroy();
    getMetadataStorage().clear();
  });

  it('strips the fields the purpose does not permit from a full entity instance a handler returns', async () => {
    const full = await dataSource.query('SELECT full_name, score FROM nestjs_test_contacts WHERE id = $1', ['c1']);
    expect(full).toEqual([{ full_name: 'Ada', score: 90 }]);
    const marketing = await request(app.getHttpServer()).get('/contacts/raw/c1').set('X-Purpose', 'marketing').set('x-test-workspace', 'w1').expect(200);
    expect(marketing.body).toEqual({ id: 'c1', workspaceId: 'w1', email: 'ada@example.test', stage: 'customer' });
    const crm = await request(app.getHttpServer()).get('/contacts/raw/c1').set('X-Purpose', 'service.crm').set('x-test-workspace', 'w1').expect(200);
    expect(crm.body).toEqual({ id: 'c1', workspaceId: 'w1', name: 'Ada', email: 'ada@example.test', stage: 'customer' });
  });

  it('walks envelopes and arrays, copies entities without their hidden fields, leaves plain objects unchanged', async () => {
    const res = await request(app.getHttpServer()).get('/contacts/raw').set('X-Purpose', 'marketing').set('x-test-workspace', 'w2').expect(200);
    expect(res.body).toEqual({
      page: {
        items: [
          { id: 'c4', workspaceId: 'w2', email: 'dee@example.test', stage: 'customer' },
          { id: 'c5', workspaceId: 'w2', email: null, stage: 'lead' },
        ],
        total: 2,
      },
      plain: { name: 'not an entity' },
    });
  });

  it('walks non-entity class wrappers and cycles, copies only what changes, leaves Dates and plain rows alone', async () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const hidden = contact({ id: 'c1', workspaceId: 'w1', name: 'Ada', email: 'ada@example.test', score: 90 });
    const plainRow = { id: 'c2', name: 'Bob' };
    const body = { page: new Page([hidden], at), plainRow, self: undefined as unknown };
    body.self = body;
    const out = (await intercept(body, 'marketing')) as typeof body;
    expect(out).not.toBe(body);
    expect(out.page).toBeInstanceOf(Page);
    expect(out.page.at).toBe(at);
    expect(out.plainRow).toBe(plainRow);
    expect(out.page.items[0]).toBeInstanceOf(entities.Contact);
    expect({ ...out.page.items[0] }).toEqual({ id: 'c1', workspaceId: 'w1', email: 'ada@example.test' });
    expect(hidden.name).toBe('Ada');
  });

  it('returns the body itself when nothing is hidden, and never touches routes without a Lawful context', async () => {
    const visible = [contact({ id: 'c3', email: 'cyd@example.test' })];
    await expect(intercept(visible, 'marketing')).resolves.toBe(visible);
    const full = contact({ id: 'c1', score: 90 });
    await expect(intercept(full, 'marketing', false)).resolves.toBe(full);
    expect({ ...((await intercept(full, 'ai.lead_scoring')) as object) }).toEqual({ id: 'c1', score: 90 });
    expect({ ...((await intercept(full, 'service.crm')) as object) }).toEqual({ id: 'c1' });
  });
});
