import type { EntityTarget, PrivacyMetadataStorage, ProcessingRoleType } from '@lawful/annotations';
import type { OwnershipHop } from '../erasure/erasure-plan.types';
import { UnknownErasureSubjectError } from '../erasure/unknown-erasure-subject.error';
import { childrenFirst, incomingEdges, pathsTo } from './ownership.graph';

/**
 * One entity holding data about a subject, with every ownership chain from its rows to the subject's row.
 *
 * @example
 * graph.nodes.find((n) => n.name === 'ChatMessage')?.paths.length; // 2 (through the thread, and as sender)
 */
export interface SubjectGraphNode {
  entity: EntityTarget;
  name: string;
  /** Chains of edges from this entity to the subject entity (one empty chain for the subject entity itself). */
  paths: OwnershipHop[][];
}

/**
 * Everything that can hold data about one subject, from the annotations alone: the subject entity and every entity
 * reaching it through `@OwnedBy` / `@LinksTo` edges, children before parents, the subject entity last.
 *
 * @example
 * subjectGraph(storage, Contact).nodes.map((n) => n.name); // ['ChatMessage', 'ChatThread', 'Deal', 'Note', 'NoteContact', …, 'Contact']
 */
export interface SubjectGraph {
  subjectEntity: EntityTarget;
  /** Data-subject key of the subject entity (`@DataSubject`). */
  subject: string;
  /** Processing role the graph is limited to, or `undefined` for every role. */
  role?: ProcessingRoleType;
  nodes: SubjectGraphNode[];
}

/**
 * Options of `subjectGraph`.
 *
 * @example
 * subjectGraph(storage, User, { role: 'any' }); // controller and processor entities alike
 */
export interface SubjectGraphOptions {
  /** Keep entities of this processing role; default: the subject entity's own role (all when it has none). */
  role?: ProcessingRoleType | 'any';
}

/**
 * Builds the subject graph of a `@DataSubject` entity. By default it stays within the subject entity's processing
 * role: an account holder's graph (controller) does not cross into the workspaces' CRM data (processor), whose
 * controller is the workspace. Throws `UnknownErasureSubjectError` for an entity without `@DataSubject` and
 * `OwnershipCycleError` on a cycle.
 *
 * @example
 * const graph = subjectGraph(getMetadataStorage(), Contact);
 * graph.nodes.at(-1)?.entity === Contact; // true
 */
export function subjectGraph(storage: PrivacyMetadataStorage, subjectEntity: EntityTarget, options: SubjectGraphOptions = {}): SubjectGraph {
  const meta = storage.entityOf(subjectEntity);
  if (meta.subject === undefined) throw new UnknownErasureSubjectError(subjectEntity.name);
  const role = options.role === 'any' ? undefined : (options.role ?? meta.processingRole);
  const include = role === undefined ? () => true : (e: EntityTarget) => e === subjectEntity || storage.roleOf(e) === role;
  const incoming = incomingEdges(storage, include);
  const order = childrenFirst(incoming, subjectEntity);
  const reaches = new Set(order);
  const nodes = order.map((entity) => ({ entity, name: entity.name, paths: pathsTo(incoming, entity, subjectEntity, reaches) }));
  return { subjectEntity, subject: meta.subject, ...(role ? { role } : {}), nodes };
}
