import { type LawfulContext, type LawfulFindOptions, LawfulQuery } from '@lawful/nestjs';
import { addDays, type DataSubjectRight, type Jurisdiction, utcDay } from '@lawful/rights';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { findPage, type Page } from '../../../common/pagination.util';
import type { RequestChange, RequestState } from '../../../common/requests/request-change.types';
import type { RejectionReason, RequestOutcome } from '../../../common/requests/request-closure.constants';
import { DUE_SOON_DAYS } from '../../../common/requests/request-deadlines.util';
import { requestState } from '../../../common/requests/request-state.util';
import { OPEN_REQUEST_STATUSES } from '../../../common/requests/request-status.constants';
import { requestView } from '../../../common/requests/request.view';
import * as workflow from '../../../common/requests/request.workflow';
import { Contact } from '../../crm/contact.entity';
import type { CreateSubjectRequestDto } from './create-subject-request.dto';
import type { ExtendRequestDto } from './extend-request.dto';
import type { ListSubjectRequestsQuery } from './list-subject-requests.query';
import { SubjectRequestEvent } from './subject-request-event.entity';
import type { SubjectRequestView } from './subject-request-view.types';
import { SubjectRequest } from './subject-request.entity';
import type { VerifyIdentityDto } from './verify-identity.dto';

/**
 * Data-subject requests about a workspace's CRM data, answered by the workspace (the controller): record, list
 * (by status, overdue, due soon), read with history, and each workflow step. Rows are read and written through
 * `LawfulQuery` in the caller's workspace (404 elsewhere; audited); every step writes one status-history row in
 * the same transaction, with the row locked so concurrent steps see each other.
 *
 * @example
 * await requests.fulfil(ctx, requestId, { right: 'erasure', outcome: 'fulfilled' }, manager); // inside the erasure's transaction
 */
@Injectable()
export class SubjectRequestsService {
  private readonly contacts: LawfulQuery<Contact>;
  private readonly requests: LawfulQuery<SubjectRequest>;

  constructor(private readonly dataSource: DataSource) {
    this.contacts = new LawfulQuery(dataSource.getRepository(Contact));
    this.requests = new LawfulQuery(dataSource.getRepository(SubjectRequest));
  }

  /** Records a request that reached the workspace; 404 when `contactId` is not a contact of the workspace. */
  async create(ctx: LawfulContext, body: CreateSubjectRequestDto): Promise<SubjectRequestView> {
    if (body.contactId !== undefined) await this.contacts.findOne(ctx, body.contactId);
    const { right, jurisdiction, receivedAt = new Date() } = body;
    const { values, event } = workflow.receiveRequest({ right, jurisdiction, receivedAt }, 'recorded by the workspace');
    const fields = { right, jurisdiction, receivedAt, origin: 'recorded_by_workspace' as const, contactId: body.contactId ?? null, requesterEmail: body.requesterEmail ?? null, details: body.details ?? null, recordedByUserId: ctx.userId };
    const row = await this.dataSource.transaction(async (manager) => {
      const created = await new LawfulQuery(manager.getRepository(SubjectRequest)).create(ctx, { ...fields, ...values });
      await manager.getRepository(SubjectRequestEvent).insert({ ...event, requestId: created.id, workspaceId: ctx.workspaceId, actorUserId: ctx.userId });
      return created;
    });
    return this.view(row, await this.history(this.dataSource.manager, ctx.workspaceId, row.id));
  }

  /** A page of the workspace's requests, most urgent first (nearest pending deadline, then newest). */
  async list(ctx: LawfulContext, query: ListSubjectRequestsQuery): Promise<Page<SubjectRequestView>> {
    const where: NonNullable<LawfulFindOptions<SubjectRequest>['where']> = query.status === undefined ? {} : { status: query.status };
    if (query.due !== undefined) where.id = { $in: await this.dueIds(ctx.workspaceId, query.due, new Date()) };
    const page = await findPage(this.requests, ctx, query, { where, defaultOrderBy: { nextDueAt: 'ASC', receivedAt: 'DESC', id: 'ASC' } });
    return { ...page, items: page.items.map((row) => this.view(row)) };
  }

  /** One request with its status history (404 when not in the workspace). */
  async get(ctx: LawfulContext, id: string): Promise<SubjectRequestView> {
    const row = await this.requests.findOne(ctx, id);
    return this.view(row, await this.history(this.dataSource.manager, ctx.workspaceId, id));
  }

  /** Records that receipt was acknowledged to the requester (once). */
  acknowledge(ctx: LawfulContext, id: string): Promise<SubjectRequestView> {
    return this.step(ctx, id, (state, now) => workflow.acknowledgeRequest(state, now));
  }

  /** Records the identity check; verified moves the request to `in_progress`. */
  verify(ctx: LawfulContext, id: string, body: VerifyIdentityDto): Promise<SubjectRequestView> {
    return this.step(ctx, id, (state, now) => workflow.verifyIdentity(state, body, now));
  }

