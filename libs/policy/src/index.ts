// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- CASL v7 types under node10 resolution, see the shim
/// <reference path="./casl/casl-ability.shim.d.ts" preserve="true" />

export type { WorkspaceRole, PolicyAction, RowConditions, PolicySubject, PolicyAbility } from './types/policy.types';
export type { RestrictableRole, WorkspaceFieldRestrictions } from './types/field-restrictions.types';
export type { SubjectStateFilter, SubjectStateReason } from './types/subject-state.types';
export type { BuildAbilityInput } from './types/build-ability-input.types';

export { WORKSPACE_ROLES, POLICY_ACTIONS, ROLE_ACTIONS, OWN_ACCOUNT_ACTIONS, SUBJECT_STATE_ACTIONS } from './roles/role-defaults.constants';
export { NO_RESTRICTIONS } from './fields/no-restrictions.constants';

export { isPurposeCompliant } from './purpose/purpose-compliance.util';
export type { PurposeRegistry } from './purpose/purpose-compliance.util';
export { assertRequestPurpose } from './purpose/request-purpose.validator';

export { PolicyAbilityFactory } from './ability/policy-ability.factory';
export type { PolicyAbilityFactoryOptions } from './ability/policy-ability.factory';
export { subjectStateRules } from './ability/subject-state.rules';
export { indexEntityPolicies } from './fields/entity-policy.index';
export type { EntityPolicy, EntityIndexOptions, RowScope } from './fields/entity-policy.index';
export { PermittedFieldsResolver } from './fields/permitted-fields.resolver';
export { forbiddenFieldsOf, assertFieldsPermitted } from './fields/field-permission.validator';
export { LruCache } from './cache/lru.cache';

export { applyAbilityToQuery } from './query/apply-ability-to-query.util';
export { rulesToSql } from './query/rules-to-sql.util';
export { selectableFields } from './query/selectable-fields.util';
export { ConditionsToSql } from './query/conditions-to-sql.translator';
export { SqlParams } from './query/sql-params.util';

export { PolicyError } from './errors/policy.error';
export { UnregisteredPurposeError } from './errors/unregistered-purpose.error';
export { PurposeNotAllowedError } from './errors/purpose-not-allowed.error';
export { ForbiddenFieldError } from './errors/forbidden-field.error';
export { ForbiddenActionError } from './errors/forbidden-action.error';
export { UnsupportedConditionError } from './errors/unsupported-condition.error';
export { UnknownEntityError } from './errors/unknown-entity.error';
export { UnknownRoleError } from './errors/unknown-role.error';
