import { getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import type { RestrictableRole } from '@lawful/policy';

const ROLES: readonly RestrictableRole[] = ['member', 'viewer'];

/**
 * Per restrictable role, per entity name, the hidden properties (as stored in `WorkspaceFieldRestriction.hidden`).
 *
 * @example
 * const hidden: HiddenFields = { member: { Contact: ['phone'] } };
 */
export type HiddenFields = { [role in RestrictableRole]?: { [entityName: string]: string[] } };

/**
 * Checks untrusted field restrictions against the privacy annotations and normalises them (duplicates and empty
 * lists dropped). Roles must be `member` or `viewer` (owners and admins always see what their purpose permits);
 * entities must be annotated workspace data (with a `@WorkspaceKey`); properties must be annotated fields other
 * than the primary key and the workspace key. Returns the problems, each naming the offending key, or the hidden map.
 *
 * @example
 * validateHiddenFields({ member: { Contact: ['phone'] } }); // { hidden: { member: { Contact: ['phone'] } }, problems: [] }
 * validateHiddenFields({ owner: {} }).problems; // ['hidden.owner: unknown or unrestrictable role; use member or viewer']
 */
export function validateHiddenFields(input: Record<string, unknown>, storage: PrivacyMetadataStorage = getMetadataStorage()): { hidden: HiddenFields; problems: string[] } {
  const problems: string[] = [];
  const hidden: HiddenFields = {};
  const entities = new Map(storage.entities().map((target) => [target.name, target]));
  for (const [role, perEntity] of Object.entries(input)) {
    if (!(ROLES as readonly string[]).includes(role)) {
      problems.push(`hidden.${role}: unknown or unrestrictable role; use member or viewer`);
      continue;
    }
    if (perEntity === null || typeof perEntity !== 'object' || Array.isArray(perEntity)) {
      problems.push(`hidden.${role}: must be an object of entity names to property lists`);
      continue;
    }
    for (const [entity, properties] of Object.entries(perEntity)) {
      const target = entities.get(entity);
      const workspaceKey = target && storage.entityOf(target).workspaceKey;
      if (target === undefined || workspaceKey === undefined) {
        problems.push(`hidden.${role}.${entity}: unknown entity or not workspace data`);
        continue;
      }
      if (!Array.isArray(properties) || properties.some((p) => typeof p !== 'string')) {
        problems.push(`hidden.${role}.${entity}: must be a list of property names`);
        continue;
      }
      const known = new Set(storage.fieldsOf(target).map((f) => f.property));
      const bad = (properties as string[]).filter((p) => !known.has(p) || p === 'id' || p === workspaceKey);
      if (bad.length > 0) problems.push(`hidden.${role}.${entity}: unknown or unhideable properties ${bad.join(', ')}`);
      else if (properties.length > 0) (hidden[role as RestrictableRole] ??= {})[entity] = [...new Set(properties as string[])];
    }
  }
  return { hidden, problems };
}
