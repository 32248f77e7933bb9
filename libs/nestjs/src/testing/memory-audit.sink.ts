import type { AccessAuditEntry, AuditSink } from '../audit/access-audit.types';

/**
 * An `AuditSink` keeping entries in memory, for tests; `failing` makes every write throw, `delayMs` slows
 * writes down (to show that shutdown waits for them).
 *
 * @example
 * const sink = new MemoryAuditSink();
 * const app = await createContactsApp(dataSource, entities, { sink });
 * await app.get(AuditBuffer).flush();
 * expect(sink.entries).toHaveLength(1);
 */
export class MemoryAuditSink implements AuditSink {
  readonly entries: AccessAuditEntry[] = [];

  constructor(private readonly options: { failing?: boolean; delayMs?: number } = {}) {}

  async write(entries: readonly AccessAuditEntry[]): Promise<void> {
    if (this.options.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
    if (this.options.failing === true) throw new Error('audit store unavailable');
    this.entries.push(...entries);
  }

  /** The entries without their time, for exact comparisons. */
  timeless(): Omit<AccessAuditEntry, 'occurredAt'>[] {
    return this.entries.map(({ occurredAt: _occurredAt, ...rest }) => rest);
  }
}
