import type { DataMap } from '../model/data-map.types';

/**
 * The canonical JSON form of the data map (pretty-printed, trailing newline).
 *
 * @example
 * writeFileSync('datamap.json', renderJson(map));
 */
export function renderJson(map: DataMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}
