export * from './constants';
export type * from './types/vocabulary.types';
export type * from './types/registry.types';
export type * from './types/personal-data-options.types';
export type * from './types/metadata.types';

export { PersonalData } from './decorators/personal-data.decorator';
export { NotPersonal } from './decorators/not-personal.decorator';
export { DataSubject } from './decorators/data-subject.decorator';
export { ProcessingRole } from './decorators/processing-role.decorator';
export { WorkspaceKey } from './decorators/workspace-key.decorator';
export { OwnedBy } from './decorators/owned-by.decorator';
export type { OwnedByOptions } from './decorators/owned-by.decorator';

export { PrivacyMetadataStorage } from './storage/privacy-metadata.storage';
export { getMetadataStorage } from './storage/get-metadata-storage';
export { PrivacyRegistry } from './registry/privacy.registry';
export { KeyedRegistry } from './registry/keyed.registry';
export type { Normalizer } from './registry/keyed.registry';
export { BUILTIN_CATEGORIES } from './taxonomy/builtin-categories';
export { validatePersonalDataOptions } from './validation/personal-data-options.validator';
export { validateFieldReferences } from './validation/field-references.validator';
export { parentKey, keyAndAncestors, isSameOrDescendant } from './utils/dotted-key.util';

export { LawfulError } from './errors/lawful.error';
export type { LawfulErrorContext } from './errors/lawful.error';
export { AnnotationError } from './errors/annotation.error';
export { AnnotationValidationError } from './errors/annotation-validation.error';
export { RegistrationError } from './errors/registration.error';
export { UnknownCategoryError } from './errors/unknown-category.error';
export { UnknownPurposeError } from './errors/unknown-purpose.error';
export { UnknownRecipientError } from './errors/unknown-recipient.error';
export { UnknownRetentionClassError } from './errors/unknown-retention-class.error';
export { UnknownSubjectError } from './errors/unknown-subject.error';
export { UnknownSourceError } from './errors/unknown-source.error';
export { MissingArt9ConditionError } from './errors/missing-art9-condition.error';
export { EmptyPurposesError } from './errors/empty-purposes.error';
export { BasisOverrideError } from './errors/basis-override.error';
export { InvalidAnnotationError } from './errors/invalid-annotation.error';
