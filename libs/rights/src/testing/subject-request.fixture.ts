import type { Jurisdiction } from '../types/jurisdiction.types';
import type { SubjectRequest } from '../types/subject-request.types';

/**
 * A test request received at `receivedAt` (an ISO string) under `jurisdiction`, with no extension.
 *
 * @example
 * const request = subjectRequest('gdpr', '2024-01-31T10:00:00Z');
 */
export function subjectRequest(jurisdiction: Jurisdiction, receivedAt: string, overrides: Partial<SubjectRequest> = {}): SubjectRequest {
  return { id: `dsr-${jurisdiction}`, jurisdiction, right: 'access', receivedAt: new Date(receivedAt), extensions: [], ...overrides };
}
