import { daysBetween } from '../dates/utc-date.util';
import type { DeadlineOptions, RequestDeadlines } from '../types/deadlines.types';
import type { SubjectRequest } from '../types/subject-request.types';
import { computeDeadlines } from './deadline.calculator';

/**
 * One classified request: its deadlines and the nearest one still pending.
 *
 * @example
 * const { request, next } = classify(requests, new Date(), { dueSoonDays: 5 }).dueSoon[0];
 * console.warn(request.id, next.kind, next.daysLeft);
 */
export interface ClassifiedRequest {
  request: SubjectRequest;
  deadlines: RequestDeadlines;
  /** The earliest pending deadline: acknowledgement (until acknowledged) or response. */
  next: { kind: 'acknowledge' | 'respond'; due: Date; daysLeft: number };
}

/**
 * Open requests sorted by urgency: past a pending deadline, within `dueSoonDays` of one, or on track.
 *
 * @example
 * const { overdue, dueSoon, onTrack } = classify(openRequests, new Date(), { dueSoonDays: 7 });
 */
export interface RequestClassification {
  overdue: ClassifiedRequest[];
  dueSoon: ClassifiedRequest[];
  onTrack: ClassifiedRequest[];
}

function classifyOne(request: SubjectRequest, now: Date, options: DeadlineOptions): ClassifiedRequest {
  const deadlines = computeDeadlines(request, options);
  const pending: ClassifiedRequest['next'][] = [{ kind: 'respond', due: deadlines.respondBy, daysLeft: daysBetween(now, deadlines.respondBy) }];
  if (deadlines.acknowledgeBy && !request.acknowledgedAt) {
    pending.push({ kind: 'acknowledge', due: deadlines.acknowledgeBy, daysLeft: daysBetween(now, deadlines.acknowledgeBy) });
  }
  const next = pending.reduce((a, b) => (b.daysLeft < a.daysLeft ? b : a));
  return { request, deadlines, next };
}

/**
 * Classifies open requests at `now` (UTC days; a deadline's own day is still in time). A request is overdue when
 * a pending deadline — response, or acknowledgement until `acknowledgedAt` is set — is past, due soon when one
 * falls within `dueSoonDays` days, otherwise on track. Each list is sorted by the nearest deadline first.
 *
 * @example
 * const { overdue } = classify(openRequests, new Date(), { dueSoonDays: 7, holidays: ['2024-12-25'] });
 * overdue.map((c) => `${c.request.id}: ${c.next.kind} ${-c.next.daysLeft} days late`);
 */
export function classify(
  requests: readonly SubjectRequest[],
  now: Date,
  options: DeadlineOptions & { dueSoonDays: number },
): RequestClassification {
  const result: RequestClassification = { overdue: [], dueSoon: [], onTrack: [] };
  const classified = requests.map((r) => classifyOne(r, now, options)).sort((a, b) => a.next.daysLeft - b.next.daysLeft);
  for (const item of classified) {
    if (item.next.daysLeft < 0) result.overdue.push(item);
    else if (item.next.daysLeft <= options.dueSoonDays) result.dueSoon.push(item);
    else result.onTrack.push(item);
  }
  return result;
}
