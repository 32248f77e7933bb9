import type { EntityManager } from 'typeorm';

/**
 * What the review gate hands an effect handler while applying or suspending an effect: the decision, the reviewed
 * parameters and the transaction (the effect row is already written in it). A grant is only valid while the gate's
 * call is running; a handler called with anything else throws `UnreviewedEffectError`.
 *
 * @example
 * async apply(grant: EffectGrant<{ ownerUserId: string }>) {
 *   await grant.manager.update(Contact, { id: grant.targetId, workspaceId: grant.workspaceId }, { ownerUserId: grant.params.ownerUserId });
 * }
 */
export interface EffectGrant<P> {
  readonly decisionId: string;
  readonly reviewId: string;
  readonly workspaceId: string;
  readonly effect: string;
  readonly subjectId: string;
  readonly targetId: string;
  readonly params: P;
  readonly actorUserId: string;
  readonly manager: EntityManager;
}

/**
 * A provider class decorated with `@SignificantEffect()` implements this: `parse` checks parameters (proposed or
 * modified by a reviewer) and throws `InvalidEffectParamsError`; `apply` makes the change and returns what it needs to
 * undo it (stored on the effect row); `suspend` undoes it while a contest is pending or after a rejection.
 *
 * @example
 * @SignificantEffect({ key: 'contact.disqualify', purpose: 'ai.lead_scoring', subject: 'crm_contact', description: '...', logic: '...' })
 * @Injectable()
 * class DisqualifyLeadEffect implements GatedEffectHandler<Record<string, never>> { ... }
 */
export interface GatedEffectHandler<P = unknown, B = unknown> {
  parse(params: unknown, context: { workspaceId: string; targetId: string; manager: EntityManager }): P | Promise<P>;
  apply(grant: EffectGrant<P>): Promise<B>;
  suspend(grant: EffectGrant<P>, before: B): Promise<void>;
}
