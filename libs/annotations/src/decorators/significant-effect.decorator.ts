import { KEY_PATTERN } from '../constants';
import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { getMetadataStorage } from '../storage/get-metadata-storage';
import type { SignificantEffectOptions } from '../types/significant-effect.types';
import type { EntityTarget } from '../types/vocabulary.types';
import { callerLocation } from '../utils/source-location.util';

const TEXTS = ['description', 'logic'] as const;
const KEYS = ['key', 'purpose', 'subject'] as const;
const KNOWN = new Set<string>([...TEXTS, ...KEYS]);

/**
 * Declares the decorated class as the handler of a **significant effect** (GDPR Art. 22): an automated decision's
 * outcome that may only be applied after an approved human review. The decorator only records the validated
 * declaration; the review gate (`@lawful/nestjs`) applies the handler, and nothing else may.
 * Purpose and subject are checked against the registries when the storage is sealed.
 *
 * @example
 * @SignificantEffect({
 *   key: 'contact.disqualify', purpose: 'ai.lead_scoring', subject: 'crm_contact',
 *   description: 'Marks the lead as disqualified: sales stop working it.',
 *   logic: 'Proposed when the lead score is below the workspace threshold and no deal is open.',
 * })
 * class DisqualifyLeadEffect implements GatedEffectHandler<{}> { ... }
 */
export function SignificantEffect(options: SignificantEffectOptions): ClassDecorator {
  const declaredAt = callerLocation();
  return (target) => {
    const entity = target as EntityTarget;
    const fail = (problem: string): never => {
      throw new InvalidAnnotationError(entity.name, undefined, `@SignificantEffect() ${problem}`);
    };
    if (typeof options !== 'object' || options === null) fail('needs an options object: { key, purpose, subject, description, logic }');
    for (const name of Object.keys(options)) if (!KNOWN.has(name)) fail(`has an unknown option "${name}"; allowed: ${[...KNOWN].join(', ')}`);
    for (const name of KEYS) {
      const value = options[name];
      if (typeof value !== 'string' || !KEY_PATTERN.test(value)) fail(`needs "${name}" as a dotted snake_case key (e.g. "contact.disqualify"), got ${JSON.stringify(value)}`);
    }
    for (const name of TEXTS) {
      const value = options[name];
      if (typeof value !== 'string' || value.trim().length < 10) fail(`needs "${name}" as a sentence a reviewer and the data subject can read (10+ characters), got ${JSON.stringify(value)}`);
    }
    getMetadataStorage().effects.add({ ...options, target: entity, ...(declaredAt ? { declaredAt } : {}) });
  };
}
