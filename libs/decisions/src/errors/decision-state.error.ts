import type { DecisionStatus } from '../types/decision-status.types';
import { DecisionError } from './decision.error';

const NEXT: Record<DecisionStatus, string> = {
  proposed: 'it awaits a human review',
  approved: 'it was approved and awaits being applied',
  applied: 'its effect is in force; the subject may contest it',
  contested: 'the subject contested it; a different reviewer must review it again',
  rejected: 'a reviewer rejected it; nothing more can happen to it',
};

/**
 * The step is not allowed in the decision's current status (e.g. applying an unreviewed proposal).
 *
 * @example
 * expect(() => transition({ ...state, status: 'proposed' }, { type: 'apply', ... })).toThrow(DecisionStateError);
 */
export class DecisionStateError extends DecisionError {
  constructor(decisionId: string, status: DecisionStatus, step: string) {
    super('DECISION_STATE', decisionId, `cannot ${step} a decision that is ${status}: ${NEXT[status]}`, { status, step });
  }
}
