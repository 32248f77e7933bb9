import type { PolicyAbility, WorkspaceRole } from '@lawful/policy';
import type { AccessAuditRecordInput } from '../audit/access-audit.types';

/**
 * What `PurposeGuard` puts on a request to a route with `@Purpose`: the ability built once for the request
 * and the facts it was built from. Services receive it from the controller (`@LawfulCtx()`).
 *
 * @example
 * const { ability, purpose } = getLawfulContext(request);
 * ability.can('read', 'Contact', 'email');
 */
export interface LawfulContext {
  /** CASL ability for this request's role, purpose and workspace restrictions. */
  readonly ability: PolicyAbility;
  /** The registered purpose the request runs under. */
  readonly purpose: string;
  readonly userId: string;
  readonly workspaceId: string;
  readonly role: WorkspaceRole;
  /**
   * Records an access to personal data (set by `PurposeGuard` when `LawfulModule` has `audit` options; absent,
   * nothing is recorded). Queues the entry without a database round trip; the returned promise only waits
   * when the audit buffer is full (backpressure). `LawfulQuery` calls it after every successful access.
   */
  readonly audit?: (entry: AccessAuditRecordInput) => void | Promise<void>;
}
