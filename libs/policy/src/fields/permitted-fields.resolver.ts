import { LruCache } from '../cache/lru.cache';
import { UnknownEntityError } from '../errors/unknown-entity.error';
import { UnknownRoleError } from '../errors/unknown-role.error';
import { isPurposeCompliant, type PurposeRegistry } from '../purpose/purpose-compliance.util';
import { assertRequestPurpose } from '../purpose/request-purpose.validator';
import { WORKSPACE_ROLES } from '../roles/role-defaults.constants';
import type { WorkspaceFieldRestrictions } from '../types/field-restrictions.types';
import type { WorkspaceRole } from '../types/policy.types';
import type { EntityPolicy } from './entity-policy.index';

/**
 * Permitted fields per (role, purpose, entity, workspace restrictions), computed once and kept in a bounded
 * LRU cache. Permitted = not-personal fields + personal fields whose purposes the request purpose complies
 * with, minus the fields the workspace hides from the role (members/viewers, workspace-scoped entities only).
 *
 * The cache key holds the hidden list itself rather than the restrictions' `version`: versions are numbered
 * per workspace (version 3 of two workspaces differ), while equal hidden lists always give equal fields. So a
 * new version takes effect on the next lookup, and workspaces with the same restrictions share entries.
 *
 * @example
 * const resolver = new PermittedFieldsResolver(index, registry, 10_000);
 * resolver.permittedFields('viewer', 'service.crm', 'Contact', NO_RESTRICTIONS); // ['id', 'workspaceId', 'name', …]
 */
export class PermittedFieldsResolver {
  private readonly cache: LruCache<readonly string[]>;

  constructor(
    private readonly entities: ReadonlyMap<string, EntityPolicy>,
    private readonly registry: PurposeRegistry,
    capacity: number,
  ) {
    this.cache = new LruCache(capacity);
  }

  /** Frozen, in declaration order; throws for an unknown role, entity, or unregistered/prohibited purpose. */
  permittedFields(role: WorkspaceRole, purpose: string, entity: string, restrictions: WorkspaceFieldRestrictions): readonly string[] {
    const policy = this.entities.get(entity);
    if (policy === undefined) throw new UnknownEntityError(entity);
    const hidden = policy.scope.kind === 'workspace' && (role === 'member' || role === 'viewer') ? restrictions.hidden[role]?.[entity] : undefined;
    const hiddenKey = hidden === undefined || hidden.length === 0 ? '' : hidden.join('\u0000');
    const cached = this.cache.get(role, purpose, entity, hiddenKey);
    if (cached !== undefined) return cached;
    if (!(WORKSPACE_ROLES as readonly string[]).includes(role)) throw new UnknownRoleError(role);
    assertRequestPurpose(purpose, this.registry);
    const fields: string[] = [];
    for (const field of policy.fields) {
      if (hidden?.includes(field.property)) continue;
      if (!field.personal || isPurposeCompliant(purpose, field.purposes, this.registry)) fields.push(field.property);
    }
    Object.freeze(fields);
    this.cache.set([role, purpose, entity, hiddenKey], fields);
    return fields;
  }

  /** Entries currently cached (for tests and monitoring). */
  get cached(): number {
    return this.cache.size;
  }
}
