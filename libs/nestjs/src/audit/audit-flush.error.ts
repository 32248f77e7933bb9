import { LawfulError } from '@lawful/annotations';

/**
 * The audit could not persist entries even after retries. Raised on shutdown so losing audit data is never silent.
 *
 * @example
 * await buffer.close().catch((e) => { if (e instanceof AuditFlushError) process.exitCode = 1; });
 */
export class AuditFlushError extends LawfulError {
  constructor(readonly pending: number, cause: unknown) {
    super('AUDIT_FLUSH_FAILED', `${pending} access-audit entries could not be written: ${cause instanceof Error ? cause.message : String(cause)}`, { pending });
  }
}
