import { classify, type ClassifiedRequest, type SubjectRequest } from '@lawful/rights';
import type { RequestState } from './request-change.types';

/**
 * Days before a pending deadline from which an open request counts as due soon.
 *
 * @example
 * classify(requests, new Date(), { dueSoonDays: DUE_SOON_DAYS });
 */
export const DUE_SOON_DAYS = 7;

/**
 * The request as `@lawful/rights` sees it (deadline maths stays in the library).
 *
 * @example
 * computeDeadlines(deadlineRequest(state)).respondBy;
 */
export function deadlineRequest(state: Omit<RequestState, 'status' | 'identityState'>): SubjectRequest {
  return {
    id: state.id,
    jurisdiction: state.jurisdiction,
    right: state.right,
    receivedAt: state.receivedAt,
    ...(state.acknowledgedAt ? { acknowledgedAt: state.acknowledgedAt } : {}),
    extensions: state.extensions.map((e) => ({ ...e, at: new Date(e.at) })),
  };
}

/**
 * The request's deadlines, its nearest pending one and its class at `now` (`classify` of `@lawful/rights`, due
 * soon within `DUE_SOON_DAYS`).
 *
 * @example
 * const { classification, item } = classifyRequest(state, new Date()); // 'overdue' | 'due_soon' | 'on_track'
 */
export function classifyRequest(state: Omit<RequestState, 'status' | 'identityState'>, now: Date): { classification: 'overdue' | 'due_soon' | 'on_track'; item: ClassifiedRequest } {
  const { overdue, dueSoon, onTrack } = classify([deadlineRequest(state)], now, { dueSoonDays: DUE_SOON_DAYS });
  if (overdue.length > 0) return { classification: 'overdue', item: overdue[0] };
  if (dueSoon.length > 0) return { classification: 'due_soon', item: dueSoon[0] };
  return { classification: 'on_track', item: onTrack[0] };
}

/**
 * The nearest pending deadline (UTC midnight) of an open request: acknowledgement until acknowledged, else the
 * response. Stored as `nextDueAt` so overdue and due-soon lists are SQL conditions.
 *
 * @example
 * const values = { acknowledgedAt: now, nextDueAt: nextDueAt({ ...state, acknowledgedAt: now }) };
 */
export function nextDueAt(state: Omit<RequestState, 'status' | 'identityState'>): Date {
  return classifyRequest(state, state.receivedAt).item.next.due;
}
