import { subject } from '@casl/ability';
import { assertFieldsPermitted, UnknownEntityError } from '@lawful/policy';
import { Body, Controller, Get, HttpException, Patch, Req } from '@nestjs/common';
import type { Request } from 'express';
import { findLawfulContext } from '../context/lawful-context.util';
import type { LawfulContext } from '../context/lawful-context.types';
import { LawfulCtx } from '../context/lawful-ctx.decorator';
import { Purpose } from '../purpose/purpose.decorator';

const PERSON_FIELDS = ['name', 'email', 'phone', 'score'] as const;

/** What the test routes answer: the context and the `Person` fields its ability may read. */
function summary(ctx: LawfulContext) {
  const { purpose, userId, workspaceId, role, ability } = ctx;
  return { purpose, userId, workspaceId, role, readable: PERSON_FIELDS.filter((f) => ability.can('read', 'Person', f)) };
}

/**
 * Routes for the integration tests: class-level purpose, a multi-purpose route, a write, error cases.
 *
 * @example
 * Test.createTestingModule({ imports: [LawfulModule.forRoot(options)], controllers: [PeopleTestController, OpenTestController] });
 */
@Controller('people')
@Purpose('service.crm')
export class PeopleTestController {
  @Get()
  list(@LawfulCtx() ctx: LawfulContext) {
    return summary(ctx);
  }

  @Get('outreach')
  @Purpose('service.crm', 'marketing')
  outreach(@LawfulCtx() ctx: LawfulContext) {
    return summary(ctx);
  }

  @Patch('p1')
  update(@LawfulCtx() ctx: LawfulContext, @Body() body: Record<string, unknown>) {
    assertFieldsPermitted(ctx.ability, 'update', 'Person', Object.keys(body), { role: ctx.role, purpose: ctx.purpose });
    return { updated: Object.keys(body) };
  }

  /** Ids of the rows (two in w1, one in w2) the request's ability may read. */
  @Get('rows')
  rows(@LawfulCtx() ctx: LawfulContext) {
    const rows = [{ id: 'p1', workspaceId: 'w1' }, { id: 'p2', workspaceId: 'w1' }, { id: 'p3', workspaceId: 'w2' }];
    return rows.filter((row) => ctx.ability.can('read', subject('Person', row))).map((row) => row.id);
  }

  /** Records one read of `p1` through the context's audit recorder, if any. */
  @Get('audited')
  async audited(@LawfulCtx() ctx: LawfulContext) {
    await ctx.audit?.({ entity: 'Person', action: 'read', recordIds: ['p1'], subjectIds: ['p1'], fields: ['name'] });
    return { recorder: ctx.audit !== undefined };
  }

  @Get('broken')
  broken(): never {
    throw new UnknownEntityError('Persn');
  }

  @Get('teapot')
  teapot(): never {
    throw new HttpException({ statusCode: 418, message: 'short and stout' }, 418);
  }
}

/**
 * Routes without `@Purpose`, for the integration tests.
 *
 * @example
 * request(app.getHttpServer()).get('/open').expect(200, { hasContext: false });
 */
@Controller('open')
export class OpenTestController {
  @Get()
  open(@Req() request: Request) {
    return { hasContext: findLawfulContext(request) !== undefined };
  }

  @Get('misuse')
  misuse(@LawfulCtx() ctx: LawfulContext) {
    return summary(ctx);
  }
}
