import { AuditBuffer } from '@lawful/nestjs';
import { type BeforeApplicationShutdown, Inject, Injectable, Optional } from '@nestjs/common';

/**
 * Writes the pending access-audit entries before the database goes away. `LawfulModule` closes its buffer in
 * `onApplicationShutdown`, the same phase in which TypeORM destroys the `DataSource`, and in practice after it:
 * its final flush then fails. Flushing in `beforeApplicationShutdown` (which Nest runs first, on `app.close()`
 * and on SIGTERM with `enableShutdownHooks()`) writes them while the connection is still open.
 *
 * @example
 * @Module({ providers: [AuditShutdownHook] }) class AuditModule {}
 */
@Injectable()
export class AuditShutdownHook implements BeforeApplicationShutdown {
  constructor(@Optional() @Inject(AuditBuffer) private readonly buffer: AuditBuffer | null) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.buffer?.flush();
  }
}
