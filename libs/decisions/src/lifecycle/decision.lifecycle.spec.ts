import { DecisionStateError } from '../errors/decision-state.error';
import { MissingRationaleError } from '../errors/missing-rationale.error';
import { RepeatReviewerError } from '../errors/repeat-reviewer.error';
import { ReviewerNotPermittedError } from '../errors/reviewer-not-permitted.error';
import { SelfReviewError } from '../errors/self-review.error';
import type { DecisionAction, DecisionState } from '../types/decision-state.types';
import { transition } from './decision.lifecycle';

const RATIONALE = 'Checked the inputs and the history with the account owner.';
const base: DecisionState = { id: 'd1', status: 'proposed', triggeredBy: 'member', reviewers: [] };
const review = (actor: string, outcome: 'approved' | 'rejected' | 'modified' = 'approved', rest: Partial<DecisionAction> = {}): DecisionAction =>
  ({ type: 'review', actor, mayReview: true, outcome, rationale: RATIONALE, ...rest }) as DecisionAction;

describe('transition', () => {
  it('approves, modifies or rejects a proposal on review; nothing is applied by the review itself', () => {
    expect(transition(base, review('admin'))).toEqual({ status: 'approved', effect: 'none' });
    expect(transition(base, review('admin', 'modified'))).toEqual({ status: 'approved', effect: 'none' });
    expect(transition(base, review('admin', 'rejected'))).toEqual({ status: 'rejected', effect: 'none' });
  });

  it('applies only an approved decision, for a user with review permission', () => {
    expect(transition({ ...base, status: 'approved', reviewers: ['admin'] }, { type: 'apply', actor: 'owner', mayReview: true })).toEqual({ status: 'applied', effect: 'apply' });
    for (const status of ['proposed', 'applied', 'contested', 'rejected'] as const) {
      expect(() => transition({ ...base, status }, { type: 'apply', actor: 'owner', mayReview: true })).toThrow(DecisionStateError);
    }
    expect(() => transition({ ...base, status: 'approved' }, { type: 'apply', actor: 'member', mayReview: false })).toThrow(ReviewerNotPermittedError);
  });

  it('refuses the person who triggered the run as reviewer', () => {
    expect(() => transition(base, review('member'))).toThrow(SelfReviewError);
    expect(() => transition(base, review('member'))).toThrow(/triggered the automated run cannot review/);
  });

  it('refuses a reviewer without review permission, saying who can', () => {
    expect(() => transition(base, review('viewer', 'approved', { mayReview: false }))).toThrow(ReviewerNotPermittedError);
    expect(() => transition(base, review('viewer', 'approved', { mayReview: false }))).toThrow(/ask a workspace owner or admin/);
  });

  it.each(['', '   ', 'ok', '  fine.   '])('refuses a review without a written rationale (%j)', (rationale) => {
    expect(() => transition(base, review('admin', 'approved', { rationale }))).toThrow(MissingRationaleError);
  });

  it('suspends an applied effect on contest, and needs a different reviewer afterwards', () => {
    const applied: DecisionState = { ...base, status: 'applied', reviewers: ['admin'] };
    expect(transition(applied, { type: 'contest' })).toEqual({ status: 'contested', effect: 'suspend' });
    const contested: DecisionState = { ...applied, status: 'contested' };
    expect(() => transition(contested, review('admin'))).toThrow(RepeatReviewerError);
    expect(() => transition(contested, review('member'))).toThrow(SelfReviewError);
    expect(transition(contested, review('owner'))).toEqual({ status: 'approved', effect: 'none' });
    expect(transition(contested, review('owner', 'rejected'))).toEqual({ status: 'rejected', effect: 'revoke' });
  });

  it('contests a proposal or an approved decision without an effect to suspend; not a rejected or already contested one', () => {
    expect(transition(base, { type: 'contest' })).toEqual({ status: 'contested', effect: 'none' });
    expect(transition({ ...base, status: 'approved' }, { type: 'contest' })).toEqual({ status: 'contested', effect: 'none' });
    expect(() => transition({ ...base, status: 'rejected' }, { type: 'contest' })).toThrow(/cannot contest a decision that is rejected/);
    expect(() => transition({ ...base, status: 'contested' }, { type: 'contest' })).toThrow(DecisionStateError);
  });

  it('records a point of view in any status without changing it', () => {
    for (const status of ['proposed', 'approved', 'applied', 'contested', 'rejected'] as const) {
      expect(transition({ ...base, status }, { type: 'view' })).toEqual({ status, effect: 'none' });
    }
  });

  it('refuses to review an approved, applied or rejected decision again', () => {
    for (const status of ['approved', 'applied', 'rejected'] as const) {
      expect(() => transition({ ...base, status }, review('owner'))).toThrow(DecisionStateError);
    }
  });
});
