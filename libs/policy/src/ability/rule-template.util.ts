import type { EntityPolicy } from '../fields/entity-policy.index';
import type { PermittedFieldsResolver } from '../fields/permitted-fields.resolver';
import { OWN_ACCOUNT_ACTIONS, ROLE_ACTIONS } from '../roles/role-defaults.constants';
import type { WorkspaceFieldRestrictions } from '../types/field-restrictions.types';
import type { PolicyAction, WorkspaceRole } from '../types/policy.types';

/**
 * One `can` rule of an ability, without the request's ids: `property` is compared to the workspace id
 * (`kind: 'workspace'`) or to the user id (`kind: 'account'`).
 *
 * @example
 * const rule: RuleTemplate = { subject: 'Contact', action: ['read'], fields: ['id', 'name'], kind: 'workspace', property: 'workspaceId' };
 */
export interface RuleTemplate {
  subject: string;
  action: readonly PolicyAction[];
  fields: readonly string[];
  kind: 'workspace' | 'account';
  property: string;
}

/**
 * The `can` rules for a role and purpose under restrictions, independent of workspace and user ids, so the
 * factory caches them per (role, purpose, restrictions fingerprint) and a warm build only fills in the ids.
 * Entities with no row scope or no permitted field get no rule; an entity owned through several properties
 * gets one rule per property (CASL ORs rules; its Mongo matcher has no top-level `$or`).
 *
 * @example
 * const templates = ruleTemplates(entities.values(), resolver, 'member', 'service.crm', NO_RESTRICTIONS);
 */
export function ruleTemplates(
  entities: Iterable<EntityPolicy>,
  resolver: PermittedFieldsResolver,
  role: WorkspaceRole,
  purpose: string,
  restrictions: WorkspaceFieldRestrictions,
): readonly RuleTemplate[] {
  const templates: RuleTemplate[] = [];
  for (const entity of entities) {
    const { scope } = entity;
    if (scope.kind === 'none') continue;
    const fields = resolver.permittedFields(role, purpose, entity.name, restrictions);
    if (fields.length === 0) continue;
    if (scope.kind === 'workspace') {
      templates.push({ subject: entity.name, action: ROLE_ACTIONS[role], fields, kind: 'workspace', property: scope.property });
    } else {
      for (const property of scope.properties) templates.push({ subject: entity.name, action: OWN_ACCOUNT_ACTIONS, fields, kind: 'account', property });
    }
  }
  return Object.freeze(templates);
}

/**
 * A cache key part for the restrictions that apply to `role`: empty for owners and admins (never
 * restricted) and for unrestricted members/viewers, else the role's hidden lists as JSON. Content, not the
 * `version`, because versions are numbered per workspace.
 *
 * @example
 * restrictionsFingerprint('viewer', { version: 2, hidden: { viewer: { Contact: ['email'] } } }); // '{"Contact":["email"]}'
 */
export function restrictionsFingerprint(role: WorkspaceRole, restrictions: WorkspaceFieldRestrictions): string {
  if (role !== 'member' && role !== 'viewer') return '';
  const hidden = restrictions.hidden[role];
  if (hidden === undefined) return '';
  for (const key in hidden) if ((hidden[key]?.length ?? 0) > 0) return JSON.stringify(hidden);
  return '';
}
