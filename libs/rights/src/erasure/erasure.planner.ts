import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import { buildErasureStep } from './erasure-step.builder';
import type { ErasurePlan } from './erasure-plan.types';
import { childrenFirst, incomingEdges, pathsTo } from './ownership.graph';
import { UnknownErasureSubjectError } from './unknown-erasure-subject.error';

/**
 * Plans the erasure of one data subject from the annotations alone (no database): one step per annotated entity
 * reaching the subject entity through `@OwnedBy` edges, the subject entity last, children before parents.
 * Throws `UnknownErasureSubjectError` for an entity without `@DataSubject`, `OwnershipCycleError` on a cycle.
 *
 * @example
 * const plan = planErasure(getMetadataStorage(), Contact);
 * plan.steps.map((s) => [s.name, s.action]); // [['Deal', 'delete'], ['NoteContact', 'anonymize'], ['Contact', 'delete']]
 */
export function planErasure(storage: PrivacyMetadataStorage, subjectEntity: EntityTarget): ErasurePlan {
  const subject = storage.entityOf(subjectEntity).subject;
  if (subject === undefined) throw new UnknownErasureSubjectError(subjectEntity.name);
  const order = childrenFirst(incomingEdges(storage), subjectEntity);
  const reaches = new Set(order);
  const steps = order.map((entity) => buildErasureStep(storage, entity, subject, pathsTo(storage, entity, subjectEntity, reaches)));
  return { subjectEntity, subject, steps };
}
