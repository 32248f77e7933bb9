import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { Page } from '../../../common/pagination.util';
import { WorkspaceRoles } from '../../../common/workspace-roles.decorator';
import { CompleteRequestDto } from './complete-request.dto';
import { CreateSubjectRequestDto } from './create-subject-request.dto';
import { ExtendRequestDto } from './extend-request.dto';
import { ListSubjectRequestsQuery } from './list-subject-requests.query';
import { RejectRequestDto } from './reject-request.dto';
import type { SubjectRequestView } from './subject-request-view.types';
import { SubjectRequestsService } from './subject-requests.service';
import { VerifyIdentityDto } from './verify-identity.dto';

const requestId = () => Param('requestId', new ParseUUIDPipe({ errorHttpStatusCode: 404 }));

/**
 * Processor side: data-subject requests about the workspace's CRM contacts. The workspace is the controller of that
 * data, so its owners and admins record and answer them, including those the platform routed to it from its public
 * intake (policy §5.4.3; GDPR Art. 12, 28(3)(e)). Purpose `compliance.subject_rights`. Deadlines per jurisdiction
 * come from `@lawful/rights`. (`requests` never collides with `…/subjects/:contactId/…`: those routes have a
 * further segment, and a contact id is a UUID.)
 */
@Controller('workspaces/:workspaceId/subjects/requests')
@Purpose('compliance.subject_rights')
@WorkspaceRoles('owner', 'admin')
export class SubjectRequestsController {
  constructor(private readonly requests: SubjectRequestsService) {}

  /**
   * Records a request that reached the workspace.
   *
   * @example
   * // POST /workspaces/:workspaceId/subjects/requests { "right": "erasure", "jurisdiction": "ccpa", "receivedAt": "2025-01-31T09:00:00Z" }
   */
  @Post()
  create(@LawfulCtx() ctx: LawfulContext, @Body() body: CreateSubjectRequestDto): Promise<SubjectRequestView> {
    return this.requests.create(ctx, body);
  }

  /**
   * A page of requests, most urgent first.
   *
   * @example
   * // GET /workspaces/:workspaceId/subjects/requests?due=overdue
   */
  @Get()
  list(@LawfulCtx() ctx: LawfulContext, @Query() query: ListSubjectRequestsQuery): Promise<Page<SubjectRequestView>> {
    return this.requests.list(ctx, query);
  }

  /** One request with its deadlines, extensions and status history. */
  @Get(':requestId')
  get(@LawfulCtx() ctx: LawfulContext, @requestId() id: string): Promise<SubjectRequestView> {
    return this.requests.get(ctx, id);
  }

  /** Records the identity check `{ verified, method }`. */
  @Post(':requestId/verify')
  @HttpCode(200)
  verify(@LawfulCtx() ctx: LawfulContext, @requestId() id: string, @Body() body: VerifyIdentityDto): Promise<SubjectRequestView> {
    return this.requests.verify(ctx, id, body);
  }

  /** Records that receipt was acknowledged to the requester. */
  @Post(':requestId/acknowledge')
  @HttpCode(200)
  acknowledge(@LawfulCtx() ctx: LawfulContext, @requestId() id: string): Promise<SubjectRequestView> {
    return this.requests.acknowledge(ctx, id);
  }

  /** Extends the response deadline `{ reason, months | days }`. */
  @Post(':requestId/extend')
  @HttpCode(200)
  extend(@LawfulCtx() ctx: LawfulContext, @requestId() id: string, @Body() body: ExtendRequestDto): Promise<SubjectRequestView> {
    return this.requests.extend(ctx, id, body);
  }

  /** Closes the request as answered `{ outcome }` (the identity must be verified). */
  @Post(':requestId/complete')
  @HttpCode(200)
  complete(@LawfulCtx() ctx: LawfulContext, @requestId() id: string, @Body() body: CompleteRequestDto): Promise<SubjectRequestView> {
    return this.requests.complete(ctx, id, body.outcome);
  }

  /** Closes the request as rejected `{ reason }`. */
  @Post(':requestId/reject')
  @HttpCode(200)
  reject(@LawfulCtx() ctx: LawfulContext, @requestId() id: string, @Body() body: RejectRequestDto): Promise<SubjectRequestView> {
    return this.requests.reject(ctx, id, body.reason);
  }
}
