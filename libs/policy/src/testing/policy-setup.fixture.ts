import { getMetadataStorage } from '@lawful/annotations';
import { defineTestEntities, type TestEntities } from './policy-entities.fixture';
import { registerPolicyTaxonomy } from './policy-taxonomy.fixture';

/**
 * Clears the global metadata storage, registers the fixture taxonomy, declares the test entities and seals.
 * Each spec file calls it once, before building a factory.
 *
 * @example
 * const { Person } = setUpPolicyFixture();
 * const factory = new PolicyAbilityFactory();
 */
export function setUpPolicyFixture(): TestEntities {
  const storage = getMetadataStorage();
  storage.clear();
  registerPolicyTaxonomy(storage.registry);
  const entities = defineTestEntities();
  storage.seal();
  return entities;
}
