import { RegistrationError } from '../errors/registration.error';
import { BUILTIN_CATEGORIES } from '../taxonomy/builtin-categories';
import type {
  DataCategoryDefinition,
  Purpose,
  PurposeDefinition,
  Recipient,
  RecipientDefinition,
  RetentionClassDefinition,
  SubjectDefinition,
  ThirdPartySourceDefinition,
} from '../types/registry.types';
import {
  normalizeCategory,
  normalizePurpose,
  normalizeRecipient,
  normalizeRetention,
  normalizeSource,
  normalizeSubject,
} from './definition.normalizers';
import { KeyedRegistry } from './keyed.registry';

/**
 * The taxonomies and registries an application fills: data categories (built-ins plus its own), purposes,
 * data subjects, recipients, retention classes and third-party sources.
 *
 * @example
 * const registry = getMetadataStorage().registry;
 * registry.purposes.register({ key: 'service', name: 'Providing the service', description: '...', legalBasis: 'contract' });
 */
export class PrivacyRegistry {
  readonly categories = new KeyedRegistry<DataCategoryDefinition, DataCategoryDefinition>('data category', normalizeCategory, true);
  readonly purposes = new KeyedRegistry<PurposeDefinition, Purpose>('purpose', normalizePurpose, true);
  readonly subjects = new KeyedRegistry<SubjectDefinition, SubjectDefinition>('subject', normalizeSubject);
  readonly recipients = new KeyedRegistry<RecipientDefinition, Recipient>('recipient', normalizeRecipient);
  readonly retention = new KeyedRegistry<RetentionClassDefinition, RetentionClassDefinition>('retention class', normalizeRetention);
  readonly sources = new KeyedRegistry<ThirdPartySourceDefinition, ThirdPartySourceDefinition>('third-party source', normalizeSource);

  constructor() {
    this.categories.register(...BUILTIN_CATEGORIES);
  }

  get sealed(): boolean {
    return this.purposes.sealed;
  }

  /** Checks cross references between registries, then rejects any further registration. */
  seal(): void {
    for (const recipient of this.recipients.all()) {
      const unknown = recipient.dataShared.filter((c) => !this.categories.has(c));
      if (unknown.length > 0) {
        throw new RegistrationError('recipient', recipient.key, `"dataShared" has unknown data categories: ${unknown.join(', ')}`);
      }
    }
    for (const r of this.all()) r.seal();
  }

  /** Empties every registry, restores the built-in categories and unseals (for tests). */
  clear(): void {
    for (const r of this.all()) r.clear();
    this.categories.register(...BUILTIN_CATEGORIES);
  }

  private all(): KeyedRegistry<{ key: string }, { key: string }>[] {
    return [this.categories, this.purposes, this.subjects, this.recipients, this.retention, this.sources] as never;
  }
}