  /** Extends the response deadline as the jurisdiction allows. */
  extend(ctx: LawfulContext, id: string, body: ExtendRequestDto): Promise<SubjectRequestView> {
    return this.step(ctx, id, (state, now) => workflow.extendRequest(state, body, now));
  }

  /** Closes the request as answered (identity verified first). */
  complete(ctx: LawfulContext, id: string, outcome: RequestOutcome): Promise<SubjectRequestView> {
    return this.step(ctx, id, (state, now) => workflow.completeRequest(state, outcome, now));
  }

  /** Closes the request as rejected. */
  reject(ctx: LawfulContext, id: string, reason: RejectionReason): Promise<SubjectRequestView> {
    return this.step(ctx, id, (state, now) => workflow.rejectRequest(state, reason, now));
  }

  /**
   * Completes the request because an export or erasure answered it. Pass the manager of the fulfilling transaction
   * to complete it in the same transaction (all or nothing). 404 outside the workspace; 409 for another right, a
   * closed request or an unverified identity.
   */
  fulfil(ctx: LawfulContext, id: string, fulfilment: { right: DataSubjectRight; outcome: RequestOutcome }, manager?: EntityManager): Promise<SubjectRequestView> {
    return this.step(ctx, id, (state, now) => workflow.fulfilRequest(state, fulfilment, now), manager);
  }

  /**
   * The platform routes a request about this workspace's CRM data to it (public intake; no workspace member
   * acts): recorded `received`, identity pending, origin `routed_by_platform`, in `manager`'s transaction.
   */
  async route(manager: EntityManager, input: { workspaceId: string; right: DataSubjectRight; jurisdiction: Jurisdiction; receivedAt: Date; contactId: string | null; requesterEmail: string; details: string | null; intakeReference: string }): Promise<string> {
    const { values, event } = workflow.receiveRequest(input, 'routed by the platform from its public intake: the workspace answers it as controller');
    const { identifiers } = await manager.getRepository(SubjectRequest).insert({ ...input, ...values, origin: 'routed_by_platform', recordedByUserId: null });
    const requestId = String(identifiers[0]?.['id']);
    await manager.getRepository(SubjectRequestEvent).insert({ ...event, requestId, workspaceId: input.workspaceId, actorUserId: null });
    return requestId;
  }

  /** Decides a step on the locked row and writes it with its history row, in `manager`'s transaction or a new one. */
  private async step(ctx: LawfulContext, id: string, decide: (state: RequestState, now: Date) => RequestChange, manager?: EntityManager): Promise<SubjectRequestView> {
    const run = async (m: EntityManager): Promise<SubjectRequest> => {
      await m.getRepository(SubjectRequest).createQueryBuilder('r').select('r.id').setLock('pessimistic_write').where('r.id = :id AND r.workspaceId = :workspaceId', { id, workspaceId: ctx.workspaceId }).getOne();
      const requests = new LawfulQuery(m.getRepository(SubjectRequest));
      const { values, event } = decide(requestState(await requests.findOne(ctx, id)), new Date());
      const updated = await requests.update(ctx, id, values);
      await m.getRepository(SubjectRequestEvent).insert({ ...event, requestId: id, workspaceId: ctx.workspaceId, actorUserId: ctx.userId });
      return updated;
    };
    const row = manager ? await run(manager) : await this.dataSource.transaction(run);
    return this.view(row, await this.history(manager ?? this.dataSource.manager, ctx.workspaceId, id));
  }

  /** Ids of the workspace's open requests whose nearest pending deadline is past (`overdue`) or within 7 days. */
  private async dueIds(workspaceId: string, due: 'overdue' | 'due_soon', now: Date): Promise<string[]> {
    const today = utcDay(now);
    const qb = this.dataSource.getRepository(SubjectRequest).createQueryBuilder('r').select('r.id', 'id')
      .where('r.workspaceId = :workspaceId AND r.status IN (:...open)', { workspaceId, open: OPEN_REQUEST_STATUSES });
    if (due === 'overdue') qb.andWhere('r.nextDueAt < :today', { today });
    else qb.andWhere('r.nextDueAt >= :today AND r.nextDueAt <= :soon', { today, soon: addDays(today, DUE_SOON_DAYS) });
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  private history(manager: EntityManager, workspaceId: string, requestId: string): Promise<SubjectRequestEvent[]> {
    return manager.getRepository(SubjectRequestEvent).find({ where: { workspaceId, requestId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  private view(row: SubjectRequest, history?: SubjectRequestEvent[]): SubjectRequestView {
    return { ...requestView(row, new Date(), history), contactId: row.contactId, requesterEmail: row.requesterEmail, recordedByUserId: row.recordedByUserId };
  }
}
