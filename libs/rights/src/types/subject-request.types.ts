import type { DataSubjectRight } from './data-subject-right.types';
import type { Jurisdiction } from './jurisdiction.types';
import type { Period } from './period.types';

/**
 * A recorded extension of a request's response deadline: how much, why, and when it was decided.
 *
 * @example
 * const extension: RequestExtension = { months: 2, reason: 'Complex request: 14 systems to search', at: new Date() };
 */
export type RequestExtension = Period & {
  /** Why the deadline is extended (communicated to the data subject); never empty. */
  reason: string;
  /** When the extension was recorded. */
  at: Date;
};

/**
 * A data-subject request as the deadline functions see it (immutable: `extend` returns a new one).
 *
 * @example
 * const request: SubjectRequest = {
 *   id: 'dsr-1', jurisdiction: 'gdpr', right: 'access', receivedAt: new Date('2024-01-31T10:00:00Z'), extensions: [],
 * };
 */
export interface SubjectRequest {
  readonly id: string;
  readonly jurisdiction: Jurisdiction;
  readonly right: DataSubjectRight;
  /** When the request was received; its UTC date is the day deadlines count from. */
  readonly receivedAt: Date;
  /** When receipt was acknowledged to the data subject, if it was (ends the acknowledgement deadline). */
  readonly acknowledgedAt?: Date;
  /** Extensions recorded so far, oldest first. */
  readonly extensions: readonly RequestExtension[];
}
