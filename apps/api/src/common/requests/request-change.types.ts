import type { DataSubjectRight, Jurisdiction } from '@lawful/rights';
import type { DataSubjectRequestEntity } from './data-subject-request.entity';
import type { IdentityState } from './identity-verification.constants';
import type { RequestStatus, RequestStep } from './request-status.constants';
import type { StoredExtension } from './stored-extension.types';

/**
 * What the workflow needs to know of a request record (either processing role) to decide a step.
 *
 * @example
 * const state: RequestState = { id, right: 'access', jurisdiction: 'gdpr', status: 'received', identityState: 'pending', receivedAt, acknowledgedAt: null, extensions: [] };
 */
export interface RequestState {
  id: string;
  right: DataSubjectRight;
  jurisdiction: Jurisdiction;
  status: RequestStatus;
  identityState: IdentityState;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  extensions: readonly StoredExtension[];
}

/**
 * Columns a step sets on the request row.
 *
 * @example
 * const values: RequestValues = { status: 'rejected', rejectionReason: 'duplicate', closedAt: now, nextDueAt: null };
 */
export type RequestValues = Partial<
  Pick<DataSubjectRequestEntity, 'status' | 'identityState' | 'verificationMethod' | 'verifiedAt' | 'acknowledgedAt' | 'nextDueAt' | 'outcome' | 'rejectionReason' | 'closedAt'>
> & { extensions?: StoredExtension[] };

/**
 * The status-history row of a step (the actor and request ids are added by the service that records it).
 *
 * @example
 * const event: RequestEventValues = { step: 'acknowledged', fromStatus: 'received', toStatus: 'received', note: 'receipt acknowledged' };
 */
export interface RequestEventValues {
  step: RequestStep;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  note: string;
}

/**
 * One workflow step: the row's new values and the history row recording it (written in one transaction).
 *
 * @example
 * const { values, event } = acknowledgeRequest(state, new Date());
 */
export interface RequestChange {
  values: RequestValues;
  event: RequestEventValues;
}
