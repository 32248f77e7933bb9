import type { Art17Reason, EntityTarget, ErasureStrategy } from '@lawful/annotations';

/**
 * What erasure does with the rows of one entity.
 *
 * @example
 * const action: ErasureAction = 'anonymize'; // rows shared with other subjects are kept, this subject's fields erased
 */
export type ErasureAction = 'delete' | 'anonymize' | 'retain';

/**
 * One `@OwnedBy` edge on the way from an entity to the subject entity.
 *
 * @example
 * const hop: OwnershipHop = { entity: NoteContact, property: 'contactId', owner: Contact, ownerProperty: 'id', shared: true };
 */
export interface OwnershipHop {
  entity: EntityTarget;
  /** Property of `entity` matching `owner.ownerProperty` (a foreign key, or `id` for a `@LinksTo` edge). */
  property: string;
  owner: EntityTarget;
  /** Property of `owner` matched: its key `id`, or the link key (`NoteContact.noteId`) for a `@LinksTo` edge. */
  ownerProperty: string;
  shared: boolean;
}

/**
 * A chain of ownership edges from an entity to the subject entity (empty for the subject entity itself).
 * Rows reached through a path with any shared edge also belong to other subjects: they are anonymized, not deleted.
 *
 * @example
 * plan.steps[0].paths[0]; // { hops: [{ entity: ChatMessage, property: 'threadId', owner: ChatThread, ... }, ...], action: 'delete' }
 */
export interface OwnershipPath {
  hops: OwnershipHop[];
  action: Exclude<ErasureAction, 'retain'>;
}

/**
 * How one personal field of the subject is erased in a row that is kept. A field declared `delete` becomes `null`
 * (the row itself stays).
 *
 * @example
 * const field: FieldErasurePlan = { property: 'name', category: 'user.name', strategy: 'redact', replacement: '[erased]' };
 */
export interface FieldErasurePlan {
  property: string;
  category: string;
  strategy: Exclude<ErasureStrategy, 'delete'>;
  replacement?: string;
}

/**
 * A field kept despite the erasure request, with its GDPR Art. 17(3) reason.
 *
 * @example
 * const held: HeldField = { property: 'amount', reason: 'legal_obligation', description: 'tax records, 7 years' };
 */
export interface HeldField {
  property: string;
  reason: Art17Reason;
  description: string;
}

/**
 * What erasure does with one entity's rows about the subject, and why.
 *
 * @example
 * plan.steps.map((s) => `${s.name}: ${s.action}`); // ['Deal: delete', 'NoteContact: anonymize', 'Contact: delete']
 */
export interface ErasureStep {
  entity: EntityTarget;
  name: string;
  action: ErasureAction;
  /** Every ownership path from this entity to the subject entity. */
  paths: OwnershipPath[];
  /** Fields erased in the rows that are kept (`anonymize`, and the non-held fields of `retain`). */
  fields: FieldErasurePlan[];
  /** Fields under a legal hold (`retain` only). */
  holds: HeldField[];
  /** Why, in words, derived from the annotations (no personal data). */
  reason: string;
}

/**
 * The ordered erasure plan of one subject entity: children before parents, so foreign keys never block.
 *
 * @example
 * const plan: ErasurePlan = planErasure(getMetadataStorage(), Contact);
 * plan.steps.at(-1)?.entity === Contact; // true
 */
export interface ErasurePlan {
  subjectEntity: EntityTarget;
  /** Data-subject key of the entity (`@DataSubject`). */
  subject: string;
  steps: ErasureStep[];
}
