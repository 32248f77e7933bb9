import type { DataMap } from '../model/data-map.types';
import { renderHtml } from '../renderers/html.renderer';
import { renderJson } from '../renderers/json.renderer';
import { renderMarkdown } from '../renderers/md.renderer';

/**
 * Output formats of `npm run datamap -- --format <name>`.
 *
 * @example
 * FORMATS['md'](map);
 */
export const FORMATS: Record<string, (map: DataMap) => string> = {
  json: renderJson,
  md: renderMarkdown,
  html: renderHtml,
};
