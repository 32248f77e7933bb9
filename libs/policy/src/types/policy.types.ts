import type { MongoAbility, MongoQuery, Subject } from '@casl/ability';
import type { POLICY_ACTIONS, WORKSPACE_ROLES } from '../roles/role-defaults.constants';

/**
 * A member's role in a workspace, most privileged first (policy §5.3).
 *
 * @example
 * const role: WorkspaceRole = 'viewer';
 */
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/**
 * What a rule allows on rows and fields of an entity.
 *
 * @example
 * const action: PolicyAction = 'read';
 */
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/**
 * Row conditions in CASL's MongoDB query language, on entity property names (not column names).
 *
 * @example
 * const rows: RowConditions = { workspaceId: 'w1', id: { $nin: ['c7'] } };
 */
export type RowConditions = MongoQuery;

/**
 * What an ability is asked about: a subject type (entity class name, or the class) or a row — an entity
 * instance, or a plain object tagged with CASL's `subject('Contact', row)`.
 *
 * @example
 * const row: PolicySubject = subject('Contact', { id: 'c1', workspaceId: 'w1' });
 */
export type PolicySubject = Subject;

/**
 * The CASL ability a request runs with. Subject types are entity class names (`'Contact'`); every `can`
 * rule lists the permitted `fields`.
 *
 * @example
 * const ability: PolicyAbility = factory.build(input);
 * ability.can('read', 'Contact', 'email');
 */
export type PolicyAbility = MongoAbility<[PolicyAction, PolicySubject], RowConditions>;
