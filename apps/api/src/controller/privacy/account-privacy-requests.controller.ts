import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { PaginationQuery } from '../../common/pagination.query';
import type { Page } from '../../common/pagination.util';
import { NewRequestDto } from '../../common/requests/new-request.dto';
import type { RequestView } from '../../common/requests/request-view.types';
import { AccountPrivacyRequestsService } from './account-privacy-requests.service';

const requestId = () => Param('requestId', new ParseUUIDPipe({ errorHttpStatusCode: 404 }));

/**
 * Controller side: account holders' own requests about the data Aktok controls (accounts, billing, security logs,
 * analytics, support, consent; policy §8), answered by Aktok. Purpose `compliance.subject_rights`; the bearer token
 * identifies the caller (no workspace: the context resolver gives the user only), and each caller sees only their
 * own requests. Requests about a workspace's CRM data go to that workspace (`/workspaces/:id/subjects/requests`).
 */
@Controller('me/privacy/requests')
@Purpose('compliance.subject_rights')
export class AccountPrivacyRequestsController {
  constructor(private readonly requests: AccountPrivacyRequestsService) {}

  /**
   * Makes a request; the authenticated session verifies the identity.
   *
   * @example
   * // POST /me/privacy/requests { "right": "portability", "jurisdiction": "gdpr" }
   */
  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: NewRequestDto): Promise<RequestView> {
    return this.requests.create(ctx, body);
  }

  /**
   * The caller's requests, newest first, with status, deadlines, extensions, classification and history.
   *
   * @example
   * // GET /me/privacy/requests?page=1&pageSize=25
   */
  @Get()
  list(@LawfulCtx() ctx: LawfulContext, @Query() query: PaginationQuery): Promise<Page<RequestView>> {
    return this.requests.list(ctx, query);
  }

  /** One of the caller's requests (404 for any other id). */
  @Get(':requestId')
  get(@LawfulCtx() ctx: LawfulContext, @requestId() id: string): Promise<RequestView> {
    return this.requests.get(ctx, id);
  }

  /** Confirms, signed in, a request the public intake recorded for the caller's account (identity pending → verified). */
  @Post(':requestId/confirm')
  @HttpCode(200)
  confirm(@LawfulCtx() ctx: LawfulContext, @requestId() id: string): Promise<RequestView> {
    return this.requests.confirm(ctx, id);
  }
}
