import { AuditBuffer } from '@lawful/nestjs';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { User } from '../../controller/accounts/user.entity';
import { Workspace } from '../../controller/workspaces/workspace.entity';
import { dataSourceOptions } from '../../database/data-source.options';
import type { DatabaseTarget } from '../../database/database-url';
import { seedDemoData } from '../../seed/demo.seed';
import { createTestDatabaseTarget } from '../../testing/test-database';
import { Contact } from '../crm/contact.entity';
import { AccessAuditRecord } from './access-audit-record.entity';

describe(`app.close() flushes the access audit on ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}`, () => {
  let target: DatabaseTarget;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (process.env['DATABASE_URL']) {
      const db = await createTestDatabaseTarget();
      target = db.target;
      cleanup = db.drop;
    } else {
      // On disk, not in memory: the database must outlive the app to be reopened.
      const dataDir = mkdtempSync(join(tmpdir(), 'lawful-audit-'));
      target = { kind: 'pglite', dataDir };
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    }
  });
  afterAll(() => cleanup?.());

  it('writes entries still pending at shutdown: they are in the table when the database is reopened', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ database: target })] }).compile();
    const app = await moduleRef.createNestApplication({ logger: false }).init();
    const dataSource = app.get(DataSource);
    await seedDemoData(dataSource);
    const workspaceId = (await dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'demo' })).id;
    const actorId = (await dataSource.getRepository(User).findOneByOrFail({ email: 'member@demo.test' })).id;
    const contactId = (await dataSource.getRepository(Contact).findOneByOrFail({ workspaceId })).id;
    const token = (await request(app.getHttpServer()).post('/auth/login').send({ email: 'member@demo.test', password: 'demo-password' }).expect(200)).body.token;
    await request(app.getHttpServer()).get(`/workspaces/${workspaceId}/contacts/${contactId}`).set({ Authorization: `Bearer ${token}`, 'X-Purpose': 'service.crm' }).expect(200);

    const buffer = app.get(AuditBuffer);
    const subjectIds = [contactId];
    await buffer.record({ occurredAt: new Date(), actorId, workspaceId, purpose: 'service.crm', entity: 'Contact', action: 'delete', recordIds: subjectIds, subjectIds, fields: [] });
    expect(buffer.pending).toBeGreaterThanOrEqual(1); // queued, not written yet (the buffer writes every 200 ms)
    await app.close();

    const reopened = await new DataSource(dataSourceOptions(target)).initialize();
    try {
      const rows = await reopened.getRepository(AccessAuditRecord).findBy({ workspaceId, actorId });
      expect(rows).toContainEqual(expect.objectContaining({ action: 'delete', entity: 'Contact', subjectIds }));
      expect(rows).toContainEqual(expect.objectContaining({ action: 'read', entity: 'Contact', purpose: 'service.crm', subjectIds }));
    } finally {
      await reopened.destroy();
    }
  });
});
