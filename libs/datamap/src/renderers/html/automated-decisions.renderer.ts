import type { DataMapDecisionField } from '../../model/automated-decision.types';
import type { DataMap } from '../../model/data-map.types';
import { type DataMapLabels, humanize } from './datamap-labels.util';
import { escapeHtml } from './html-escape.util';

/**
 * The `<section id="automated-decisions">` of the page: per purpose with significant automated decisions
 * (`<article data-purpose="id">`) its legal basis, the effects with the logic involved and their handler, the inputs,
 * the outputs (not gated) and the Art. 22 safeguards; a note when no processing declares one.
 *
 * @example
 * const section = renderAutomatedDecisionsSection(map, dataMapLabels(map));
 */
export function renderAutomatedDecisionsSection(map: DataMap, labels: DataMapLabels): string {
  const fieldList = (fields: DataMapDecisionField[]) => (fields.length === 0 ? '<p class="muted">None.</p>' : `<ul>${fields.map((f) =>
    `<li><strong>${escapeHtml(`${f.entity}.${f.property}`)}</strong> ${escapeHtml(labels.category(f.category))} <code>${escapeHtml(f.category)}</code>${f.special ? ' <span class="badge badge-alert">special</span>' : ''}<span class="muted"> via ${escapeHtml(f.via)}</span></li>`).join('')}</ul>`);
  const articles = map.automatedDecisions.map((d) => [
    `<article class="adm" data-purpose="${escapeHtml(d.purpose.id)}">`,
    `<h3>${escapeHtml(d.purpose.name)} <code>${escapeHtml(d.purpose.id)}</code></h3>`,
    `<p>Legal basis: ${d.purpose.legalBasis ? escapeHtml(humanize(d.purpose.legalBasis)) : '<span class="muted">none</span>'}${d.purpose.legitimateInterest ? ` (${escapeHtml(d.purpose.legitimateInterest)})` : ''} · ${d.profiling ? '<span class="badge badge-adm">profiling</span>' : ''}</p>`,
    '<h4>Significant effects (applied only after an approved human review)</h4>',
    '<table class="registry adm-effects"><thead><tr><th scope="col">Effect</th><th scope="col">Subject</th><th scope="col">What it does</th><th scope="col">Logic involved</th><th scope="col">Handler</th></tr></thead><tbody>',
    ...d.effects.map((e) => `<tr data-effect="${escapeHtml(e.key)}"><td><code>${escapeHtml(e.key)}</code></td><td>${escapeHtml(labels.subject(e.subject))}</td><td>${escapeHtml(e.description)}</td><td>${escapeHtml(e.logic)}</td><td><code>${escapeHtml(e.handler)}</code></td></tr>`),
    '</tbody></table>',
    '<div class="adm-fields"><div><h4>Inputs (data it reads)</h4>', fieldList(d.inputs), '</div>',
    '<div><h4>Outputs (produced; no effect of their own, not gated)</h4>', fieldList(d.outputs), '</div></div>',
    '<h4>Safeguards</h4>',
    `<ul class="adm-safeguards">${d.safeguards.map((s) => `<li data-safeguard="${escapeHtml(s.key)}"><strong>${escapeHtml(s.name)}</strong>: ${escapeHtml(s.description)}</li>`).join('')}</ul>`,
    '</article>',
  ].join('\n'));
  return [
    '<section id="automated-decisions" class="card">',
    '<h2>Automated decision-making (Art. 22)</h2>',
    articles.length > 0
      ? '<p class="hint">Processing that profiles data subjects and proposes decisions with legal or similarly significant effects (declared with <code>@SignificantEffect</code>). Filter the fields table by “Automated decisions” to see every field involved.</p>'
      : '<p class="muted">No processing declares significant automated decisions (<code>@SignificantEffect</code>).</p>',
    ...articles,
    '</section>',
  ].join('\n');
}
