import { type LawfulContext, RowNotFoundError } from '@lawful/nestjs';
import type { DataSubjectRight, Jurisdiction } from '@lawful/rights';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { PaginationQuery } from '../../common/pagination.query';
import type { Page } from '../../common/pagination.util';
import type { NewRequestDto } from '../../common/requests/new-request.dto';
import type { RequestChange, RequestState } from '../../common/requests/request-change.types';
import type { RequestOutcome } from '../../common/requests/request-closure.constants';
import { requestState } from '../../common/requests/request-state.util';
import type { RequestView } from '../../common/requests/request-view.types';
import { requestView } from '../../common/requests/request.view';
import * as workflow from '../../common/requests/request.workflow';
import { AccountPrivacyRequestEvent } from './account-privacy-request-event.entity';
import { AccountPrivacyRequest } from './account-privacy-request.entity';

const SESSION = { verified: true, method: 'authenticated_session' } as const;

/**
 * Controller side: an account holder's requests about the data Aktok controls. Made signed in, the identity is
 * verified by the authenticated session at once; made through the public intake, it stays pending until the
 * holder confirms it signed in. Only the caller's own requests are visible (others answer 404). Every step writes
 * one status-history row in the same transaction as the request row.
 *
 * @example
 * await accountRequests.fulfil(ctx, requestId, { right: 'access', outcome: 'fulfilled' });
 */
@Injectable()
export class AccountPrivacyRequestsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records the signed-in caller's request, identity verified by the session. */
  async create(ctx: LawfulContext, body: NewRequestDto): Promise<RequestView> {
    const { right, jurisdiction } = body;
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.insert(manager, { userId: ctx.userId, right, jurisdiction, details: body.details ?? null, receivedAt: new Date(), intakeReference: null }, 'self_service', ctx.userId);
      await this.record(manager, ctx.userId, created, (state, now) => workflow.verifyIdentity(state, SESSION, now));
      return created;
    });
    return this.get(ctx, id);
  }

  /** A page of the caller's requests, newest first, each with its history. */
  async list(ctx: LawfulContext, query: PaginationQuery): Promise<Page<RequestView>> {
    const [rows, total] = await this.dataSource.getRepository(AccountPrivacyRequest).findAndCount({
      where: { userId: ctx.userId }, order: { receivedAt: 'DESC', id: 'ASC' }, take: query.pageSize, skip: (query.page - 1) * query.pageSize,
    });
    const events = rows.length === 0 ? [] : await this.dataSource.getRepository(AccountPrivacyRequestEvent).find({ where: { requestId: In(rows.map((r) => r.id)) }, order: { occurredAt: 'ASC', id: 'ASC' } });
    const now = new Date();
    return { items: rows.map((row) => requestView(row, now, events.filter((e) => e.requestId === row.id))), page: query.page, pageSize: query.pageSize, total };
  }

  /** One of the caller's requests with its history; 404 for anyone else's. */
  async get(ctx: LawfulContext, id: string, manager: EntityManager = this.dataSource.manager): Promise<RequestView> {
    const row = await manager.getRepository(AccountPrivacyRequest).findOneBy({ id, userId: ctx.userId });
    if (!row) throw new RowNotFoundError('AccountPrivacyRequest');
    const events = await manager.getRepository(AccountPrivacyRequestEvent).find({ where: { requestId: id }, order: { occurredAt: 'ASC', id: 'ASC' } });
    return requestView(row, new Date(), events);
  }

  /** The caller confirms, signed in, a request the public intake recorded for their account: identity verified by the session. */
  confirm(ctx: LawfulContext, id: string): Promise<RequestView> {
    return this.step(ctx, id, (state, now) => workflow.verifyIdentity(state, SESSION, now));
  }

  /**
   * Completes the caller's request because an export or erasure answered it; pass the manager of the fulfilling
   * transaction to complete it in the same transaction. 404 for another's request; 409 for another right, a
   * closed request or an unverified identity.
   */
  fulfil(ctx: LawfulContext, id: string, fulfilment: { right: DataSubjectRight; outcome: RequestOutcome }, manager?: EntityManager): Promise<RequestView> {
    return this.step(ctx, id, (state, now) => workflow.fulfilRequest(state, fulfilment, now), manager);
  }

  /** Records a request the public intake received for this account (identity pending), in `manager`'s transaction. */
  recordFromIntake(manager: EntityManager, input: { userId: string; right: DataSubjectRight; jurisdiction: Jurisdiction; details: string | null; receivedAt: Date; intakeReference: string }): Promise<string> {
    return this.insert(manager, input, 'public_intake', null);
  }

  private async insert(manager: EntityManager, input: Pick<AccountPrivacyRequest, 'userId' | 'right' | 'jurisdiction' | 'details' | 'receivedAt' | 'intakeReference'>, origin: AccountPrivacyRequest['origin'], actorUserId: string | null): Promise<string> {
    const note = origin === 'self_service' ? 'submitted by the signed-in account holder' : 'received through the public intake; identity to be verified';
    const { values, event } = workflow.receiveRequest(input, note);
    const { identifiers } = await manager.getRepository(AccountPrivacyRequest).insert({ ...input, ...values, origin });
    const requestId = String(identifiers[0]?.['id']);
    await manager.getRepository(AccountPrivacyRequestEvent).insert({ ...event, requestId, actorUserId });
    return requestId;
  }

  private async step(ctx: LawfulContext, id: string, decide: (state: RequestState, now: Date) => RequestChange, manager?: EntityManager): Promise<RequestView> {
    const run = async (m: EntityManager): Promise<RequestView> => {
      await this.record(m, ctx.userId, id, decide);
      return this.get(ctx, id, m);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** Locks the caller's request row, decides the step, writes it and its history row. */
  private async record(manager: EntityManager, userId: string, id: string, decide: (state: RequestState, now: Date) => RequestChange): Promise<void> {
    const repo = manager.getRepository(AccountPrivacyRequest);
    const row = await repo.createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id AND r.userId = :userId', { id, userId }).getOne();
    if (!row) throw new RowNotFoundError('AccountPrivacyRequest');
    const { values, event } = decide(requestState(row), new Date());
    await repo.update({ id }, values);
    await manager.getRepository(AccountPrivacyRequestEvent).insert({ ...event, requestId: id, actorUserId: userId });
  }
}
