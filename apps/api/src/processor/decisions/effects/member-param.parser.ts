import { InvalidEffectParamsError } from '@lawful/decisions';
import type { EntityManager } from 'typeorm';
import { Membership } from '../../../controller/workspaces/membership.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads an effect's only parameter, `{ [key]: <user id> }`, and checks it names an owner, admin or member of the
 * workspace (viewers never receive work); `InvalidEffectParamsError` saying what to send otherwise.
 *
 * @example
 * const ownerUserId = await parseMemberParam(params, 'ownerUserId', 'contact.reassign_owner', context);
 */
export async function parseMemberParam(params: unknown, key: string, effect: string, context: { workspaceId: string; manager: EntityManager }): Promise<string> {
  const value = (params as Record<string, unknown> | null)?.[key];
  const extra = typeof params === 'object' && params !== null ? Object.keys(params).filter((k) => k !== key) : [];
  if (typeof value !== 'string' || !UUID.test(value) || extra.length > 0) {
    throw new InvalidEffectParamsError(effect, undefined, `send { "${key}": "<user id of a workspace member>" } and nothing else`);
  }
  const membership = await context.manager.findOne(Membership, { where: { workspaceId: context.workspaceId, userId: value }, select: { id: true, role: true } });
  if (!membership || membership.role === 'viewer') {
    throw new InvalidEffectParamsError(effect, undefined, `"${key}" must be an owner, admin or member of this workspace`);
  }
  return value;
}
