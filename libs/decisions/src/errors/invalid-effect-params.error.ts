import { DecisionError } from './decision.error';

/**
 * A proposal's or a modifying review's effect parameters are not what the effect's handler accepts.
 *
 * @example
 * throw new InvalidEffectParamsError('contact.reassign_owner', decisionId, '"ownerUserId" must be a member of the workspace');
 */
export class InvalidEffectParamsError extends DecisionError {
  constructor(effect: string, decisionId: string | undefined, problem: string) {
    super('INVALID_EFFECT_PARAMS', decisionId, `invalid parameters for the effect "${effect}": ${problem}`, { effect });
  }
}
