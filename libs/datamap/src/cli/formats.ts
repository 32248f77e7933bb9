import type { DataMap } from '../model/data-map.types';
import { renderCsv } from '../renderers/csv.renderer';
import { renderFides } from '../renderers/fides.renderer';
import { renderHtml } from '../renderers/html.renderer';
import { renderJson } from '../renderers/json.renderer';
import { renderMarkdown } from '../renderers/md.renderer';
import { renderPolicy } from '../renderers/policy.renderer';
import { renderRopaCsv, renderRopaMarkdown } from '../renderers/ropa.renderer';

/**
 * Output formats of `npm run datamap -- --format <name>`.
 *
 * @example
 * FORMATS['md'](map);
 */
export const FORMATS: Record<string, (map: DataMap) => string> = {
  json: renderJson,
  csv: renderCsv,
  md: renderMarkdown,
  html: renderHtml,
  fides: (map) => renderFides(map),
  ropa: renderRopaMarkdown,
  'ropa-csv': renderRopaCsv,
  policy: renderPolicy,
};
