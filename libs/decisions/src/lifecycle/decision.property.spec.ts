import fc from 'fast-check';
import { DecisionError } from '../errors/decision.error';
import type { DecisionAction, DecisionState } from '../types/decision-state.types';
import { transition } from './decision.lifecycle';

const USERS = ['trigger', 'a', 'b', 'c'] as const;
const action: fc.Arbitrary<DecisionAction> = fc.oneof(
  fc.record({
    type: fc.constant('review' as const),
    actor: fc.constantFrom(...USERS),
    mayReview: fc.boolean(),
    outcome: fc.constantFrom('approved' as const, 'rejected' as const, 'modified' as const),
    rationale: fc.oneof(fc.constant('Reviewed the inputs and the explanation.'), fc.string({ maxLength: 12 })),
  }),
  fc.record({ type: fc.constant('apply' as const), actor: fc.constantFrom(...USERS), mayReview: fc.boolean() }),
  fc.constant({ type: 'contest' as const }),
  fc.constant({ type: 'view' as const }),
);

interface Trace {
  state: DecisionState;
  effectActive: boolean;
  /** Reviewer of the latest approving review, and whether a contest happened since. */
  approvedBy: string | null;
}

/** Runs the actions, skipping refused ones (they must be DecisionErrors), and checks the invariants at each step. */
function run(actions: DecisionAction[]): void {
  const t: Trace = { state: { id: 'd', status: 'proposed', triggeredBy: 'trigger', reviewers: [] }, effectActive: false, approvedBy: null };
  for (const a of actions) {
    let next;
    try {
      next = transition(t.state, a);
    } catch (e) {
      expect(e).toBeInstanceOf(DecisionError);
      continue;
    }
    if (next.effect === 'apply') {
      // An effect is applied only on an approved decision, approved by someone with permission who is not the trigger.
      expect(t.state.status).toBe('approved');
      expect(t.approvedBy).not.toBeNull();
      expect(t.approvedBy).not.toBe('trigger');
      expect(a.type === 'apply' && a.mayReview).toBe(true);
      t.effectActive = true;
    }
    if (next.effect === 'suspend' || next.effect === 'revoke') t.effectActive = false;
    if (a.type === 'review') {
      expect(a.mayReview).toBe(true);
      expect(a.actor).not.toBe('trigger');
      expect(t.state.reviewers).not.toContain(a.actor);
      expect(a.rationale.trim().length).toBeGreaterThanOrEqual(10);
      t.approvedBy = next.status === 'approved' ? a.actor : null;
      t.state = { ...t.state, reviewers: [...t.state.reviewers, a.actor] };
    }
    if (a.type === 'contest') t.approvedBy = null;
    t.state = { ...t.state, status: next.status };
    // The effect is in force exactly when the decision is applied.
    expect(t.effectActive).toBe(t.state.status === 'applied');
  }
}

describe('decision lifecycle (property)', () => {
  it('never applies an effect without an approved review by a permitted reviewer other than the trigger; contests suspend it', () => {
    fc.assert(fc.property(fc.array(action, { maxLength: 30 }), (actions) => run(actions)), { numRuns: 2000 });
  });

  it('never lets one person review a decision twice (a contested decision goes to a different reviewer)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let state: DecisionState = { id: 'd', status: 'proposed', triggeredBy: 'trigger', reviewers: [] };
        for (const a of actions) {
          try {
            const next = transition(state, a);
            state = { ...state, status: next.status, reviewers: a.type === 'review' ? [...state.reviewers, a.actor] : state.reviewers };
          } catch {
            // refused steps change nothing
          }
        }
        expect(new Set(state.reviewers).size).toBe(state.reviewers.length);
      }),
      { numRuns: 1000 },
    );
  });
});
