import type { DataMapProject } from '@lawful/datamap';
import { typeormSchemaMapping } from '@lawful/datamap';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from '../database/snake-naming.strategy';
import { ENTITIES } from '../entities';
import { PRIVACY_RULES } from './privacy.rules';
import { registerPrivacyTaxonomy } from './register-privacy';

/** Files declaring `@SignificantEffect()` handlers: `*.effect.ts` in the sources, `*.effect.js` once compiled. */
const EFFECT_FILE = /\.effect\.(ts|js)$/;

/**
 * Loads every `*.effect.ts` (or compiled `*.effect.js`) file under `root` (default: `apps/api/src`, or its compiled
 * copy in dist), so their `@SignificantEffect()` handlers are recorded and the data map lists the app's automated
 * decisions without a hand-kept list. Returns the loaded files relative to `root`, sorted; none is fine.
 *
 * @example
 * loadEffectHandlers(); // ['processor/decisions/effects/disqualify-lead.effect.ts', ...]
 */
export function loadEffectHandlers(root: string = join(__dirname, '..')): string[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => EFFECT_FILE.test(file) && !file.endsWith('.d.ts'))
    .sort();
  for (const file of files) require(join(root, file));
  return files;
}

/** The effect handler files of the reference backend, loaded when the data-map project is. */
export const EFFECT_HANDLER_FILES = loadEffectHandlers();

/**
 * The reference backend as seen by the data-map CLI: its entities, taxonomy, TypeORM mapping and rules. Its
 * significant-effect handlers (`*.effect.ts`) are loaded with this module, so the map shows its automated decisions.
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
