import { NO_RESTRICTIONS, PolicyAbilityFactory, type SubjectStateFilter, type WorkspaceRole } from '@lawful/policy';
import request from 'supertest';
import type { LawfulContext } from '../context/lawful-context.types';
import { type ContactsTestBed, openContactsTestBed } from '../testing/contacts-test-bed.fixture';
import { LawfulQuery } from './lawful.query';
import { RowNotFoundError } from './row-not-found.error';

describe('LawfulQuery writes (PGlite through TypeORM, behind LawfulModule)', () => {
  let bed: ContactsTestBed;
  const as = (role: WorkspaceRole, workspace = 'w1') => ({
    post: (body: object) => request(bed.app.getHttpServer()).post('/contacts').set('X-Purpose', 'service.crm').set('x-test-workspace', workspace).set('x-test-role', role).send(body),
    patch: (id: string, body: object) => request(bed.app.getHttpServer()).patch(`/contacts/${id}`).set('X-Purpose', 'service.crm').set('x-test-workspace', workspace).set('x-test-role', role).send(body),
    delete: (id: string) => request(bed.app.getHttpServer()).delete(`/contacts/${id}`).set('X-Purpose', 'service.crm').set('x-test-workspace', workspace).set('x-test-role', role),
  });
  const rowsNamed = (name: string) => bed.dataSource.query('SELECT workspace_id FROM nestjs_test_contacts WHERE full_name = $1', [name]);
  const exists = async (id: string) => (await bed.dataSource.query('SELECT 1 FROM nestjs_test_contacts WHERE id = $1', [id])).length === 1;

  beforeAll(async () => (bed = await openContactsTestBed()));
  afterAll(() => bed?.close());

  describe('create', () => {
    it('inserts a permitted body in the request workspace and answers the row with readable columns', async () => {
      const res = await as('member').post({ name: 'Fay', email: 'fay@example.test' }).expect(201);
      expect(res.body).toEqual({ id: expect.any(String), workspaceId: 'w1', name: 'Fay', email: 'fay@example.test', stage: 'lead' });
      expect(await rowsNamed('Fay')).toEqual([{ workspace_id: 'w1' }]);
      await request(bed.app.getHttpServer()).get(`/contacts/${res.body.id}`).set('X-Purpose', 'service.crm').set('x-test-workspace', 'w2').expect(404);
    });

    it('answers 403 naming a non-permitted field, never its value, and inserts nothing', async () => {
      const res = await as('owner').post({ name: 'Gus', score: 77 }).expect(403);
      expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Contact: create of score is not permitted for role "owner" with purpose "service.crm"', fields: ['score'] });
      expect(JSON.stringify(res.body)).not.toContain('77');
      expect(await rowsNamed('Gus')).toEqual([]);
    });

    it('answers 403 naming the workspace key and the id when the body sets them', async () => {
      const res = await as('owner').post({ workspaceId: 'w2', id: 'c9', name: 'Mal' }).expect(403);
      expect(res.body.fields).toEqual(['workspaceId', 'id']);
      expect(await rowsNamed('Mal')).toEqual([]);
      expect(await exists('c9')).toBe(false);
    });

    it('answers 403 when the role may not create at all (viewer), whatever the body', async () => {
      const res = await as('viewer').post({ name: 'Vic' }).expect(403);
      expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Contact: create is not permitted for role "viewer" with purpose "service.crm"' });
      await as('viewer').post({}).expect(403);
      expect(await rowsNamed('Vic')).toEqual([]);
    });
  });

  describe('update', () => {
    it('updates a permitted field of a visible row and answers the row with readable columns', async () => {
      await as('owner').patch('c3', { email: 'cyd@new.test' }).expect(200, { id: 'c3', workspaceId: 'w1', name: 'Cyd', email: 'cyd@new.test', stage: 'lead' });
    });

    it('answers 403 naming the fields when the body sets the workspace key, the id or a non-permitted field', async () => {
      const tenancy = await as('owner').patch('c3', { workspaceId: 'w2', id: 'c9', email: 'x@y.test' }).expect(403);
      expect(tenancy.body.fields).toEqual(['workspaceId', 'id']);
      await as('owner').patch('c3', { score: 5 }).expect(403);
      const [row] = await bed.dataSource.query('SELECT workspace_id, score, full_name FROM nestjs_test_contacts WHERE id = $1', ['c3']);
      expect(row).toEqual({ workspace_id: 'w1', score: 10, full_name: 'Cyd' });
    });

    it('answers 403, not 404, to a role that may read the row but not update it', async () => {
      const res = await as('viewer').patch('c3', {}).expect(403);
      expect(res.body.message).toBe('Contact: update is not permitted for role "viewer" with purpose "service.crm"');
      await as('viewer').patch('c3', { name: 'Zed' }).expect(403);
    });

    it('answers 404 and changes nothing for a row of another workspace or a withheld subject', async () => {
      await as('owner').patch('c4', { name: 'Mallory' }).expect(404, { statusCode: 404, error: 'Not Found', message: 'Contact not found' });
      await as('owner').patch('c1', { name: 'Mallory' }).set('x-test-objected', 'c1').expect(404);
      expect(await bed.dataSource.query('SELECT id FROM nestjs_test_contacts WHERE full_name = $1', ['Mallory'])).toEqual([]);
    });
  });

  describe('delete', () => {
    it('deletes a visible row of the workspace', async () => {
      await as('owner').delete('c2').expect(204);
      expect(await exists('c2')).toBe(false);
    });

    it('answers 404 for a row of another workspace exactly as for a missing row, and deletes nothing', async () => {
      const other = await as('admin').delete('c4').expect(404);
      const missing = await as('admin').delete('c99').expect(404);
      expect(other.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Contact not found' });
      expect(missing.body).toEqual(other.body);
      expect(await exists('c4')).toBe(true);
    });

    it('answers 403 to a role that may read the row but not delete it (member), and deletes nothing', async () => {
      const res = await as('member').delete('c3').expect(403);
      expect(res.body).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Contact: delete is not permitted for role "member" with purpose "service.crm"' });
      expect(await exists('c3')).toBe(true);
    });

    it('carries the row conditions in the DELETE itself: a row readable but withheld from delete stays', async () => {
      const subjectState: SubjectStateFilter[] = [{ entity: 'Contact', reason: 'objection', exclude: { id: { $in: ['c1'] } }, actions: ['delete'] }];
      const ability = new PolicyAbilityFactory().build({ userId: 'u1', workspaceId: 'w1', role: 'owner', purpose: 'service.crm', restrictions: NO_RESTRICTIONS, subjectState });
      const ctx: LawfulContext = { ability, purpose: 'service.crm', userId: 'u1', workspaceId: 'w1', role: 'owner' };
      const contacts = new LawfulQuery(bed.dataSource.getRepository(bed.entities.Contact));
      expect(ability.can('delete', 'Contact')).toBe(true);
      await expect(contacts.findOne(ctx, 'c1')).resolves.toMatchObject({ id: 'c1' });
      await expect(contacts.delete(ctx, 'c1')).rejects.toThrow('Contact: delete is not permitted for role "owner"');
      expect(await exists('c1')).toBe(true);
      await expect(contacts.delete(ctx, 'c5')).rejects.toThrow(RowNotFoundError);
      expect(await exists('c5')).toBe(true);
    });
  });
});
