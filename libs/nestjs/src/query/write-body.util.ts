import { assertFieldsPermitted, ForbiddenActionError, ForbiddenFieldError, type PolicyAction } from '@lawful/policy';
import type { LawfulContext } from '../context/lawful-context.types';

/**
 * The keys and values a write body may set (keys with `undefined` values are dropped: not given), checked
 * before anything touches the database. Throws `ForbiddenFieldError` naming the keys that are server-side
 * (primary key, workspace key), `ForbiddenActionError` when the role/purpose may not `action` the entity at
 * all, and `ForbiddenFieldError` naming the keys not permitted for `action`.
 *
 * @example
 * const { keys, given } = permittedWriteBody(ctx, 'Contact', 'create', body, ['id', 'workspaceId']);
 */
export function permittedWriteBody(
  ctx: LawfulContext,
  entity: string,
  action: PolicyAction,
  values: object,
  serverSide: readonly string[],
): { keys: string[]; given: Record<string, unknown> } {
  const given = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  const keys = Object.keys(given);
  const { role, purpose } = ctx;
  const fixed = keys.filter((k) => serverSide.includes(k));
  if (fixed.length > 0) throw new ForbiddenFieldError({ entity, fields: fixed, action, role, purpose });
  if (!ctx.ability.can(action, entity)) throw new ForbiddenActionError({ entity, action, role, purpose });
  assertFieldsPermitted(ctx.ability, action, entity, keys, { role, purpose });
  return { keys, given };
}
