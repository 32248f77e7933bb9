import type { DataMap } from '../../model/data-map.types';
import { type DataMapLabels, humanize } from './datamap-labels.util';
import { FIELD_FILTERS, NONE_VALUE } from './field-filters.constants';
import { escapeHtml } from './html-escape.util';

const DECISION_ROLE_LABELS: Record<string, string> = { input: 'Feeds automated decisions', output: 'Produced by automated decisions' };

/**
 * The search box (`#search`), one `<select id="filter-<key>">` per {@link FIELD_FILTERS} entry, a clear
 * button and the `#visible-count` counter. Categories, legal bases and roles list the values in use;
 * purposes, recipients and subjects list the whole registry (unused entries show a count of 0); automated decisions
 * offer the fields that feed them (`input`) or are produced by them (`output`).
 *
 * @example
 * const controls = renderFilterControls(map, dataMapLabels(map));
 */
export function renderFilterControls(map: DataMap, labels: DataMapLabels): string {
  const registered: Record<string, { ids: string[]; name: (id: string) => string }> = {
    category: { ids: [], name: labels.category },
    purpose: { ids: map.purposes.map((p) => p.id), name: labels.purpose },
    basis: { ids: [], name: humanize },
    recipient: { ids: map.recipients.map((r) => r.id), name: labels.recipient },
    subject: { ids: map.subjects.map((s) => s.id), name: labels.subject },
    role: { ids: [], name: humanize },
    decision: { ids: [], name: (id) => DECISION_ROLE_LABELS[id] ?? id },
  };
  const selects = FIELD_FILTERS.map(({ key, title, values }) => {
    const used = map.fields.flatMap((f) => [...new Set(values(f))]);
    const ids = [...new Set([...registered[key].ids, ...[...new Set(used)].filter((v) => v !== NONE_VALUE).sort()])];
    const option = (value: string, label: string) => `<option value="${escapeHtml(value)}">${escapeHtml(label)} (${used.filter((u) => u === value).length})</option>`;
    const options = ids.map((id) => option(id, registered[key].name(id)));
    if (used.includes(NONE_VALUE)) options.push(option(NONE_VALUE, '(none)'));
    return `<label class="control"><span>${title}</span><select id="filter-${key}"><option value="">All</option>${options.join('')}</select></label>`;
  });
  return [
    '<div class="controls" role="search">',
    '<label class="control control-search"><span>Search</span><input id="search" type="search" placeholder="Entity, property, category, purpose, recipient…" autocomplete="off" spellcheck="false"></label>',
    ...selects,
    '<button id="clear" type="button" disabled>Clear</button>',
    `<p class="counter" aria-live="polite"><strong id="visible-count">${map.fields.length}</strong> of ${map.fields.length} fields shown</p>`,
    '</div>',
  ].join('\n');
}
