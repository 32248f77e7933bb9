/**
 * Workspace roles, most privileged first (same values as the reference app's `WORKSPACE_ROLES`).
 *
 * @example
 * WORKSPACE_ROLES.includes(role); // validate untrusted input
 */
export const WORKSPACE_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;

/**
 * Actions the policy grants. `read` also covers listing; writes are `create`, `update`, `delete`.
 *
 * @example
 * for (const action of POLICY_ACTIONS) ability.can(action, 'Contact');
 */
export const POLICY_ACTIONS = ['read', 'create', 'update', 'delete'] as const;

/**
 * Role defaults on workspace data (policy §5.3: data is shared among members per the roles the admin
 * configures). Owners and admins do everything; members read, create and update but do not delete (deleting
 * is kept for owners/admins: simple, and no "own rows" rule is needed); viewers only read. The fields each
 * role sees are the purpose-permitted fields minus the workspace's restrictions for members and viewers.
 *
 * @example
 * ROLE_ACTIONS.member; // ['read', 'create', 'update']
 */
export const ROLE_ACTIONS = {
  owner: ['read', 'create', 'update', 'delete'],
  admin: ['read', 'create', 'update', 'delete'],
  member: ['read', 'create', 'update'],
  viewer: ['read'],
} as const satisfies Record<(typeof WORKSPACE_ROLES)[number], readonly (typeof POLICY_ACTIONS)[number][]>;

/**
 * Actions on a user's own account rows (entities of the account-holder subject without a workspace key):
 * all of them whatever the workspace role, since workspace roles govern workspace data, not one's account.
 *
 * @example
 * OWN_ACCOUNT_ACTIONS.includes('update'); // true
 */
export const OWN_ACCOUNT_ACTIONS = POLICY_ACTIONS;

/**
 * Actions a `SubjectStateFilter` withholds unless it lists its own.
 *
 * @example
 * { entity: 'Contact', reason: 'objection', exclude: { id: { $in: ids } } } // withholds read, update, delete
 */
export const SUBJECT_STATE_ACTIONS = ['read', 'update', 'delete'] as const;
