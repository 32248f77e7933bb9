import { PolicyError } from './policy.error';

/**
 * A workspace role outside `WORKSPACE_ROLES` (e.g. a stale value read from the database).
 *
 * @example
 * expect(() => factory.build({ ...input, role: 'root' as never })).toThrow(UnknownRoleError);
 */
export class UnknownRoleError extends PolicyError {
  constructor(role: string) {
    super('UNKNOWN_ROLE', `Workspace role ${JSON.stringify(role)} is unknown; use owner, admin, member or viewer`, { role });
  }
}
