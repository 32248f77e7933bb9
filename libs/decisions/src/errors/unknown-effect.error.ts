import { DecisionError } from './decision.error';

/**
 * A proposal names an effect no `@SignificantEffect()` handler declares.
 *
 * @example
 * await expect(gate.propose(manager, { ...proposal, effect: 'contact.delete' })).rejects.toThrow(UnknownEffectError);
 */
export class UnknownEffectError extends DecisionError {
  constructor(effect: string, known: readonly string[]) {
    super('UNKNOWN_EFFECT', undefined, `no @SignificantEffect() handler declares the effect "${effect}" (declared: ${known.join(', ') || 'none'})`, { effect });
  }
}
