import { JURISDICTIONS, DATA_SUBJECT_RIGHTS, RightsError, ExtensionNotAllowedError, MissingExtensionReasonError, ExtensionTooLongError } from '@lawful/rights';
import { ConflictException } from '@nestjs/common';
import fc from 'fast-check';
import type { RequestChange, RequestState } from './request-change.types';
import { REJECTION_REASONS, REQUEST_OUTCOMES } from './request-closure.constants';
import { VERIFICATION_METHODS } from './identity-verification.constants';
import { acknowledgeRequest, completeRequest, extendRequest, fulfilRequest, receiveRequest, rejectRequest, verifyIdentity } from './request.workflow';

const at = (iso: string) => new Date(iso);

function received(jurisdiction: RequestState['jurisdiction'], receivedAt: string): RequestState {
  const { values } = receiveRequest({ right: 'access', jurisdiction, receivedAt: at(receivedAt) }, 'test');
  return { id: 'r1', right: 'access', jurisdiction, status: values.status ?? 'received', identityState: 'pending', receivedAt: at(receivedAt), acknowledgedAt: null, extensions: [] };
}

function apply(state: RequestState, change: RequestChange): RequestState {
  const { status, identityState, acknowledgedAt, extensions } = change.values;
  return { ...state, ...(status && { status }), ...(identityState && { identityState }), ...(acknowledgedAt && { acknowledgedAt }), ...(extensions && { extensions }) };
}

