import type { AccessAuditEntry, AuditSink } from './access-audit.types';
import { AuditFlushError } from './audit-flush.error';

/** Tuning of the audit buffer. */
export interface AuditBufferOptions {
  /** Entries per write (default 500). */
  maxBatch?: number;
  /** Longest an entry waits before a write starts (default 200 ms). */
  flushIntervalMs?: number;
  /** Bound of the queue; when full, `record` makes the caller wait instead of dropping (default 10 000). */
  maxPending?: number;
  /** Attempts per write before `close()` gives up loudly (default 5). */
  maxAttempts?: number;
  /** Called with a failure of the sink (message and counts only). */
  onError?: (error: unknown, pending: number) => void;
}

/**
 * Collects access-audit entries off the request path and writes them in batches. Bounded: when the queue is
 * full, `record` returns a promise the caller awaits (backpressure). Never drops: failed writes are retried and
 * kept in order; `close()` flushes everything or throws `AuditFlushError`.
 *
 * @example
 * const audit = new AuditBuffer(sink);
 * await audit.record({ occurredAt: new Date(), actorId, workspaceId, purpose, entity: 'Contact', action: 'read', recordIds, subjectIds, fields });
 * await audit.close(); // on shutdown
 */
export class AuditBuffer {
  private queue: AccessAuditEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private waiters: (() => void)[] = [];
  private closed = false;
  private lastFailedAttempts = 0;
  private lastError: unknown;
  private readonly o: Required<Omit<AuditBufferOptions, 'onError'>> & Pick<AuditBufferOptions, 'onError'>;
  written = 0;
  failures = 0;

  constructor(private readonly sink: AuditSink, options: AuditBufferOptions = {}) {
    this.o = { maxBatch: 500, flushIntervalMs: 200, maxPending: 10_000, maxAttempts: 5, ...options };
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Queues an entry; resolves at once unless the queue is full, then once there is room. */
  record(entry: AccessAuditEntry): Promise<void> {
    if (this.closed) return Promise.reject(new AuditFlushError(1, new Error('the audit buffer is closed')));
    this.queue.push(entry);
    if (this.queue.length >= this.o.maxBatch || this.queue.length >= this.o.maxPending) void this.drain();
    else this.timer ??= setTimeout(() => void this.drain(), this.o.flushIntervalMs);
    if (this.queue.length < this.o.maxPending) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Writes everything queued so far (retrying failed batches); rejects after `maxAttempts` failures in a row. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.writing) {
      await this.drain();
      if (this.queue.length > 0 && this.lastFailedAttempts >= this.o.maxAttempts) throw new AuditFlushError(this.queue.length, this.lastError);
    }
  }

  /** Stops the timer and flushes; throws `AuditFlushError` rather than losing entries. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.flush();
  }

  private drain(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing ??= this.writeBatches().finally(() => {
      this.writing = undefined;
      // Failed entries stay queued; try again later rather than waiting for the next request.
      if (this.queue.length > 0 && !this.closed) this.timer ??= setTimeout(() => void this.drain(), this.o.flushIntervalMs);
    });
    return this.writing;
  }

  private async writeBatches(): Promise<void> {
    this.lastFailedAttempts = 0;
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, this.o.maxBatch);
      try {
        await this.sink.write(batch);
      } catch (error) {
        this.failures++;
        this.lastFailedAttempts++;
        this.lastError = error;
        this.o.onError?.(error, this.queue.length);
        if (this.lastFailedAttempts >= this.o.maxAttempts) return;
        await new Promise((r) => setTimeout(r, 20 * 2 ** this.lastFailedAttempts));
        continue;
      }
      this.lastFailedAttempts = 0;
      this.queue.splice(0, batch.length);
      this.written += batch.length;
      while (this.waiters.length > 0 && this.queue.length < this.o.maxPending) this.waiters.shift()?.();
    }
  }
}
