import type { EffectGrant } from './gated-effect-handler.types';

/**
 * The grants the review gate has issued and not yet withdrawn. Handlers are wrapped to run only with a live grant.
 *
 * @example
 * const grant = ledger.issue({ ...fields });
 * try { await handler.apply(grant); } finally { ledger.withdraw(grant); }
 */
export class EffectGrantLedger {
  private readonly live = new WeakSet<object>();

  /** A frozen grant, live until withdrawn. */
  issue<P>(grant: EffectGrant<P>): EffectGrant<P> {
    const frozen = Object.freeze({ ...grant });
    this.live.add(frozen);
    return frozen;
  }

  /** Ends the grant: a handler called with it afterwards throws. */
  withdraw(grant: EffectGrant<unknown>): void {
    this.live.delete(grant);
  }

  /** Whether the gate issued `grant` and has not withdrawn it. */
  isLive(grant: unknown): boolean {
    return typeof grant === 'object' && grant !== null && this.live.has(grant);
  }
}
