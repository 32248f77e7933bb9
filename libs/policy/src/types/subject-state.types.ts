import type { PolicyAction, RowConditions } from './policy.types';

/**
 * Why a subject's rows are withheld from the request's purpose:
 * `consent` (consent-based purpose without recorded consent), `objection` (GDPR Art. 21, legitimate
 * interests), `restriction` (Art. 18: only storage and purposes marked `allowedWhenRestricted`).
 *
 * @example
 * const reason: SubjectStateReason = 'objection';
 */
export type SubjectStateReason = 'consent' | 'objection' | 'restriction';

/**
 * Rows of one entity the request may not process because of their subjects' state. The caller (the
 * integration) computes it per request from consent/objection/restriction records; the ability factory
 * turns each filter into an inverted (`cannot`) rule, which `applyAbilityToQuery` pushes into SQL as
 * `AND NOT (…)`.
 *
 * Express "only subjects with consent" as an exclusion of everybody else: `{ id: { $nin: consentedIds } }`.
 * A `restriction` filter is skipped when the request purpose is registered with `allowedWhenRestricted`.
 *
 * @example
 * const filters: SubjectStateFilter[] = [
 *   { entity: 'Contact', reason: 'objection', exclude: { id: { $in: objectedIds } } },
 *   { entity: 'Contact', reason: 'consent', exclude: { id: { $nin: consentedIds } } },
 * ];
 */
export interface SubjectStateFilter {
  /** Subject type: the entity class name. */
  entity: string;
  reason: SubjectStateReason;
  /** Rows to withhold, on entity property names. */
  exclude: RowConditions;
  /** Actions withheld; defaults to `SUBJECT_STATE_ACTIONS` (read, update, delete). */
  actions?: readonly PolicyAction[];
}
