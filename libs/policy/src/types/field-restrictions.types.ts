/**
 * Roles whose visible fields a workspace admin can restrict (owners and admins always see every field
 * their purpose permits).
 *
 * @example
 * const role: RestrictableRole = 'member';
 */
export type RestrictableRole = 'member' | 'viewer';

/**
 * A workspace's own field restrictions (policy §5.3: "administrators can control what data is visible to
 * individual members"), configured by its admins and stored by the application. Each change stores a new
 * `version`; the ability built on the next request uses it.
 *
 * `hidden[role][EntityName]` lists entity properties that role may neither read nor write.
 *
 * @example
 * const restrictions: WorkspaceFieldRestrictions = {
 *   version: 3,
 *   hidden: { viewer: { Contact: ['email', 'phone'] }, member: { Deal: ['amount'] } },
 * };
 */
export interface WorkspaceFieldRestrictions {
  version: number;
  hidden: { [role in RestrictableRole]?: { [entityName: string]: readonly string[] } };
}

