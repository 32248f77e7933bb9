import { computeDeadlines, type DataSubjectRight, extend, isoDay, type Jurisdiction, type RequestExtension } from '@lawful/rights';
import { ConflictException } from '@nestjs/common';
import type { VerificationMethod } from './identity-verification.constants';
import type { RequestChange, RequestState } from './request-change.types';
import type { RejectionReason, RequestOutcome } from './request-closure.constants';
import { OPEN_REQUEST_STATUSES } from './request-status.constants';
import { deadlineRequest, nextDueAt } from './request-deadlines.util';

// The data-subject request workflow, the same for both processing roles. Each function decides one step from the
// current state and returns the row's new values and the history row (`RequestChange`); the caller writes both in
// one transaction. Steps the state does not allow throw 409 (`ConflictException`) saying why and what to do;
// extensions are decided by `extend` of `@lawful/rights` (its `RightsError`s answer 400/409).
// Status: `received` → (identity verified) `in_progress` → `completed`; any open request → `rejected`.

/**
 * The first step of a new request: `received`, identity `pending`, its first deadline.
 *
 * @example
 * const { values, event } = receiveRequest({ right: 'access', jurisdiction: 'gdpr', receivedAt: new Date() }, 'recorded by the workspace');
 */
export function receiveRequest(request: { right: DataSubjectRight; jurisdiction: Jurisdiction; receivedAt: Date }, note: string): RequestChange {
  const state = { ...request, id: 'new', acknowledgedAt: null, extensions: [] };
  return { values: { status: 'received', identityState: 'pending', nextDueAt: nextDueAt(state) }, event: { step: 'received', fromStatus: null, toStatus: 'received', note } };
}

/**
 * Records that receipt was acknowledged to the requester (ends the CCPA acknowledgement deadline); once.
 *
 * @example
 * const { values } = acknowledgeRequest(state, new Date()); // values.acknowledgedAt, values.nextDueAt
 */
export function acknowledgeRequest(state: RequestState, now: Date): RequestChange {
  assertOpen(state, 'acknowledged');
  if (state.acknowledgedAt) throw conflict(state, `Receipt was already acknowledged on ${isoDay(state.acknowledgedAt)}`);
  const due = computeDeadlines(deadlineRequest(state)).acknowledgeBy;
  const note = due ? `receipt acknowledged (due by ${isoDay(due)})` : 'receipt acknowledged';
  return { values: { acknowledgedAt: now, nextDueAt: nextDueAt({ ...state, acknowledgedAt: now }) }, event: same(state, 'acknowledged', note) };
}

/**
 * Records the identity check: verified moves the request to `in_progress`; failed keeps it open (check again, or reject).
 *
 * @example
 * verifyIdentity(state, { verified: true, method: 'email_confirmation' }, new Date()).values.status; // 'in_progress'
 */
export function verifyIdentity(state: RequestState, check: { verified: boolean; method: VerificationMethod }, now: Date): RequestChange {
  assertOpen(state, 'verified');
  if (state.identityState === 'verified') throw conflict(state, 'The identity is already verified');
  if (!check.verified) {
    return { values: { identityState: 'failed', verificationMethod: check.method, verifiedAt: null }, event: same(state, 'identity_failed', `identity check failed (${check.method})`) };
  }
  return {
    values: { status: 'in_progress', identityState: 'verified', verificationMethod: check.method, verifiedAt: now },
    event: { step: 'identity_verified', fromStatus: state.status, toStatus: 'in_progress', note: `identity verified (${check.method})` },
  };
}

/**
 * Extends the response deadline as the jurisdiction allows (`extend` of `@lawful/rights`); the reason is stored on
 * the request, not in the history note.
 *
 * @example
 * extendRequest(gdprState, { months: 2, reason: 'Records in 14 systems' }, new Date()).values.extensions;
 */
export function extendRequest(state: RequestState, body: { reason: string; months?: number; days?: number }, now: Date): RequestChange {
  assertOpen(state, 'extended');
  const extension = { months: body.months, days: body.days, reason: body.reason, at: now } as RequestExtension;
  const extended = extend(deadlineRequest(state), extension);
  const added = extended.extensions[extended.extensions.length - 1];
  const period = added.months !== undefined ? { months: added.months } : { days: added.days };
  const extensions = [...state.extensions, { ...period, reason: added.reason, at: now.toISOString() }];
  const respondBy = isoDay(computeDeadlines(extended).respondBy);
  const by = period.months !== undefined ? `${period.months} month(s)` : `${period.days} day(s)`;
  return { values: { extensions, nextDueAt: nextDueAt({ ...state, extensions }) }, event: same(state, 'extended', `response deadline extended by ${by} to ${respondBy}; reason recorded on the request`) };
}

/**
 * Closes the request as answered; needs a verified identity.
 *
 * @example
 * completeRequest(state, 'fulfilled', new Date()).values.status; // 'completed'
 */
export function completeRequest(state: RequestState, outcome: RequestOutcome, now: Date, note = `completed: ${outcome}`): RequestChange {
  assertOpen(state, 'completed');
  if (state.identityState !== 'verified') {
    throw conflict(state, `The identity of the requester is ${state.identityState === 'failed' ? 'not verified (the last check failed)' : 'not verified yet'}: verify it first, or reject the request`);
  }
  return { values: { status: 'completed', outcome, closedAt: now, nextDueAt: null }, event: { step: 'completed', fromStatus: state.status, toStatus: 'completed', note } };
}

/**
 * Closes the request as rejected, with a reason code.
 *
 * @example
 * rejectRequest(state, 'manifestly_unfounded', new Date()).values.status; // 'rejected'
 */
export function rejectRequest(state: RequestState, reason: RejectionReason, now: Date): RequestChange {
  assertOpen(state, 'rejected');
  return { values: { status: 'rejected', rejectionReason: reason, closedAt: now, nextDueAt: null }, event: { step: 'rejected', fromStatus: state.status, toStatus: 'rejected', note: `rejected: ${reason}` } };
}

/**
 * Completes the request because an export or erasure answered it; the right must be the request's own.
 *
 * @example
 * fulfilRequest(state, { right: 'erasure', outcome: 'fulfilled' }, new Date()).event.note; // 'fulfilled by the erasure (fulfilled)'
 */
export function fulfilRequest(state: RequestState, fulfilment: { right: DataSubjectRight; outcome: RequestOutcome }, now: Date): RequestChange {
  if (state.right !== fulfilment.right) throw conflict(state, `The request exercises the right "${state.right}"; a "${fulfilment.right}" cannot fulfil it`);
  return completeRequest(state, fulfilment.outcome, now, `fulfilled by the ${fulfilment.right} (${fulfilment.outcome})`);
}

function assertOpen(state: RequestState, verb: string): void {
  if (!OPEN_REQUEST_STATUSES.includes(state.status)) throw conflict(state, `The request is ${state.status}; a closed request cannot be ${verb}`);
}

function same(state: RequestState, step: RequestChange['event']['step'], note: string): RequestChange['event'] {
  return { step, fromStatus: state.status, toStatus: state.status, note };
}

function conflict(state: RequestState, message: string): ConflictException {
  return new ConflictException({ statusCode: 409, error: 'Conflict', message, requestId: state.id, status: state.status, identityState: state.identityState });
}
