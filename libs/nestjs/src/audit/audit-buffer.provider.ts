import { Logger, type FactoryProvider } from '@nestjs/common';
import { LAWFUL_OPTIONS } from '../constants';
import type { LawfulModuleOptions } from '../module/lawful-module-options.types';
import { AuditBuffer } from './audit.buffer';

/**
 * Provides the app's one `AuditBuffer` from `LawfulModuleOptions.audit`, or `null` when the options have no
 * `audit` (nothing is recorded). Sink failures are logged with the error's name and the pending count only
 * (a database error message may quote values); an `onError` of the options is called as well.
 *
 * @example
 * await app.get(AuditBuffer).flush(); // in a test, before reading the audit table
 */
export const auditBufferProvider: FactoryProvider<AuditBuffer | null> = {
  provide: AuditBuffer,
  inject: [LAWFUL_OPTIONS],
  useFactory: (options: LawfulModuleOptions) => {
    if (options.audit === undefined) return null;
    const logger = new Logger('LawfulAudit');
    const onError = options.audit.buffer?.onError;
    return new AuditBuffer(options.audit.sink, {
      ...options.audit.buffer,
      onError: (error, pending) => {
        logger.warn(`Access-audit write failed (${error instanceof Error ? error.name : typeof error}); ${pending} entries pending, retrying`);
        onError?.(error, pending);
      },
    });
  },
};
