import { WORKSPACE_ROLES, type WorkspaceRole } from '@lawful/policy';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { LawfulModule } from '../module/lawful.module';
import { CONTACTS_REPOSITORY, ContactsTestController } from './contacts-test.controller';
import type { LawfulAuditOptions } from '../module/lawful-module-options.types';
import type { LawfulDbEntities } from './lawful-db.fixture';

/**
 * A Nest app with `LawfulModule` and `ContactsTestController` over `dataSource`. The test identity comes from
 * headers: `x-test-workspace` (required, else 401), `x-test-role` (a workspace role, default `viewer`) and
 * `x-test-objected` (comma-separated contact ids withheld as objections). `audit` turns the access audit on.
 *
 * @example
 * const app = await createContactsApp(dataSource, entities);
 * await request(app.getHttpServer()).get('/contacts').set('X-Purpose', 'marketing').set('x-test-workspace', 'w1');
 */
export async function createContactsApp(dataSource: DataSource, { Contact }: LawfulDbEntities, audit?: LawfulAuditOptions): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      LawfulModule.forRoot({
        resolveContext: async (request: Request) => {
          const workspaceId = request.headers['x-test-workspace'];
          if (typeof workspaceId !== 'string') return null;
          const header = request.headers['x-test-role'];
          const role = WORKSPACE_ROLES.find((r): r is WorkspaceRole => r === header) ?? 'viewer';
          const objected = request.headers['x-test-objected'];
          const subjectState = typeof objected === 'string' ? [{ entity: 'Contact', reason: 'objection' as const, exclude: { id: { $in: objected.split(',') } } }] : [];
          return { userId: 'u1', workspaceId, role, subjectState };
        },
        audit,
      }),
    ],
    controllers: [ContactsTestController],
    providers: [{ provide: CONTACTS_REPOSITORY, useValue: dataSource.getRepository(Contact) }],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}
