import { ErasurePlanError } from './erasure-plan.error';

/**
 * The entity given to `planErasure` is not a `@DataSubject` entity, so there is no subject to erase.
 *
 * @example
 * expect(() => planErasure(storage, Deal)).toThrow(UnknownErasureSubjectError);
 */
export class UnknownErasureSubjectError extends ErasurePlanError {
  constructor(entity: string) {
    super('UNKNOWN_ERASURE_SUBJECT', `${entity} is not a data-subject entity; annotate it with @DataSubject() or plan the erasure from the subject's entity`, { entity });
  }
}
