import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import { subjectGraph, type SubjectGraphOptions } from '../graph/subject.graph';
import { buildErasureStep } from './erasure-step.builder';
import type { ErasurePlan } from './erasure-plan.types';

/**
 * Plans the erasure of one data subject from the annotations alone (no database): one step per annotated entity
 * of the subject graph (`subjectGraph`: `@OwnedBy` / `@LinksTo` edges, within the subject entity's processing role
 * by default), the subject entity last, children before parents.
 * Throws `UnknownErasureSubjectError` for an entity without `@DataSubject`, `OwnershipCycleError` on a cycle.
 *
 * @example
 * const plan = planErasure(getMetadataStorage(), Contact);
 * plan.steps.map((s) => [s.name, s.action]); // [['Deal', 'delete'], ['NoteContact', 'anonymize'], ['Contact', 'delete']]
 */
export function planErasure(storage: PrivacyMetadataStorage, subjectEntity: EntityTarget, options: SubjectGraphOptions = {}): ErasurePlan {
  const graph = subjectGraph(storage, subjectEntity, options);
  const steps = graph.nodes.map((node) => buildErasureStep(storage, node.entity, graph.subject, node.paths));
  return { subjectEntity, subject: graph.subject, steps };
}
