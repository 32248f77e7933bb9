import type { DataMap } from '../../model/data-map.types';
import { type DataMapLabels, humanize } from './datamap-labels.util';
import { escapeHtml } from './html-escape.util';
import { describeIsoDuration } from './iso-duration.util';

/**
 * The reference sections under the field table: recipients (country, safeguard, status, data shared),
 * retention classes (period, trigger, rationale) and purposes (basis, interest, restrictions), each with
 * the number of fields that use the entry.
 *
 * @example
 * const sections = renderRegistrySections(map, dataMapLabels(map));
 */
export function renderRegistrySections(map: DataMap, labels: DataMapLabels): string {
  const uses = (test: (f: DataMap['fields'][number]) => boolean) => String(map.fields.filter(test).length);
  const named = (name: string, id: string) => `<strong>${escapeHtml(name)}</strong> <code>${escapeHtml(id)}</code>`;
  const recipients = map.recipients.map((r) => [
    named(r.name, r.id),
    escapeHtml(r.purpose),
    `${escapeHtml(r.countries.join(', ') || '—')}${r.selfHosted ? ' <span class="badge">self-hosted</span>' : ''}`,
    `<span class="badge">${escapeHtml(humanize(r.safeguard))}</span>`,
    `<span class="badge status-${escapeHtml(r.status.replace(/[^a-z0-9_-]/gi, ''))}">${escapeHtml(r.status)}</span>`,
    escapeHtml(r.dataShared.map((c) => labels.category(c)).join(', ') || '—'),
    uses((f) => f.recipients.includes(r.id)),
  ]);
  const retention = map.retention.map((r) => [
    named(r.name, r.id),
    `${escapeHtml(describeIsoDuration(r.period))} <code>${escapeHtml(r.period)}</code>`,
    escapeHtml(humanize(r.trigger)),
    r.rationale ? escapeHtml(r.rationale) : '<span class="muted">—</span>',
    uses((f) => f.retention === r.id),
  ]);
  const purposes = map.purposes.map((p) => [
    `${named(p.name, p.id)}<div class="muted">${escapeHtml(p.description)}</div>`,
    p.legalBasis ? escapeHtml(humanize(p.legalBasis)) : '<span class="muted">none</span>',
    [
      p.prohibited ? '<span class="badge badge-alert">prohibited</span>' : '',
      p.legitimateInterest ? `<div>Interest: ${escapeHtml(p.legitimateInterest)}</div>` : '',
      p.consentRecordedIn ? `<div>Consent recorded in <code>${escapeHtml(p.consentRecordedIn)}</code></div>` : '',
      p.allowedWhenRestricted ? '<div>Allowed when processing is restricted</div>' : '',
    ].join('') || '<span class="muted">—</span>',
    uses((f) => f.purposes.some((x) => x.id === p.id)),
  ]);
  return [
    section('recipients', 'Recipients', ['Recipient', 'Purpose', 'Countries', 'Safeguard', 'Status', 'Data shared', 'Fields'], recipients),
    section('retention', 'Retention classes', ['Class', 'Period', 'Starts at', 'Rationale', 'Fields'], retention),
    section('purposes', 'Purposes', ['Purpose', 'Default legal basis', 'Notes', 'Fields'], purposes),
  ].join('\n');
}

function section(id: string, title: string, headers: string[], rows: string[][]): string {
  const body = rows.length > 0
    ? rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${headers.length}" class="muted">None registered.</td></tr>`;
  return [
    `<section id="${id}" class="card">`,
    `<h2>${title}</h2>`,
    `<table class="registry" id="${id}-table"><thead><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`,
    `<tbody>${body}</tbody></table>`,
    '</section>',
  ].join('\n');
}
