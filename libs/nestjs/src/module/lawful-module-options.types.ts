import type { PrivacyMetadataStorage } from '@lawful/annotations';
import type { PolicyAbilityFactoryOptions, SubjectStateFilter, WorkspaceFieldRestrictions, WorkspaceRole } from '@lawful/policy';
import type { FactoryProvider, ModuleMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { AuditSink } from '../audit/access-audit.types';
import type { AuditBufferOptions } from '../audit/audit.buffer';

/**
 * Access audit of `LawfulModule`: where entries go and how the buffer in front of the sink is tuned.
 *
 * @example
 * const audit: LawfulAuditOptions = { sink: new TypeOrmAuditSink(dataSource), buffer: { maxBatch: 200 } };
 */
export interface LawfulAuditOptions {
  sink: AuditSink;
  buffer?: AuditBufferOptions;
}

/**
 * Who makes a request and where: what `resolveContext` returns for an authenticated member of a workspace.
 *
 * @example
 * const identity: LawfulIdentity = { userId: 'u1', workspaceId: 'w1', role: 'member', restrictions: await restrictionsOf('w1') };
 */
export interface LawfulIdentity {
  userId: string;
  workspaceId: string;
  role: WorkspaceRole;
  /** The workspace's current field restrictions; `NO_RESTRICTIONS` when omitted. */
  restrictions?: WorkspaceFieldRestrictions;
  /** Rows withheld because of their subjects' consent, objection or restriction (for this purpose). */
  subjectState?: readonly SubjectStateFilter[];
}

/**
 * Options of `LawfulModule.forRoot()`.
 *
 * @example
 * LawfulModule.forRoot({
 *   resolveContext: async (request, purpose) => {
 *     const user = await auth.verify(bearerToken(request));
 *     return user && { userId: user.id, workspaceId: user.workspaceId, role: user.role };
 *   },
 * });
 */
export interface LawfulModuleOptions {
  /** Annotations and registries; defaults to `getMetadataStorage()`. Sealed at start-up if not sealed yet. */
  storage?: PrivacyMetadataStorage;
  /**
   * Authenticates the request and finds its workspace and role; `null` answers 401. It runs inside the global
   * `PurposeGuard`, i.e. before controller and route guards: authenticate here, do not rely on `request.user`
   * set by a route guard. `purpose` is the already validated purpose (e.g. to compute subject state).
   */
  resolveContext: (request: Request, purpose: string) => Promise<LawfulIdentity | null>;
  /** Header naming the client's purpose (case-insensitive); defaults to `'x-purpose'`. */
  purposeHeader?: string;
  /** Tuning of the `PolicyAbilityFactory` (cache size, account-holder subject). */
  abilityFactory?: Omit<PolicyAbilityFactoryOptions, 'storage'>;
  /**
   * Records every access `LawfulQuery` makes (reads, creates, updates, deletes) through one `AuditBuffer`
   * (exported by the module, closed on shutdown). Absent: nothing is recorded.
   */
  audit?: LawfulAuditOptions;
}

/**
 * Options of `LawfulModule.forRootAsync()`: a factory of `LawfulModuleOptions` with injected dependencies.
 *
 * @example
 * LawfulModule.forRootAsync({
 *   imports: [AuthModule],
 *   inject: [AuthService],
 *   useFactory: (auth: AuthService) => ({ resolveContext: (request) => auth.identify(request) }),
 * });
 */
export interface LawfulModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  useFactory: (...args: never[]) => LawfulModuleOptions | Promise<LawfulModuleOptions>;
  inject?: FactoryProvider['inject'];
}
