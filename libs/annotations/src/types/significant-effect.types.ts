import type { EntityTarget } from './vocabulary.types';
import type { SourceLocation } from './metadata.types';

/**
 * What `@SignificantEffect()` declares about an effect handler: an automated process's output that produces legal or
 * similarly significant effects on a data subject (GDPR Art. 22) and so may only be applied after human review.
 *
 * @example
 * const options: SignificantEffectOptions = {
 *   key: 'contact.disqualify', purpose: 'ai.lead_scoring', subject: 'crm_contact',
 *   description: 'Marks the lead as disqualified: sales stop working it.',
 *   logic: 'Proposed when the lead score is below 0.2 and no deal is open.',
 * };
 */
export interface SignificantEffectOptions {
  /** Dotted key naming the effect, unique in the application (`contact.disqualify`). */
  key: string;
  /** Purpose of the automated processing that proposes the effect (a registered purpose key). */
  purpose: string;
  /** Data subject type the effect is about (a registered subject key). */
  subject: string;
  /** What applying the effect does to the subject, in plain words (shown to reviewers, subjects and in the data map). */
  description: string;
  /** Meaningful information about the logic involved: how proposals are produced (Art. 13(2)(f), 15(1)(h)). */
  logic: string;
}

/**
 * One recorded `@SignificantEffect()` annotation: its options and the handler class carrying it.
 *
 * @example
 * for (const effect of getMetadataStorage().effects.all()) console.log(effect.key, effect.target.name);
 */
export interface SignificantEffectMetadata extends SignificantEffectOptions {
  target: EntityTarget;
  declaredAt?: SourceLocation;
}
