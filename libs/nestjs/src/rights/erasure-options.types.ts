import type { PrivacyMetadataStorage } from '@lawful/annotations';
import type { EntityManager } from 'typeorm';
import type { ErasureOutcome } from './erasure-report.types';

/**
 * Options of `new ErasureExecutor(...)`.
 *
 * @example
 * new ErasureExecutor(dataSource, planErasure(storage, Contact), { storage });
 */
export interface ErasureExecutorOptions {
  /** Annotations (workspace keys); default `getMetadataStorage()`. */
  storage?: PrivacyMetadataStorage;
}

/**
 * Where one dry run or erasure runs.
 *
 * @example
 * await executor.dryRun(contactId, { workspaceId });
 */
export interface ErasureScope {
  /** Limit every workspace-scoped entity (`@WorkspaceKey`), the subject entity included, to this workspace. */
  workspaceId?: string;
  /** Run in this manager; inside its transaction when one is active (else a new one is opened on it). */
  manager?: EntityManager;
}

/**
 * Options of `ErasureExecutor.execute`.
 *
 * @example
 * await executor.execute(userId, { record: (em, outcome) => em.insert(Certificate, toRow(outcome.certificate)).then(() => undefined) });
 */
export interface ErasureRunOptions extends ErasureScope {
  /**
   * Called inside the erasure's transaction after the last step — persist the certificate and the restriction
   * records here: if it throws, nothing of the erasure is committed.
   */
  record?: (manager: EntityManager, outcome: ErasureOutcome) => Promise<void>;
}