describe('request workflow', () => {
  it('starts received with identity pending and the first pending deadline (CCPA: the acknowledgement)', () => {
    const change = receiveRequest({ right: 'erasure', jurisdiction: 'ccpa', receivedAt: at('2024-03-01T09:00:00Z') }, 'routed by the platform');
    expect(change).toEqual({
      values: { status: 'received', identityState: 'pending', nextDueAt: at('2024-03-15T00:00:00Z') },
      event: { step: 'received', fromStatus: null, toStatus: 'received', note: 'routed by the platform' },
    });
  });

  it('acknowledging moves the next deadline from the acknowledgement to the response, once', () => {
    const state = received('ccpa', '2024-03-01T09:00:00Z');
    const change = acknowledgeRequest(state, at('2024-03-04T09:00:00Z'));
    expect(change.values).toEqual({ acknowledgedAt: at('2024-03-04T09:00:00Z'), nextDueAt: at('2024-04-15T00:00:00Z') });
    expect(change.event).toEqual({ step: 'acknowledged', fromStatus: 'received', toStatus: 'received', note: 'receipt acknowledged (due by 2024-03-15)' });
    expect(() => acknowledgeRequest(apply(state, change), at('2024-03-05T09:00:00Z'))).toThrow(/already acknowledged on 2024-03-04/);
  });

  it('a failed identity check keeps the request open; completing needs a verified identity', () => {
    const state = received('gdpr', '2024-01-31T10:00:00Z');
    const failed = apply(state, verifyIdentity(state, { verified: false, method: 'id_document' }, at('2024-02-01T10:00:00Z')));
    expect(failed).toMatchObject({ status: 'received', identityState: 'failed' });
    expect(() => completeRequest(failed, 'fulfilled', at('2024-02-02T10:00:00Z'))).toThrow(/not verified \(the last check failed\)/);
    const verified = verifyIdentity(failed, { verified: true, method: 'email_confirmation' }, at('2024-02-02T10:00:00Z'));
    expect(verified.event).toEqual({ step: 'identity_verified', fromStatus: 'received', toStatus: 'in_progress', note: 'identity verified (email_confirmation)' });
    expect(() => verifyIdentity(apply(failed, verified), { verified: true, method: 'other' }, at('2024-02-03T10:00:00Z'))).toThrow(ConflictException);
    const done = completeRequest(apply(failed, verified), 'no_data_held', at('2024-02-03T10:00:00Z'));
    expect(done.values).toEqual({ status: 'completed', outcome: 'no_data_held', closedAt: at('2024-02-03T10:00:00Z'), nextDueAt: null });
  });

  it('extensions follow @lawful/rights: GDPR up to two months in total, Quebec none, a reason always', () => {
    const gdpr = received('gdpr', '2024-01-31T10:00:00Z');
    const extended = extendRequest(gdpr, { months: 2, reason: ' Records in 14 systems ' }, at('2024-02-10T10:00:00Z'));
    expect(extended.values).toEqual({ extensions: [{ months: 2, reason: 'Records in 14 systems', at: '2024-02-10T10:00:00.000Z' }], nextDueAt: at('2024-04-30T00:00:00Z') });
    expect(extended.event.note).toBe('response deadline extended by 2 month(s) to 2024-04-30; reason recorded on the request');
    expect(extended.event.note).not.toContain('14 systems');
    expect(() => extendRequest(apply(gdpr, extended), { months: 1, reason: 'more' }, at('2024-02-11T10:00:00Z'))).toThrow(ExtensionTooLongError);
    expect(() => extendRequest(gdpr, { months: 1, reason: '  ' }, at('2024-02-10T10:00:00Z'))).toThrow(MissingExtensionReasonError);
    expect(() => extendRequest(received('quebec_law25', '2024-01-31T10:00:00Z'), { days: 10, reason: 'volume' }, at('2024-02-10T10:00:00Z'))).toThrow(ExtensionNotAllowedError);
  });

  it('an export or erasure fulfils only a request for its own right', () => {
    const state = { ...received('gdpr', '2024-01-31T10:00:00Z'), status: 'in_progress' as const, identityState: 'verified' as const };
    expect(() => fulfilRequest(state, { right: 'erasure', outcome: 'fulfilled' }, at('2024-02-02T10:00:00Z'))).toThrow(/exercises the right "access"; a "erasure" cannot fulfil it/);
    expect(fulfilRequest(state, { right: 'access', outcome: 'fulfilled' }, at('2024-02-02T10:00:00Z')).event).toEqual({ step: 'completed', fromStatus: 'in_progress', toStatus: 'completed', note: 'fulfilled by the access (fulfilled)' });
  });

  // Any sequence of steps: the history chains (each step starts from the status the previous one left), closed
  // requests refuse every step, completion only ever follows a verified identity, and nextDueAt is set exactly
  // while the request is open.
  it('holds its invariants for every sequence of steps', () => {
    const step = fc.oneof(
      fc.constant({ kind: 'acknowledge' as const }),
      fc.record({ kind: fc.constant('verify' as const), verified: fc.boolean(), method: fc.constantFrom(...VERIFICATION_METHODS) }),
      fc.record({ kind: fc.constant('extend' as const), months: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), days: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), reason: fc.constantFrom('', 'volume') }),
      fc.record({ kind: fc.constant('complete' as const), outcome: fc.constantFrom(...REQUEST_OUTCOMES) }),
      fc.record({ kind: fc.constant('reject' as const), reason: fc.constantFrom(...REJECTION_REASONS) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...JURISDICTIONS), fc.constantFrom(...DATA_SUBJECT_RIGHTS), fc.array(fc.tuple(step, fc.integer({ min: 0, max: 5 })), { maxLength: 12 }), (jurisdiction, right, steps) => {
        let state: RequestState = { ...received(jurisdiction, '2024-05-06T09:00:00Z'), right };
        let now = state.receivedAt;
        let lastStatus = state.status;
        for (const [s, days] of steps) {
          now = new Date(now.getTime() + days * 86_400_000);
          const closed = state.status === 'completed' || state.status === 'rejected';
          let change: RequestChange;
          try {
            if (s.kind === 'acknowledge') change = acknowledgeRequest(state, now);
            else if (s.kind === 'verify') change = verifyIdentity(state, s, now);
            else if (s.kind === 'extend') change = extendRequest(state, s, now);
            else if (s.kind === 'complete') change = completeRequest(state, s.outcome, now);
            else change = rejectRequest(state, s.reason, now);
          } catch (error) {
            expect(error instanceof ConflictException || error instanceof RightsError).toBe(true);
            continue;
          }
          expect(closed).toBe(false);
          expect(change.event.fromStatus).toBe(lastStatus);
          if (change.event.toStatus === 'completed') expect(state.identityState).toBe('verified');
          const closing = change.event.toStatus === 'completed' || change.event.toStatus === 'rejected';
          if (closing) expect(change.values.nextDueAt).toBeNull();
          else if ('nextDueAt' in change.values) expect(change.values.nextDueAt).toBeInstanceOf(Date);
          state = apply(state, change);
          lastStatus = change.event.toStatus;
        }
      }),
    );
  });
});
