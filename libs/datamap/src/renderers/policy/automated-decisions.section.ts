import type { DataMap } from '../../model/data-map.types';
import { dataMapLabels } from '../html/datamap-labels.util';
import { legalBasisLabel } from '../legal-basis.labels';
import { mdTable } from '../markdown.util';
import { compareText, uniqueSorted } from '../text.util';

/**
 * Policy §5.4.2 (automated decision-making and profiling): which features propose decisions with legal or similarly
 * significant effects, how they work, the data they use and their legal basis; that none takes effect without human
 * review; the rights to an explanation, to express a view and to contest (and to object, on legitimate interests).
 *
 * @example
 * renderAutomatedDecisions(map); // '### 5.4.2 Automated decision-making and profiling\n\n| Feature | ...'
 */
export function renderAutomatedDecisions(map: DataMap): string {
  const heading = '### 5.4.2 Automated decision-making and profiling';
  const decisions = [...map.automatedDecisions].sort((a, b) => compareText(a.purpose.id, b.purpose.id));
  if (decisions.length === 0) {
    return [heading, '', 'No feature of the Service is declared to take decisions with legal or similarly significant effects on individuals (GDPR Art. 22).'].join('\n');
  }
  const labels = dataMapLabels(map);
  const rows = decisions.flatMap((d) => d.effects.map((e) => [
    d.purpose.name, e.description, e.logic, uniqueSorted(d.inputs.map((f) => labels.category(f.category))).join('; ') || '—', legalBasisLabel(map, d.purpose.id, d.purpose.legalBasis),
  ]));
  const outputs = uniqueSorted(decisions.flatMap((d) => d.outputs.map((f) => labels.category(f.category))));
  const onInterests = decisions.filter((d) => d.purpose.legalBasis === 'legitimate_interests').map((d) => d.purpose.name);
  const forWorkspaces = decisions.some((d) => [...d.inputs, ...d.outputs].some((f) => map.fields.find((x) => x.entity === f.entity && x.property === f.property)?.processingRole === 'processor'));
  return [
    heading,
    '',
    'The following features use automated processing, including profiling, to propose decisions that may have legal or similarly significant effects on individuals:',
    '',
    mdTable(['Feature', 'Decision proposed', 'How it works', 'Data used', 'Legal basis (GDPR)'], rows),
    '',
    'None of these decisions takes effect without human review: a person with authority to review, who did not start the automated run, approves, modifies or rejects each proposal with a written rationale, with the data used and the explanation in front of them. Every step is recorded.',
    ...(outputs.length > 0 ? ['', `Outputs such as ${outputs.join(', ').toLowerCase()} assist users and have no effect of their own.`] : []),
    '',
    'You can obtain an explanation of the logic involved and of the main factors of a decision about you, express your point of view, and contest the decision; a contested decision is suspended and reviewed again by a different person (Art. 22(3)).',
    ...(onInterests.length > 0 ? ['', `${onInterests.join(', ')} rests on legitimate interests: you can object to it at any time (Art. 21).`] : []),
    ...(forWorkspaces ? ['', 'Where a workspace stores your data (§5.4.3), the workspace is the controller: address these requests to it.'] : []),
  ].join('\n');
}
