import { getMetadataStorage, keyAndAncestors } from '@lawful/annotations';
import type { DecisionRecord } from '@lawful/nestjs';
import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { subjectStatePlan } from '../subjects/subject-state.plan';

/**
 * Refuses to review or apply a decision whose subject has since restricted processing or objected to the automated
 * processing's purpose (or a parent purpose) — a recorded objection is honoured whatever the basis, as the runs that
 * propose do: the decision may still be explained and contested, not acted on.
 * Answers 409 saying what to do.
 *
 * @example
 * await assertSubjectProcessable(manager, decision); // throws ConflictException when restricted or objecting
 */
export async function assertSubjectProcessable(manager: EntityManager, decision: DecisionRecord): Promise<void> {
  const plan = subjectStatePlan(decision.purpose, getMetadataStorage().registry);
  const [state] = (await manager.query(
    `SELECT EXISTS (SELECT 1 FROM contact_processing_restrictions r WHERE r.workspace_id = $1 AND r.contact_id = $2 AND r.lifted_at IS NULL) AS restricted,
            EXISTS (SELECT 1 FROM contact_objections o WHERE o.workspace_id = $1 AND o.contact_id = $2 AND o.withdrawn_at IS NULL AND o.purpose = ANY($3::text[])) AS objected`,
    [decision.workspaceId, decision.subjectId, keyAndAncestors(decision.purpose)],
  )) as [{ restricted: boolean; objected: boolean }];
  if (plan.restriction && state.restricted) {
    throw new ConflictException(`the contact has restricted processing: this decision cannot be reviewed or applied until the restriction is lifted (it can still be explained or contested)`);
  }
  if (state.objected) {
    throw new ConflictException(`the contact objected to ${decision.purpose}: this decision cannot be reviewed or applied unless the objection is withdrawn; it stays unapplied meanwhile`);
  }
}
