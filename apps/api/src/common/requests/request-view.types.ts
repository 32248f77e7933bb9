import type { DataSubjectRight, Jurisdiction } from '@lawful/rights';
import type { IdentityState, VerificationMethod } from './identity-verification.constants';
import type { RejectionReason, RequestOrigin, RequestOutcome } from './request-closure.constants';
import type { RequestStatus, RequestStep } from './request-status.constants';
import type { StoredExtension } from './stored-extension.types';

/**
 * One step of a request's status history as the API shows it.
 *
 * @example
 * const entry: RequestHistoryEntry = { step: 'received', fromStatus: null, toStatus: 'received', at: '2025-01-31T10:00:00.000Z', actorUserId: null, note: 'routed by the platform' };
 */
export interface RequestHistoryEntry {
  step: RequestStep;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  at: string;
  /** Who took the step; `null` = the platform. */
  actorUserId: string | null;
  note: string;
}

/**
 * A request record as the API shows it, for either processing role: state, deadlines (`YYYY-MM-DD`, UTC days still
 * in time) from `@lawful/rights`, extensions, classification at the time of the response, and (where asked) history.
 *
 * @example
 * const { deadlines, classification, nextDeadline } = view; // { respondBy: '2025-02-28', … }, 'on_track', { kind: 'respond', … }
 */
export interface RequestView {
  id: string;
  right: DataSubjectRight;
  jurisdiction: Jurisdiction;
  status: RequestStatus;
  origin: RequestOrigin;
  receivedAt: string;
  acknowledgedAt: string | null;
  identity: { state: IdentityState; method: VerificationMethod | null; verifiedAt: string | null };
  /** `acknowledgeBy` only where the jurisdiction requires an acknowledgement (CCPA). */
  deadlines: { acknowledgeBy?: string; respondBy: string; maxRespondBy: string };
  extensions: StoredExtension[];
  /** Open requests: past a pending deadline, within 7 days of one, or on track; `closed` once completed or rejected. */
  classification: 'overdue' | 'due_soon' | 'on_track' | 'closed';
  /** The nearest pending deadline of an open request (`daysLeft` < 0 when overdue); `null` once closed. */
  nextDeadline: { kind: 'acknowledge' | 'respond'; due: string; daysLeft: number } | null;
  outcome: RequestOutcome | null;
  rejectionReason: RejectionReason | null;
  closedAt: string | null;
  details: string | null;
  history?: RequestHistoryEntry[];
}
