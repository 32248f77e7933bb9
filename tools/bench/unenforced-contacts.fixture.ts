/* eslint-disable @nx/enforce-module-boundaries -- this benchmark boots the reference API in-process to measure its
   contacts route with and without enforcement; it is run by `npm run bench`, never imported by a library. */
import { WithoutPurpose } from '@lawful/nestjs';
import { Controller, Get, NotFoundException, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource, type Repository } from 'typeorm';
import { AuthService } from '../../apps/api/src/controller/auth/auth.service';
import { authenticateBearer } from '../../apps/api/src/controller/auth/bearer-token.util';
import { Membership } from '../../apps/api/src/controller/workspaces/membership.entity';
import { Contact } from '../../apps/api/src/processor/crm/contact.entity';
import { ListContactsQuery } from '../../apps/api/src/processor/crm/list-contacts.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path of the baseline route, with `:workspaceId` as on the enforced route. */
export const UNENFORCED_CONTACTS_PATH = 'bench/workspaces/:workspaceId/contacts-unenforced';

/**
 * Benchmark baseline only — never mount it in the app: `GET /workspaces/:workspaceId/contacts` with
 * enforcement switched off. Same HTTP stack and validation pipe, the same bearer-token check
 * (`authenticateBearer`) and a plain membership lookup (404 when not a member), then the same page query
 * through a plain TypeORM repository: every column, `where workspaceId` and the same filters, same order,
 * same count. No `@Purpose`: no field restrictions or subject state are read, no ability is built, no SQL
 * translation or access audit runs and the response interceptor passes the body through.
 *
 * @example
 * await Test.createTestingModule({ imports: [AppModule.forRoot({ database }), AuthModule], controllers: [UnenforcedContactsController] }).compile();
 * // GET /bench/workspaces/:workspaceId/contacts-unenforced?pageSize=100
 */
@Controller(UNENFORCED_CONTACTS_PATH)
@WithoutPurpose('benchmark baseline (tools/bench): the contacts list with enforcement switched off, never part of the app')
export class UnenforcedContactsController {
  private readonly contacts: Repository<Contact>;
  private readonly memberships: Repository<Membership>;

  constructor(
    private readonly auth: AuthService,
    dataSource: DataSource,
  ) {
    this.contacts = dataSource.getRepository(Contact);
    this.memberships = dataSource.getRepository(Membership);
  }

  /**
   * A page of the workspace's contacts, all columns, newest first.
   *
   * @example
   * // GET /bench/workspaces/:workspaceId/contacts-unenforced?page=1&pageSize=100
   */
  @Get()
  async list(@Req() request: Request, @Query() query: ListContactsQuery): Promise<{ items: Contact[]; page: number; pageSize: number; total: number }> {
    const user = await authenticateBearer(this.auth, request);
    const workspaceId = request.params['workspaceId'];
    if (typeof workspaceId !== 'string' || !UUID.test(workspaceId)) throw new NotFoundException('Workspace not found');
    if (!(await this.memberships.findOne({ where: { workspaceId, userId: user.id } }))) throw new NotFoundException('Workspace not found');
    const { lifecycleStage, companyId } = query;
    const where = { workspaceId, ...(lifecycleStage === undefined ? {} : { lifecycleStage }), ...(companyId === undefined ? {} : { companyId }) };
    const [items, total] = await Promise.all([
      this.contacts.find({ where, order: { createdAt: 'DESC', id: 'ASC' }, take: query.pageSize, skip: (query.page - 1) * query.pageSize }),
      this.contacts.count({ where }),
    ]);
    return { items, page: query.page, pageSize: query.pageSize, total };
  }
}
