import type { DataMapProject } from '@lawful/datamap';
import { typeormSchemaMapping } from '@lawful/datamap';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from '../database/snake-naming.strategy';
import { ENTITIES } from '../entities';
import { PRIVACY_RULES } from './privacy.rules';
import { registerPrivacyTaxonomy } from './register-privacy';

/**
 * The reference backend as seen by the data-map CLI: its entities, taxonomy, TypeORM mapping and rules.
 *
 * @example
 * await runDataMapCli(['--format', 'md'], DATAMAP_PROJECT);
 */
export const DATAMAP_PROJECT: DataMapProject = {
  entities: ENTITIES,
  register: registerPrivacyTaxonomy,
  mapping: () => typeormSchemaMapping(new DataSource({ type: 'postgres', entities: ENTITIES, namingStrategy: new SnakeNamingStrategy() })),
  rules: PRIVACY_RULES,
};
