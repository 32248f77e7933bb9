import type { DataMap, DataMapField } from '../../model/data-map.types';
import { type DataMapLabels, humanize } from './datamap-labels.util';
import { FIELD_FILTERS } from './field-filters.constants';
import { escapeHtml } from './html-escape.util';
import { describeIsoDuration } from './iso-duration.util';

const HEADERS = ['Entity', 'Property', 'Category', 'Subject', 'Purposes and legal bases', 'Source', 'Retention', 'Recipients', 'Erasure', 'Role'];

/**
 * The `<table id="fields">` with one `<tr data-field="Entity.property" data-index="i" data-values="…">` per
 * field: `i` is the field's index in `map.fields`, `data-values` its {@link FIELD_FILTERS} values as JSON.
 * Ids are printed next to names, so the search finds both.
 *
 * @example
 * const table = renderFieldsTable(map, dataMapLabels(map));
 */
export function renderFieldsTable(map: DataMap, labels: DataMapLabels): string {
  const rows = map.fields.map((f, i) => {
    const values = Object.fromEntries(FIELD_FILTERS.map((filter) => [filter.key, filter.values(f)]));
    return `<tr data-field="${escapeHtml(`${f.entity}.${f.property}`)}" data-index="${i}" data-values="${escapeHtml(JSON.stringify(values))}">${cells(map, labels, f).map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return [
    '<table id="fields">',
    `<thead><tr>${HEADERS.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`,
    '<tbody>', ...rows,
    `<tr id="no-match" hidden><td colspan="${HEADERS.length}">${map.fields.length === 0 ? 'No personal fields are declared.' : 'No field matches the search and filters.'}</td></tr>`,
    '</tbody></table>',
  ].join('\n');
}

function cells(map: DataMap, labels: DataMapLabels, f: DataMapField): string[] {
  const named = (name: string, id: string) => (name === id ? `<code>${escapeHtml(id)}</code>` : `${escapeHtml(name)} <code>${escapeHtml(id)}</code>`);
  const none = '<span class="muted">none</span>';
  const retention = map.retention.find((r) => r.id === f.retention);
  const purposes = f.purposes.map((p) => `<li>${named(labels.purpose(p.id), p.id)} ${basis(p.legalBasis)}</li>`);
  const recipients = f.recipients.map((id) => {
    const country = map.recipients.find((r) => r.id === id)?.country;
    return `<li>${named(labels.recipient(id), id)}${country ? ` <span class="muted">${escapeHtml(country)}</span>` : ''}</li>`;
  });
  const erasure = [
    `<span class="badge">${escapeHtml(humanize(f.erasure.strategy))}</span>`,
    f.erasure.replacement !== null ? ` <span class="muted">→ “${escapeHtml(f.erasure.replacement)}”</span>` : '',
    f.erasure.legalHold ? `<div class="hold" title="${escapeHtml(f.erasure.legalHold.description)}">legal hold: ${escapeHtml(humanize(f.erasure.legalHold.reason))}</div>` : '',
  ].join('');
  return [
    `<strong>${escapeHtml(f.entity)}</strong>${f.table ? `<div><code>${escapeHtml(f.table)}</code></div>` : ''}`,
    [
      `<strong>${escapeHtml(f.property)}</strong>`,
      f.column && f.column !== f.property ? `<div><code>${escapeHtml(f.column)}</code></div>` : '',
      f.encrypted ? ' <span class="badge badge-ok">encrypted</span>' : '',
      f.description ? `<div class="muted">${escapeHtml(f.description)}</div>` : '',
      ...f.automatedDecisions.map((d) => `<div><span class="badge badge-adm">automated decision ${d.role}</span> <span class="muted">${escapeHtml(labels.purpose(d.purpose))}</span></div>`),
    ].join(''),
    `${named(labels.category(f.category), f.category)}${f.special ? ` <span class="badge badge-alert">special${f.art9Condition ? `: ${escapeHtml(humanize(f.art9Condition))}` : ''}</span>` : ''}`,
    f.subject ? named(labels.subject(f.subject), f.subject) : none,
    purposes.length > 0 ? `<ul>${purposes.join('')}</ul>` : none,
    escapeHtml(labels.source(f.source)),
    `${named(labels.retention(f.retention), f.retention)}${retention ? `<div class="muted">${escapeHtml(describeIsoDuration(retention.period))} after ${escapeHtml(humanize(retention.trigger))}</div>` : ''}`,
    recipients.length > 0 ? `<ul>${recipients.join('')}</ul>` : none,
    erasure,
    f.processingRole ? `<span class="badge role-${escapeHtml(f.processingRole)}">${escapeHtml(f.processingRole)}</span>` : none,
  ];
}

function basis(legalBasis: string | null): string {
  return legalBasis
    ? `<span class="basis basis-${escapeHtml(legalBasis.replace(/[^a-z0-9_-]/gi, ''))}">${escapeHtml(humanize(legalBasis))}</span>`
    : '<span class="basis basis-none">no basis</span>';
}
