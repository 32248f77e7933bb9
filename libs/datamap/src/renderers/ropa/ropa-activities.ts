import type { DataMap, DataMapField } from '../../model/data-map.types';
import { countryName } from '../country-names';
import { dataMapLabels } from '../html/datamap-labels.util';
import { legalBasisLabel } from '../legal-basis.labels';
import { retentionInWords } from '../retention-words';
import { compareText, uniqueSorted } from '../text.util';
import { isThirdCountry } from './adequacy';
import { COUNTRY_SAFEGUARDS, SAFEGUARD_LABELS } from './safeguard.labels';
import { securityMeasures } from './security-measures';

/**
 * One processing activity of the records (GDPR Art. 30): a purpose, as controller or as processor.
 *
 * @example
 * const activity: RopaActivity = ropaActivities(map)[0]; // { paragraph: '30(1)', purpose: 'marketing', ... }
 */
export interface RopaActivity {
  paragraph: '30(1)' | '30(2)';
  purpose: string;
  name: string;
  description: string;
  controller: string;
  /** Art. 6(1) bases in words (30(1)); for processor activities the controller determines them. */
  legalBases: string[];
  subjects: string[];
  categories: string[];
  /** Recipients (30(1)) or sub-processors (30(2)) with their locations. */
  recipients: string[];
  transfers: string[];
  retention: string[];
  security: string[];
  /** Significant automated decisions of the purpose (Art. 22): each effect, then the safeguards; empty when none. */
  automatedDecisions: string[];
}

/**
 * Who the controller is for each paragraph.
 *
 * @example
 * CONTROLLERS['30(2)']; // 'Workspace customers (...)'
 */
export const CONTROLLERS = {
  '30(1)': 'The platform operator',
  '30(2)': 'Workspace customers (each workspace organisation is the controller of the data it stores)',
} as const;

function automatedDecisionItems(map: DataMap, purpose: string): string[] {
  const decision = map.automatedDecisions.find((d) => d.purpose.id === purpose);
  if (!decision) return [];
  return [
    ...decision.effects.map((e) => `Profiling proposing a significant decision, applied only after an approved human review: ${e.description} Logic: ${e.logic}`),
    `Safeguards (Art. 22(3)): ${decision.safeguards.map((s) => s.name).join(', ')}`,
  ];
}

/**
 * The processing activities of a data map: one per purpose and processing role (fields without a declared role
 * count as controller processing), 30(1) first, then by purpose id.
 *
 * @example
 * ropaActivities(map).filter((a) => a.paragraph === '30(2)').map((a) => a.purpose); // ['service.crm']
 */
export function ropaActivities(map: DataMap): RopaActivity[] {
  const labels = dataMapLabels(map);
  const groups = new Map<string, DataMapField[]>();
  for (const f of map.fields) {
    for (const p of f.purposes) {
      const key = `${f.processingRole === 'processor' ? '30(2)' : '30(1)'} ${p.id}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
  }
  const workspaceScoped = new Set(map.entities.filter((e) => e.workspaceKey).map((e) => e.name));
  const activities = [...groups.entries()].map(([key, fields]): RopaActivity => {
    const [paragraph, purpose] = key.split(' ') as [RopaActivity['paragraph'], string];
    const p = map.purposes.find((x) => x.id === purpose);
    const recipients = uniqueSorted(fields.flatMap((f) => f.recipients)).flatMap((id) => map.recipients.filter((r) => r.id === id));
    const where = (countries: string[], selfHosted: boolean) => (selfHosted ? 'self-hosted' : countries.map(countryName).join(' / '));
    return {
      paragraph,
      purpose,
      name: labels.purpose(purpose),
      description: p?.description ?? '',
      controller: CONTROLLERS[paragraph],
      legalBases: paragraph === '30(2)' ? [] : uniqueSorted(fields.flatMap((f) => f.purposes.filter((x) => x.id === purpose).map((x) => legalBasisLabel(map, purpose, x.legalBasis)))),
      subjects: uniqueSorted(fields.map((f) => (f.subject ? labels.subject(f.subject) : 'Not specified'))),
      categories: uniqueSorted(fields.map((f) => `${labels.category(f.category)}${f.special ? ` (special category, Art. 9(2): ${f.art9Condition ?? 'no condition declared'})` : ''}`)),
      recipients: recipients.map((r) => `${r.name} — ${where(r.countries, r.selfHosted)}${r.status === 'planned' ? ' (planned)' : ''}`),
      transfers: recipients.flatMap((r) => {
        const third = r.selfHosted ? [] : r.countries.filter(isThirdCountry);
        if (third.length === 0) return [];
        const gap = COUNTRY_SAFEGUARDS.has(r.safeguard) || r.safeguard === 'none' ? ' (does not cover this country: review)' : '';
        return [`${r.name}: ${where(third, false)} — ${SAFEGUARD_LABELS[r.safeguard]}${gap}`];
      }),
      retention: uniqueSorted(fields.map((f) => {
        const r = map.retention.find((x) => x.id === f.retention);
        return r ? `${r.name}: ${retentionInWords(r)}` : f.retention;
      })),
      security: securityMeasures(fields, workspaceScoped),
      automatedDecisions: automatedDecisionItems(map, purpose),
    };
  });
  return activities.sort((a, b) => compareText(a.paragraph, b.paragraph) || compareText(a.purpose, b.purpose));
}
