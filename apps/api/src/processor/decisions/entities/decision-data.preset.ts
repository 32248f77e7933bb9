import { personalDataPreset } from '@lawful/annotations';

/**
 * Annotation preset of a gated automated decision's personal data: processed for the purposes whose automated
 * processing proposes significant effects, derived, deleted with the decision (and the decision with its subject).
 *
 * @example
 * @DecisionData({ category: 'user.inferred.score', description: 'model output' }) score!: number | null;
 */
export const DecisionData = personalDataPreset({
  purposes: ['ai.lead_scoring', 'ai.intent_routing'],
  source: 'derived',
  retention: 'workspace_data',
  erasure: 'delete',
  subject: 'crm_contact',
});
