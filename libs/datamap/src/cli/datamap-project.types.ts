import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import type { PolicyRuleConfig } from '../check/policy-rule';
import type { SchemaMapping } from '../schema/schema-mapping.types';

/**
 * What a project hands the data-map CLI: its entity classes, how it registers its taxonomy, optionally its ORM
 * mapping and its own policy rules. Export it from a module and point the CLI at that module.
 *
 * @example
 * export const project: DataMapProject = {
 *   entities: [User, Contact],
 *   register: (storage) => storage.registry.purposes.register({ key: 'service', name: 'Service', description: '…', legalBasis: 'contract' }),
 *   mapping: () => typeormSchemaMapping(new DataSource({ type: 'postgres', entities: [User, Contact] })),
 *   rules: [{ id: 'no-contact-marketing', description: '…', subjects: { matches: 'ANY', values: ['crm_contact'] }, purposes: { matches: 'ANY', values: ['marketing'] } }],
 * };
 */
export interface DataMapProject {
  entities: EntityTarget[];
  /** Registers categories, purposes, subjects, recipients, retention classes and sources. */
  register(storage: PrivacyMetadataStorage): void;
  mapping?(): Promise<SchemaMapping>;
  rules?: PolicyRuleConfig[];
  /** Built-in rule ids to skip. */
  disable?: string[];
}
