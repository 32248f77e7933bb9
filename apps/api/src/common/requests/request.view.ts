import { computeDeadlines, isoDay } from '@lawful/rights';
import type { DataSubjectRequestEntity } from './data-subject-request.entity';
import type { RequestState } from './request-change.types';
import { classifyRequest, deadlineRequest } from './request-deadlines.util';
import type { RequestEventEntity } from './request-event.entity';
import { OPEN_REQUEST_STATUSES } from './request-status.constants';
import type { RequestHistoryEntry, RequestView } from './request-view.types';

/** A request row of either processing role, with the personal columns the view shows. */
type RequestRow = DataSubjectRequestEntity & Pick<RequestState, 'right' | 'jurisdiction' | 'extensions'> & { details: string | null };

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/**
 * The API view of a request row at `now`, with its history when given (oldest first).
 *
 * @example
 * return requestView(row, new Date(), events);
 */
export function requestView(row: RequestRow, now: Date, history?: readonly RequestEventEntity[]): RequestView {
  const deadlines = computeDeadlines(deadlineRequest(row));
  const open = OPEN_REQUEST_STATUSES.includes(row.status);
  const classified = open ? classifyRequest(row, now) : undefined;
  const next = classified?.item.next;
  return {
    id: row.id,
    right: row.right,
    jurisdiction: row.jurisdiction,
    status: row.status,
    origin: row.origin,
    receivedAt: row.receivedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    identity: { state: row.identityState, method: row.verificationMethod, verifiedAt: iso(row.verifiedAt) },
    deadlines: {
      ...(deadlines.acknowledgeBy ? { acknowledgeBy: isoDay(deadlines.acknowledgeBy) } : {}),
      respondBy: isoDay(deadlines.respondBy),
      maxRespondBy: isoDay(deadlines.maxRespondBy),
    },
    extensions: [...row.extensions],
    classification: classified?.classification ?? 'closed',
    nextDeadline: next ? { kind: next.kind, due: isoDay(next.due), daysLeft: next.daysLeft } : null,
    outcome: row.outcome,
    rejectionReason: row.rejectionReason,
    closedAt: iso(row.closedAt),
    details: row.details,
    ...(history ? { history: history.map(historyEntry) } : {}),
  };
}

/**
 * One history row as the API shows it.
 *
 * @example
 * events.map(historyEntry);
 */
export function historyEntry(event: RequestEventEntity): RequestHistoryEntry {
  return { step: event.step, fromStatus: event.fromStatus, toStatus: event.toStatus, at: event.occurredAt.toISOString(), actorUserId: event.actorUserId, note: event.note };
}
