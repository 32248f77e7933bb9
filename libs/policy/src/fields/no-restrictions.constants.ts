import type { WorkspaceFieldRestrictions } from '../types/field-restrictions.types';

/**
 * Restrictions of a workspace whose admins restricted nothing.
 *
 * @example
 * factory.build({ ...input, restrictions: NO_RESTRICTIONS });
 */
export const NO_RESTRICTIONS: WorkspaceFieldRestrictions = Object.freeze({ version: 0, hidden: Object.freeze({}) });
