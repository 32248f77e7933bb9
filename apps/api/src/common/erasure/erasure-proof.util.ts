import type { ErasureOutcome, ErasureStepReport, LawfulContext } from '@lawful/nestjs';
import type { EntityManager, EntityTarget } from 'typeorm';
import type { ErasureCertificateEntity } from './erasure-certificate.base';
import type { ErasureCertificateView } from './erasure-certificate-view.types';
import type { ErasureRestrictionEntity } from './erasure-restriction.base';

/**
 * Where one side stores its erasure proof: its certificate and restriction entities, and the columns its rows
 * carry besides the shared ones (e.g. `workspaceId`).
 *
 * @example
 * const store: ErasureProofStore = { certificate: ErasureCertificate, restriction: ErasureRestriction, columns: { workspaceId } };
 */
export interface ErasureProofStore {
  certificate: EntityTarget<ErasureCertificateEntity>;
  restriction: EntityTarget<ErasureRestrictionEntity>;
  /** Extra columns of the certificate row (e.g. `workspaceId`, `executedByUserId`). */
  certificateColumns?: Record<string, unknown>;
  /** Extra columns of each restriction row (e.g. `workspaceId`). */
  restrictionColumns?: Record<string, unknown>;
}

/**
 * Stores the certificate and one restriction row per retained row, in the erasure's transaction (call it from the
 * executor's `record` hook), and answers the certificate as the API shows it.
 *
 * @example
 * await executor.execute(id, { record: async (em, outcome) => { view = await storeErasureProof(em, outcome, store, requestId); } });
 */
export async function storeErasureProof(manager: EntityManager, outcome: ErasureOutcome, store: ErasureProofStore, requestId: string | null): Promise<ErasureCertificateView> {
  const { subject, executedAt, steps } = outcome.certificate;
  const row = { subjectType: subject.type, subjectEntity: subject.entity, executedAt, requestId, steps, ...store.certificateColumns };
  const { identifiers } = await manager.getRepository(store.certificate).insert(row as never);
  const id = String(identifiers[0]?.['id']);
  if (outcome.restrictions.length > 0) {
    await manager.getRepository(store.restriction).insert(outcome.restrictions.map((r) => ({ ...r, certificateId: id, ...store.restrictionColumns })) as never);
  }
  return { id, subject, executedAt, requestId, steps };
}

/**
 * Records the erasure in the access audit through the request's context: one entry per entity and action
 * (`delete` for rows deleted, `update` for rows kept with fields erased or links removed), with the subject's id.
 *
 * @example
 * await auditErasure(ctx, outcome, contactId);
 */
export async function auditErasure(ctx: LawfulContext, outcome: ErasureOutcome, subjectId: string): Promise<void> {
  for (const { entity, action, recordIds, fields } of outcome.touched) {
    await ctx.audit?.({ entity, action, recordIds, subjectIds: [subjectId], fields });
  }
}

/**
 * The certificate row as the API shows it.
 *
 * @example
 * const view = certificateView(await repo.findOneByOrFail({ id }));
 */
export function certificateView(row: ErasureCertificateEntity & { steps: ErasureCertificateView['steps'] }): ErasureCertificateView {
  return { id: row.id, subject: { type: row.subjectType, entity: row.subjectEntity }, executedAt: row.executedAt, requestId: row.requestId, steps: row.steps };
}

/**
 * How an erasure closes the request it answers: `partially_fulfilled` when rows are kept under a legal hold,
 * else `fulfilled`.
 *
 * @example
 * await requests.fulfil(ctx, requestId, { right: 'erasure', outcome: erasureOutcome(dryRun.steps) }, manager);
 */
export function erasureOutcome(steps: readonly ErasureStepReport[]): 'fulfilled' | 'partially_fulfilled' {
  return steps.some((s) => s.rows.retained > 0) ? 'partially_fulfilled' : 'fulfilled';
}
