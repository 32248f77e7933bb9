import { isSameOrDescendant, type SignificantEffectMetadata } from '@lawful/annotations';
import { ART22_SAFEGUARDS } from '@lawful/decisions';
import type { AutomatedDecisionRole, DataMapAutomatedDecision, DataMapDecisionField } from './automated-decision.types';
import type { DataMapField, DataMapLocation, DataMapPurpose } from './data-map.types';

/** What the automated-decision section is built from. */
export interface AutomatedDecisionsInput {
  /** Every `@SignificantEffect()` declaration (`storage.effects.all()`). */
  effects: readonly SignificantEffectMetadata[];
  /** The map's fields; their `automatedDecisions` flags are set in place. */
  fields: DataMapField[];
  purposes: readonly DataMapPurpose[];
  at(location: SignificantEffectMetadata['declaredAt']): DataMapLocation | null;
}

/**
 * How a field takes part in the processing for `purpose`, if at all. The processing may read a field annotated with
 * the purpose or one above it (the purpose-compliance rule of `@lawful/policy`): an input. A field it produces is
 * derived and used only at or below the purpose (e.g. a score): an output. A derived field another purpose also uses
 * (an engagement signal the CRM computes) is an input.
 *
 * @example
 * decisionRole(leadScore, 'ai.lead_scoring'); // { role: 'output', via: 'ai.lead_scoring' }
 */
export function decisionRole(field: DataMapField, purpose: string): { role: AutomatedDecisionRole; via: string } | null {
  const via = field.purposes.find((p) => p.id === purpose) ?? field.purposes.find((p) => isSameOrDescendant(purpose, p.id));
  if (!via) return null;
  const produced = field.source === 'derived' && field.purposes.every((p) => isSameOrDescendant(p.id, purpose));
  return { role: produced ? 'output' : 'input', via: via.id };
}

/**
 * The data map's automated-decision section, one entry per purpose with significant effects (sorted by purpose id),
 * and each field's `automatedDecisions` flag. Every entry lists `ART22_SAFEGUARDS`, which the review gate enforces
 * for every significant effect.
 *
 * @example
 * const automatedDecisions = buildAutomatedDecisions({ effects: storage.effects.all(), fields, purposes, at });
 */
export function buildAutomatedDecisions(input: AutomatedDecisionsInput): DataMapAutomatedDecision[] {
  const { effects, fields } = input;
  const purposeIds = [...new Set(effects.map((e) => e.purpose))].sort();
  for (const f of fields) {
    f.automatedDecisions = purposeIds.flatMap((purpose) => {
      const found = decisionRole(f, purpose);
      return found ? [{ purpose, role: found.role }] : [];
    });
  }
  return purposeIds.map((id) => {
    const registered = input.purposes.find((p) => p.id === id);
    const used = (role: AutomatedDecisionRole): DataMapDecisionField[] => fields.flatMap((f) => {
      const found = decisionRole(f, id);
      return found?.role === role ? [{ entity: f.entity, property: f.property, category: f.category, special: f.special, via: found.via }] : [];
    });
    return {
      purpose: { id, name: registered?.name ?? id, legalBasis: registered?.legalBasis ?? null, legitimateInterest: registered?.legitimateInterest ?? null },
      profiling: true,
      effects: effects.filter((e) => e.purpose === id).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => ({
        key: e.key, subject: e.subject, description: e.description, logic: e.logic, handler: e.target.name, declaredAt: input.at(e.declaredAt),
      })),
      inputs: used('input'),
      outputs: used('output'),
      safeguards: ART22_SAFEGUARDS.map((s) => ({ key: s.key, name: s.name, description: s.description })),
    };
  });
}
