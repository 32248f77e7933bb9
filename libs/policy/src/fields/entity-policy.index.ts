import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import { UnknownEntityError } from '../errors/unknown-entity.error';

/**
 * How rows of an entity are scoped to a request: by the workspace key, by ownership to the requesting user
 * (any listed property equal to the user id), or not at all (no rule: nobody gets the entity).
 *
 * @example
 * const scope: RowScope = { kind: 'workspace', property: 'workspaceId' };
 */
export type RowScope = { kind: 'workspace'; property: string } | { kind: 'account'; properties: readonly string[] } | { kind: 'none' };

/**
 * What the policy needs of one annotated entity, read once from the metadata storage.
 *
 * @example
 * index.get('Contact')?.fields.filter((f) => f.personal).map((f) => f.property);
 */
export interface EntityPolicy {
  name: string;
  target: EntityTarget;
  fields: readonly { property: string; personal: boolean; purposes: readonly string[] }[];
  scope: RowScope;
}

/**
 * Options of `indexEntityPolicies`.
 *
 * @example
 * const options: EntityIndexOptions = { accountHolderSubject: 'account_holder', accountIdProperty: 'id' };
 */
export interface EntityIndexOptions {
  /** Subject key of the service's own users (`@DataSubject('account_holder')`). */
  accountHolderSubject: string;
  /** Property holding the user id on the account-holder root entity (e.g. `User.id`). */
  accountIdProperty: string;
}

/**
 * Snapshots the annotated entities of `storage`, keyed by class name (the CASL subject type). Row scopes:
 * - `@WorkspaceKey` → `workspace` on that property;
 * - else, not `@ProcessingRole('processor')`, and the account-holder subject with no `@OwnedBy` to another
 *   account-holder entity (the account root, e.g. `User`) → `account` on `accountIdProperty`;
 * - else, not processor, with non-shared `@OwnedBy` edges to the account root (e.g. `AuthSession.userId`)
 *   → `account` on those properties;
 * - else `none` (processor data without a workspace key, transitive or shared ownership: denied).
 * Two annotated classes with the same name throw `UnknownEntityError` (subject types would be ambiguous).
 *
 * @example
 * const index = indexEntityPolicies(getMetadataStorage(), { accountHolderSubject: 'account_holder', accountIdProperty: 'id' });
 */
export function indexEntityPolicies(storage: PrivacyMetadataStorage, options: EntityIndexOptions): ReadonlyMap<string, EntityPolicy> {
  const index = new Map<string, EntityPolicy>();
  const roots = new Set(storage.entities().filter((t) => isAccountRoot(storage, t, options.accountHolderSubject)));
  for (const target of storage.entities()) {
    if (index.has(target.name)) throw new UnknownEntityError(target.name, 'two annotated classes share this name; rename one (entity names are the subject types)');
    const fields = storage.fieldsOf(target).map((f) => ({
      property: f.property,
      personal: f.kind === 'personal',
      purposes: f.kind === 'personal' ? f.purposes.map((p) => p.key) : [],
    }));
    index.set(target.name, { name: target.name, target, fields, scope: rowScope(storage, target, roots, options) });
  }
  return index;
}

function rowScope(storage: PrivacyMetadataStorage, target: EntityTarget, roots: Set<EntityTarget>, options: EntityIndexOptions): RowScope {
  const entity = storage.entityOf(target);
  if (entity.workspaceKey !== undefined) return { kind: 'workspace', property: entity.workspaceKey };
  if (entity.processingRole === 'processor') return { kind: 'none' };
  if (roots.has(target)) return { kind: 'account', properties: [options.accountIdProperty] };
  const owned = entity.owners.filter((o) => !o.shared && roots.has(o.owner())).map((o) => o.property);
  return owned.length > 0 ? { kind: 'account', properties: owned } : { kind: 'none' };
}

function isAccountRoot(storage: PrivacyMetadataStorage, target: EntityTarget, subject: string): boolean {
  const entity = storage.entityOf(target);
  if (entity.subject !== subject || entity.workspaceKey !== undefined) return false;
  return !entity.owners.some((o) => storage.entityOf(o.owner()).subject === subject);
}
