import type { AnnotationError } from '../errors/annotation.error';
import { MissingArt9ConditionError } from '../errors/missing-art9-condition.error';
import { UnknownCategoryError } from '../errors/unknown-category.error';
import { UnknownPurposeError } from '../errors/unknown-purpose.error';
import { UnknownRecipientError } from '../errors/unknown-recipient.error';
import { UnknownRetentionClassError } from '../errors/unknown-retention-class.error';
import { UnknownSourceError } from '../errors/unknown-source.error';
import { UnknownSubjectError } from '../errors/unknown-subject.error';
import type { PrivacyRegistry } from '../registry/privacy.registry';
import type { PersonalFieldMetadata } from '../types/metadata.types';
import { keyAndAncestors } from '../utils/dotted-key.util';

function hint(keys: string[]): string {
  return keys.length === 0 ? 'none are registered' : `registered: ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', ...' : ''}`;
}

/**
 * Every registry id a personal field references that the registries do not know.
 * `subject` is the resolved subject (field's own or the entity's), or `undefined` to skip that check.
 *
 * @example
 * const problems = validateFieldReferences(field, field.subject, storage.registry);
 */
export function validateFieldReferences(field: PersonalFieldMetadata, subject: string | undefined, registry: PrivacyRegistry): AnnotationError[] {
  const entity = field.target.name;
  const property = field.property;
  const out: AnnotationError[] = [];
  const category = registry.categories.get(field.category);
  if (!category) {
    out.push(new UnknownCategoryError(entity, property, `unknown data category "${field.category}"; use a built-in key (e.g. user.contact.email) or register it with registry.categories.register()`, { category: field.category }));
  } else if (!field.special && keyAndAncestors(field.category).some((k) => registry.categories.get(k)?.special)) {
    out.push(new MissingArt9ConditionError(entity, property, `"${field.category}" is a special category (GDPR Art. 9); set "special: true" with an "art9Condition"`, { category: field.category }));
  }
  for (const purpose of field.purposes) {
    if (!registry.purposes.has(purpose.key)) {
      out.push(new UnknownPurposeError(entity, property, `unknown purpose "${purpose.key}"; register it with registry.purposes.register() (${hint(registry.purposes.keys())})`, { purpose: purpose.key }));
    }
  }
  for (const recipient of field.recipients) {
    if (!registry.recipients.has(recipient)) {
      out.push(new UnknownRecipientError(entity, property, `unknown recipient "${recipient}"; register it with registry.recipients.register() (${hint(registry.recipients.keys())})`, { recipient }));
    }
  }
  if (!registry.retention.has(field.retention)) {
    out.push(new UnknownRetentionClassError(entity, property, `unknown retention class "${field.retention}"; register it with registry.retention.register() (${hint(registry.retention.keys())})`, { retention: field.retention }));
  }
  if (typeof field.source === 'object' && !registry.sources.has(field.source.thirdParty)) {
    out.push(new UnknownSourceError(entity, property, `unknown third-party source "${field.source.thirdParty}"; register it with registry.sources.register() (${hint(registry.sources.keys())})`, { source: field.source.thirdParty }));
  }
  if (subject !== undefined && !registry.subjects.has(subject)) {
    out.push(new UnknownSubjectError(entity, property, `unknown data subject "${subject}"; register it with registry.subjects.register() (${hint(registry.subjects.keys())})`, { subject }));
  }
  return out;
}
