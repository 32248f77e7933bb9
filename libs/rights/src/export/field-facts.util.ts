import type { PersonalFieldMetadata, PrivacyRegistry } from '@lawful/annotations';
import type { FieldFacts } from './subject-export.types';

const cache = new WeakMap<PersonalFieldMetadata, FieldFacts>();

/**
 * The facts of one personal field, resolved against the registries (purpose names and effective legal bases —
 * the field's override, else the purpose's own or inherited basis —, retention class, recipients with countries,
 * source name). Memoized per field annotation.
 *
 * @example
 * fieldFacts(storage.registry, storage.fieldOf(Contact, 'email') as PersonalFieldMetadata).purposes[0]; // { key: 'service.crm', name: 'CRM', legalBasis: 'contract' }
 */
export function fieldFacts(registry: PrivacyRegistry, field: PersonalFieldMetadata): FieldFacts {
  const known = cache.get(field);
  if (known) return known;
  const retention = registry.retention.get(field.retention);
  const facts: FieldFacts = {
    category: { key: field.category, name: registry.categories.get(field.category)?.name ?? field.category },
    purposes: field.purposes.map((p) => {
      const purpose = registry.purposes.get(p.key);
      return { key: p.key, name: purpose?.name ?? p.key, legalBasis: p.legalBasis ?? purpose?.legalBasis ?? null };
    }),
    source: typeof field.source === 'string' ? field.source : (registry.sources.get(field.source.thirdParty)?.name ?? field.source.thirdParty),
    retention: { key: field.retention, name: retention?.name ?? field.retention, period: retention?.period ?? '', trigger: retention?.trigger ?? '' },
    recipients: field.recipients.map((key) => {
      const recipient = registry.recipients.get(key);
      return { key, name: recipient?.name ?? key, countries: [...(recipient?.countries ?? [])] };
    }),
  };
  cache.set(field, facts);
  return facts;
}
