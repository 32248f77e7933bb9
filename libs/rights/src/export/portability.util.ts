import type { PersonalFieldMetadata, PrivacyRegistry } from '@lawful/annotations';

const PORTABLE_BASES = new Set(['consent', 'contract']);

/**
 * Whether a field belongs in a portability export (GDPR Art. 20, Quebec Law 25 s. 27): the subject provided it
 * (`source: 'provided'`), it is processed under consent or contract for at least one of its purposes, and it is
 * not derived or inferred (`derived` source, `user.inferred` categories).
 *
 * @example
 * isPortable(storage.registry, storage.fieldOf(Contact, 'email') as PersonalFieldMetadata); // true
 * isPortable(storage.registry, storage.fieldOf(Contact, 'lastContactedAt') as PersonalFieldMetadata); // false (derived)
 */
export function isPortable(registry: PrivacyRegistry, field: PersonalFieldMetadata): boolean {
  if (field.source !== 'provided') return false;
  if (field.category === 'user.inferred' || field.category.startsWith('user.inferred.')) return false;
  return field.purposes.some((p) => PORTABLE_BASES.has(p.legalBasis ?? registry.purposes.get(p.key)?.legalBasis ?? ''));
}
