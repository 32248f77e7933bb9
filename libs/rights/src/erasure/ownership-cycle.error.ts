import { ErasurePlanError } from './erasure-plan.error';

/**
 * `@OwnedBy` edges reaching the subject form a cycle, so no order deletes children before parents.
 *
 * @example
 * expect(() => planErasure(storage, Contact)).toThrow(OwnershipCycleError);
 */
export class OwnershipCycleError extends ErasurePlanError {
  constructor(readonly cycle: string[]) {
    super('OWNERSHIP_CYCLE', `@OwnedBy edges form a cycle (${cycle.join(' → ')}); erasure cannot order children before parents`, { entities: cycle });
  }
}
