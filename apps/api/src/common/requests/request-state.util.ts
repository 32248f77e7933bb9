import type { DataSubjectRequestEntity } from './data-subject-request.entity';
import type { RequestState } from './request-change.types';

/**
 * The workflow state of a request row of either processing role.
 *
 * @example
 * const change = acknowledgeRequest(requestState(row), new Date());
 */
export function requestState(row: DataSubjectRequestEntity & Pick<RequestState, 'right' | 'jurisdiction' | 'extensions'>): RequestState {
  const { id, right, jurisdiction, status, identityState, receivedAt, acknowledgedAt, extensions } = row;
  return { id, right, jurisdiction, status, identityState, receivedAt, acknowledgedAt, extensions };
}
