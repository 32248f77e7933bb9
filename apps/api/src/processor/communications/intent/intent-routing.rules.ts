import type { WorkspaceRole } from '../../../controller/workspaces/workspace-role';
import type { Intent } from './intent.model';

/**
 * What routing a thread depends on: the workspace's members and their roles, its owner, the contact's owner and
 * the member who last replied in the thread.
 *
 * @example
 * const facts: RoutingFacts = { workspaceOwnerId, roles: new Map([[ownerId, 'owner'], [adminId, 'admin']]), contactOwnerId: null, lastReplierId: null };
 */
export interface RoutingFacts {
  workspaceOwnerId: string;
  roles: ReadonlyMap<string, WorkspaceRole>;
  contactOwnerId: string | null;
  lastReplierId: string | null;
}

/**
 * Who handles each intent, stated to reviewers and subjects as the effect's logic.
 *
 * @example
 * ROUTING_LOGIC; // 'Complaints and cancellations go to the workspace owner (retention); ...'
 */
export const ROUTING_LOGIC =
  'Complaints and cancellations go to the workspace owner (retention); billing questions to an admin (the first by user id, else the owner); ' +
  "sales inquiries to the contact's owner (else the workspace owner); support questions to the member who last replied in the thread " +
  "(else the contact's owner, else the workspace owner); other messages are not routed. Viewers never receive conversations.";

const WORKERS: readonly WorkspaceRole[] = ['owner', 'admin', 'member'];

/**
 * The member a thread should be assigned to for its latest inbound message's intent (`ROUTING_LOGIC`), or null for
 * `other` or when no eligible member exists. Only owners, admins and members are ever chosen.
 *
 * @example
 * routeAssignee('billing', facts); // the admin with the lowest user id, or the workspace owner
 */
export function routeAssignee(intent: Intent, facts: RoutingFacts): string | null {
  const works = (userId: string | null): userId is string => userId !== null && WORKERS.includes(facts.roles.get(userId) as WorkspaceRole);
  const byRole = (role: WorkspaceRole) => [...facts.roles].filter(([, r]) => r === role).map(([id]) => id).sort();
  const owner = works(facts.workspaceOwnerId) && facts.roles.get(facts.workspaceOwnerId) === 'owner' ? facts.workspaceOwnerId : (byRole('owner')[0] ?? null);
  switch (intent) {
    case 'complaint':
    case 'cancellation':
      return owner;
    case 'billing':
      return byRole('admin')[0] ?? owner;
    case 'sales_inquiry':
      return works(facts.contactOwnerId) ? facts.contactOwnerId : owner;
    case 'support':
      return works(facts.lastReplierId) ? facts.lastReplierId : works(facts.contactOwnerId) ? facts.contactOwnerId : owner;
    case 'other':
      return null;
  }
}
