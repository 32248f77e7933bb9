import type { DataMap, DataMapField } from '../model/data-map.types';
import { decisionFlag, renderAutomatedDecisionsMarkdown } from './automated-decisions.md';
import { mdTable } from './markdown.util';

const ROLE_TITLES = { controller: 'Platform as controller', processor: 'Platform as processor (for workspace customers)' } as const;

const erasure = (f: DataMapField) =>
  `${f.erasure.strategy}${f.erasure.replacement ? ` → "${f.erasure.replacement}"` : ''}${f.erasure.legalHold ? ` (hold: ${f.erasure.legalHold.reason})` : ''}`;

/**
 * A readable data map in Markdown, grouped by processing role, then entity; one row per personal field. When the map
 * has automated decisions, field tables get an "Automated decisions" column and the section of that name follows.
 *
 * @example
 * writeFileSync('DATAMAP.md', renderMarkdown(map));
 */
export function renderMarkdown(map: DataMap): string {
  const out = [`# Data map`, '', `Generated ${map.generatedAt} · ${map.fields.length} personal fields in ${map.entities.filter((e) => e.personalFields.length > 0).length} entities · schema ${map.schemaVersion}`];
  const adm = map.automatedDecisions.length > 0;
  const roles = [...new Set(map.entities.map((e) => e.processingRole))].sort((a, b) => String(a).localeCompare(String(b)));
  for (const role of roles) {
    out.push('', `## ${role ? ROLE_TITLES[role] : 'No processing role declared'}`);
    for (const entity of map.entities.filter((e) => e.processingRole === role && e.personalFields.length > 0)) {
      const fields = map.fields.filter((f) => f.entity === entity.name);
      const owners = entity.owners.map((o) => `${o.property} → ${o.owner}${o.shared ? ' (shared)' : ''}`).join(', ');
      out.push('', `### ${entity.name}${entity.table ? ` (\`${entity.table}\`)` : ''}`, '');
      out.push(`Subject: ${entity.subject ?? '—'} · Workspace key: ${entity.workspaceKey ?? '—'} · Owned via: ${owners || '—'}`, '');
      out.push(mdTable(
        ['Field', 'Category', 'Subject', 'Purposes (legal basis)', 'Source', 'Retention', 'Recipients', 'Erasure', 'Encrypted', ...(adm ? ['Automated decisions'] : [])],
        fields.map((f) => [f.property, `${f.category}${f.special ? ' (Art. 9)' : ''}`, f.subject ?? '—', f.purposes.map((p) => `${p.id} (${p.legalBasis ?? 'none'})`).join(', '), f.source, f.retention, f.recipients.join(', ') || '—', erasure(f), f.encrypted ? 'yes' : 'no', ...(adm ? [decisionFlag(f)] : [])]),
      ));
    }
  }
  if (adm) out.push('', renderAutomatedDecisionsMarkdown(map));
  out.push('', '## Recipients', '', mdTable(['Recipient', 'Purpose', 'Country', 'Safeguard', 'Status'], map.recipients.map((r) => [r.name, r.purpose, r.selfHosted ? `${r.country} (self-hosted)` : r.country, r.safeguard, r.status])));
  out.push('', '## Retention', '', mdTable(['Class', 'Period', 'Counted from'], map.retention.map((r) => [r.name, r.period, r.trigger.replace(/_/g, ' ')])));
  return `${out.join('\n')}\n`;
}
