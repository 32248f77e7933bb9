import type { DataMap } from '../model/data-map.types';
import { fidesDataset } from './fides/fides-dataset';
import { fidesSystem } from './fides/fides-system';
import { FIDESLANG_DATA_SUBJECT_KEYS } from './fides/fideslang-vocabulary';
import { compareText } from './text.util';
import { toYaml } from './yaml/yaml.emitter';

/**
 * Options of the Fides export.
 *
 * @example
 * const options: FidesOptions = { project: 'aktok' }; // dataset aktok_datamap, system aktok
 */
export interface FidesOptions {
  /** Project name the fides keys derive from (default `lawful`): dataset `<project>_datamap`, system `<project>`. */
  project?: string;
}

/** A valid fides key: lower-case letters, digits and underscores. */
const fidesKeyOf = (project: string) => project.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'lawful';

/**
 * The data map as a Fides manifest (fideslang YAML) for `fides push`: a `dataset` with one collection per table,
 * a `system` with one privacy declaration per purpose, and a `data_subject` resource for each of our subjects
 * fideslang does not define. Categories are fideslang keys only: the application's own categories are emitted as
 * their nearest fideslang ancestor.
 *
 * @example
 * writeFileSync('.fides/lawful.yml', renderFides(map, { project: 'aktok' }));
 */
export function renderFides(map: DataMap, options: FidesOptions = {}): string {
  const key = fidesKeyOf(options.project ?? 'lawful');
  const datasetKey = `${key}_datamap`;
  const used = new Set(map.fields.flatMap((f) => (f.subject ? [f.subject] : [])));
  const subjects = map.subjects
    .filter((s) => used.has(s.id) && !FIDESLANG_DATA_SUBJECT_KEYS.includes(s.id))
    .sort((a, b) => compareText(a.id, b.id))
    .map((s) => ({ fides_key: s.id, name: s.name, ...(s.description ? { description: s.description } : {}) }));
  return toYaml({
    dataset: [fidesDataset(map, datasetKey)],
    system: [fidesSystem(map, key, datasetKey)],
    ...(subjects.length > 0 ? { data_subject: subjects } : {}),
  });
}
