import type { DataMap } from '../model/data-map.types';
import { dataMapLabels } from './html/datamap-labels.util';
import { mdCell, mdTable } from './markdown.util';

/**
 * A field's automated-decision flag in words: `input of ai.lead_scoring`, `output of ai.lead_scoring`, or `—`.
 *
 * @example
 * decisionFlag(map.fields[0]); // 'input of ai.lead_scoring'
 */
export function decisionFlag(field: DataMap['fields'][number]): string {
  return field.automatedDecisions.map((d) => `${d.role} of ${d.purpose}`).join(', ') || '—';
}

/**
 * The Markdown section "Automated decision-making (Art. 22)": per purpose its basis, the significant effects with
 * their logic and handler, the inputs, the outputs (not gated) and the safeguards. Empty string when there is none.
 *
 * @example
 * out.push(renderAutomatedDecisionsMarkdown(map));
 */
export function renderAutomatedDecisionsMarkdown(map: DataMap): string {
  const decisions = map.automatedDecisions;
  if (decisions.length === 0) return '';
  const labels = dataMapLabels(map);
  const field = (f: { entity: string; property: string; category: string; special: boolean; via: string }) =>
    [`${f.entity}.${f.property}`, `${labels.category(f.category)} (${f.category})${f.special ? ' (Art. 9)' : ''}`, f.via];
  const out = ['## Automated decision-making (Art. 22)', '', 'Processing that profiles data subjects and proposes decisions with legal or similarly significant effects. No effect is applied without an approved human review.'];
  for (const d of decisions) {
    out.push('', `### ${mdCell(d.purpose.name)} (\`${d.purpose.id}\`)`, '');
    out.push(`Legal basis: ${d.purpose.legalBasis ?? 'none'}${d.purpose.legitimateInterest ? ` (${mdCell(d.purpose.legitimateInterest)})` : ''} · Profiling: ${d.profiling ? 'yes' : 'no'}`, '');
    out.push('Significant effects (applied only after human review):', '', mdTable(['Effect', 'Subject', 'What it does', 'Logic involved', 'Handler'], d.effects.map((e) => [e.key, e.subject, e.description, e.logic, e.handler])));
    out.push('', 'Inputs (data the processing reads):', '', d.inputs.length > 0 ? mdTable(['Field', 'Category', 'Via purpose'], d.inputs.map(field)) : 'None.');
    out.push('', 'Outputs (produced; no effect of their own, not gated):', '', d.outputs.length > 0 ? mdTable(['Field', 'Category', 'Via purpose'], d.outputs.map(field)) : 'None.');
    out.push('', 'Safeguards:', '', ...d.safeguards.map((s) => `- **${mdCell(s.name)}**: ${mdCell(s.description)}`));
  }
  return out.join('\n');
}
