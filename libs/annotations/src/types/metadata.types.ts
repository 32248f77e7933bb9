import type { DataSource, LegalHold } from './personal-data-options.types';
import type {
  Art9Condition,
  EntityTarget,
  ErasureStrategy,
  LegalBasis,
  ProcessingRoleType,
} from './vocabulary.types';

/**
 * File and line where an annotation was written.
 *
 * @example
 * storage.fieldOf(User, 'email')?.declaredAt; // { file: '.../user.entity.ts', line: 21 }
 */
export interface SourceLocation {
  file: string;
  line: number;
}

/**
 * One purpose of a field with the legal basis that applies to it.
 *
 * @example
 * storage.fieldOf(User, 'email')?.purposes; // [{ key: 'service.account' }, { key: 'marketing', legalBasis: 'consent' }]
 */
export interface FieldPurpose {
  key: string;
  /** Field-level override, or `undefined` to use the purpose's default basis. */
  legalBasis?: LegalBasis;
}

/**
 * Normalized erasure rule of a field.
 *
 * @example
 * storage.personalFieldsOf(User)[0].erasure; // { strategy: 'hash' }
 */
export interface FieldErasure {
  strategy: ErasureStrategy;
  replacement?: string;
  legalHold?: LegalHold;
}

/**
 * Recorded `@PersonalData()` of one property.
 *
 * @example
 * storage.personalFieldsOf(Contact).map((f) => `${f.property}: ${f.category}`);
 */
export interface PersonalFieldMetadata {
  kind: 'personal';
  target: EntityTarget;
  property: string;
  category: string;
  purposes: FieldPurpose[];
  /** Explicit subject; see `PrivacyMetadataStorage.fieldsOf` for the resolved one. */
  subject?: string;
  source: DataSource;
  retention: string;
  recipients: string[];
  special: boolean;
  art9Condition?: Art9Condition;
  erasure: FieldErasure;
  encrypted: boolean;
  description?: string;
  declaredAt?: SourceLocation;
}

/**
 * Recorded `@NotPersonal()` of one property.
 *
 * @example
 * storage.fieldsOf(Contact).filter((f) => f.kind === 'not_personal');
 */
export interface NotPersonalFieldMetadata {
  kind: 'not_personal';
  target: EntityTarget;
  property: string;
  reason?: string;
  declaredAt?: SourceLocation;
}

/**
 * Any recorded field annotation.
 *
 * @example
 * const field: FieldMetadata | undefined = storage.fieldOf(Contact, 'email');
 */
export type FieldMetadata = PersonalFieldMetadata | NotPersonalFieldMetadata;

/**
 * An ownership edge: rows of `target` belong to the subject reached through `property` (K9db OWNED_BY).
 *
 * @example
 * storage.entityOf(NoteContact).owners[0].owner(); // Contact
 */
export interface OwnershipMetadata {
  target: EntityTarget;
  property: string;
  /** Entity the property points to (a `@DataSubject` entity, or one that is itself owned). */
  owner: () => EntityTarget;
  /** Several subjects share the row (a note on two contacts): erase by anonymizing, not deleting. */
  shared: boolean;
  /**
   * Property of the owner that `property` matches; absent = the owner's primary key `id`. Set on edges derived
   * from `@LinksTo` (a note's `id` matches `NoteContact.noteId`).
   */
  ownerProperty?: string;
  declaredAt?: SourceLocation;
}

/**
 * A foreign key of a link (join) entity marked `@LinksTo`: the rows it points to are about the subjects owning the
 * link row (a note is about the contacts its `NoteContact` rows link it to).
 *
 * @example
 * storage.linksOf(NoteContact)[0].linked(); // Note
 */
export interface LinkMetadata {
  target: EntityTarget;
  property: string;
  /** Entity whose primary key `property` holds. */
  linked: () => EntityTarget;
  declaredAt?: SourceLocation;
}

/**
 * Entity-level annotations, merged from the class and its parents.
 *
 * @example
 * storage.entityOf(Contact); // { subject: 'crm_contact', processingRole: 'processor', workspaceKey: 'workspaceId', owners: [] }
 */
export interface EntityMetadata {
  target: EntityTarget;
  /** Subject category each row describes (`@DataSubject`). */
  subject?: string;
  processingRole?: ProcessingRoleType;
  /** Property holding the workspace (tenant) id. */
  workspaceKey?: string;
  owners: OwnershipMetadata[];
  declaredAt?: SourceLocation;
}
