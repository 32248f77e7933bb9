import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import type { ObjectLiteral, Repository } from 'typeorm';
import type { LawfulContext } from '../context/lawful-context.types';
import { LawfulCtx } from '../context/lawful-ctx.decorator';
import { Purpose } from '../purpose/purpose.decorator';
import { LawfulQuery } from '../query/lawful.query';

/**
 * Injection token of the `Repository` of the test `Contact` entity, provided by the database specs.
 *
 * @example
 * { provide: CONTACTS_REPOSITORY, useValue: dataSource.getRepository(Contact) }
 */
export const CONTACTS_REPOSITORY = Symbol.for('lawful.test.contacts-repository');

/**
 * Routes of the database tests: lists, reads and writes through `LawfulQuery`, and a route returning a full
 * entity straight from the repository (only the interceptor protects it).
 *
 * @example
 * Test.createTestingModule({ imports: [LawfulModule.forRoot(options)], controllers: [ContactsTestController], providers: [repositoryProvider] });
 */
@Controller('contacts')
@Purpose('service.crm', 'marketing')
export class ContactsTestController {
  private readonly contacts: LawfulQuery<ObjectLiteral>;

  constructor(@Inject(CONTACTS_REPOSITORY) private readonly repository: Repository<ObjectLiteral>) {
    this.contacts = new LawfulQuery(repository);
  }

  /** `?filter=<field>&value=<value>&sort=<field>&take=<n>`; answers `{ items, total }`. */
  @Get()
  async list(@LawfulCtx() ctx: LawfulContext, @Query() query: Record<string, string | undefined>) {
    const where = query.filter === undefined ? undefined : { [query.filter]: query.value ?? null };
    const orderBy = query.sort === undefined ? undefined : { [query.sort]: 'ASC' as const };
    const take = query.take === undefined ? undefined : Number(query.take);
    return { items: await this.contacts.find(ctx, { where, orderBy, take }), total: await this.contacts.count(ctx, { where }) };
  }

  /** Full entities of the workspace in an envelope with a plain object that merely looks personal. */
  @Get('raw')
  async rawList(@LawfulCtx() ctx: LawfulContext) {
    const items = await this.repository.find({ where: { workspaceId: ctx.workspaceId }, order: { id: 'ASC' } });
    return { page: { items, total: items.length }, plain: { name: 'not an entity' } };
  }

  @Get('raw/:id')
  raw(@Param('id') id: string) {
    return this.repository.findOneByOrFail({ id });
  }

  @Get(':id')
  one(@LawfulCtx() ctx: LawfulContext, @Param('id') id: string) {
    return this.contacts.findOne(ctx, id);
  }

  @Patch(':id')
  update(@LawfulCtx() ctx: LawfulContext, @Param('id') id: string, @Body() body: Record<string, unknown>) {
    return this.contacts.update(ctx, id, body);
  }

  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: Record<string, unknown>) {
    return this.contacts.create(ctx, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@LawfulCtx() ctx: LawfulContext, @Param('id') id: string) {
    return this.contacts.delete(ctx, id);
  }
}
