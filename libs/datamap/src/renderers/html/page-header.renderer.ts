import type { DataMap } from '../../model/data-map.types';
import { escapeHtml } from './html-escape.util';

/**
 * The page header: title, generation time, schema version and headline counts.
 *
 * @example
 * const header = renderPageHeader(map);
 */
export function renderPageHeader(map: DataMap): string {
  const countries = new Set(map.fields.flatMap((f) => f.recipients.flatMap((id) => map.recipients.find((r) => r.id === id)?.countries ?? [])));
  const stats: [string, number][] = [
    ['Personal fields', map.fields.length],
    ['Entities', new Set(map.fields.map((f) => f.entity)).size],
    ['Categories', new Set(map.fields.map((f) => f.category)).size],
    ['Special-category fields', map.fields.filter((f) => f.special).length],
    ['Purposes', map.purposes.length],
    ['Recipients', map.recipients.length],
    ['Countries', countries.size],
    ['Retention classes', map.retention.length],
  ];
  return [
    '<header class="page-header">',
    '<div class="title"><h1>Personal data map</h1>',
    `<p>Generated <time id="generated-at" datetime="${escapeHtml(map.generatedAt)}">${escapeHtml(map.generatedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC'))}</time> · schema ${escapeHtml(map.schemaVersion)} · derived from field annotations</p></div>`,
    `<dl class="stats">${stats.map(([label, n]) => `<div class="stat${label.startsWith('Special') && n > 0 ? ' stat-alert' : ''}"><dt>${label}</dt><dd>${n}</dd></div>`).join('')}</dl>`,
    '<nav><a href="#fields-section">Fields</a><a href="#flows">Flows</a><a href="#recipients">Recipients</a><a href="#retention">Retention</a><a href="#purposes">Purposes</a></nav>',
    '</header>',
  ].join('\n');
}
