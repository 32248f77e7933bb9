import type { LegalBasis } from '@lawful/annotations';
import type { DataMapLocation } from './data-map.types';

/**
 * How a field takes part in the automated decision-making of one purpose: `input` (the processing reads it to
 * propose decisions) or `output` (the processing produces it, e.g. a score; not a significant effect, not gated).
 *
 * @example
 * const role: AutomatedDecisionRole = 'input';
 */
export type AutomatedDecisionRole = 'input' | 'output';

/**
 * The automated-decision flag of a field: one entry per purpose with significant effects that reads or produces it.
 *
 * @example
 * const flag: DataMapFieldDecisionRole = { purpose: 'ai.lead_scoring', role: 'input' };
 */
export interface DataMapFieldDecisionRole {
  purpose: string;
  role: AutomatedDecisionRole;
}

/**
 * A significant effect (GDPR Art. 22) declared with `@SignificantEffect()`: applied only after an approved human review.
 *
 * @example
 * const effect: DataMapSignificantEffect = { key: 'contact.disqualify', subject: 'crm_contact', description: '…', logic: '…', handler: 'DisqualifyLeadEffect', declaredAt: null };
 */
export interface DataMapSignificantEffect {
  key: string;
  /** Data subject type the effect is about. */
  subject: string;
  /** What applying the effect does to the subject. */
  description: string;
  /** Meaningful information about the logic involved (Art. 13(2)(f), 15(1)(h)). */
  logic: string;
  /** Name of the handler class carrying `@SignificantEffect()`. */
  handler: string;
  declaredAt: DataMapLocation | null;
}

/**
 * A field read or produced by automated decision-making.
 *
 * @example
 * const input: DataMapDecisionField = { entity: 'Contact', property: 'jobTitle', category: 'user.job_title', special: false, via: 'ai.lead_scoring' };
 */
export interface DataMapDecisionField {
  entity: string;
  property: string;
  category: string;
  special: boolean;
  /** The field's purpose that lets the processing use it: the decision's purpose itself or one above it in the tree. */
  via: string;
}

/**
 * A safeguard the review gate enforces for every significant effect (from `ART22_SAFEGUARDS` of `@lawful/decisions`).
 *
 * @example
 * const safeguard: DataMapSafeguard = { key: 'human_review_before_effect', name: 'Human review before the effect', description: '…' };
 */
export interface DataMapSafeguard {
  key: string;
  name: string;
  description: string;
}

/**
 * One processing (purpose) with significant automated decisions: the effects it may propose, the fields it reads
 * (inputs) and produces (outputs), and the Art. 22 safeguards that apply.
 *
 * @example
 * map.automatedDecisions.find((d) => d.purpose.id === 'ai.lead_scoring')?.effects.map((e) => e.key);
 */
export interface DataMapAutomatedDecision {
  purpose: { id: string; name: string; legalBasis: LegalBasis | null; legitimateInterest: string | null };
  /** Always true: the processing evaluates personal aspects of the subject to propose decisions (Art. 4(4)). */
  profiling: true;
  effects: DataMapSignificantEffect[];
  /** Personal fields annotated with the purpose or one above it: what the processing may read. */
  inputs: DataMapDecisionField[];
  /** Derived fields used only at or below the purpose: what the processing produces (non-significant, not gated). */
  outputs: DataMapDecisionField[];
  safeguards: DataMapSafeguard[];
}
