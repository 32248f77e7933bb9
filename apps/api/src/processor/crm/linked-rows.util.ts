import { type LawfulContext, type LawfulQuery, RowNotFoundError } from '@lawful/nestjs';
import type { ObjectLiteral } from 'typeorm';
import type { Membership } from '../../controller/workspaces/membership.entity';

/**
 * Checks a foreign id a body sets: `null`/`undefined` pass (no link); otherwise the row must be readable by
 * the caller — in their workspace and not withheld — else `RowNotFoundError` (404), whichever workspace
 * holds it, so another workspace's ids are neither linkable nor revealed.
 *
 * @example
 * await assertRowVisible(ctx, this.contacts, values.contactId);
 */
export async function assertRowVisible<R extends ObjectLiteral>(ctx: LawfulContext, rows: LawfulQuery<R>, id: string | null | undefined): Promise<void> {
  if (id !== null && id !== undefined) await rows.findOne(ctx, id);
}

/**
 * Checks a user id a body sets (an owner or assignee): `null`/`undefined` pass; otherwise the user must be a
 * member of the caller's workspace, else `RowNotFoundError('User')` (404).
 *
 * @example
 * await assertWorkspaceMember(ctx, this.memberships, values.assigneeUserId);
 */
export async function assertWorkspaceMember(ctx: LawfulContext, memberships: LawfulQuery<Membership>, userId: string | null | undefined): Promise<void> {
  if (userId === null || userId === undefined) return;
  if ((await memberships.count(ctx, { where: { userId } })) === 0) throw new RowNotFoundError('User');
}
