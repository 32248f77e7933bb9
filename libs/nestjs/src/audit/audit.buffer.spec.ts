import fc from 'fast-check';
import type { AccessAuditEntry, AuditSink } from './access-audit.types';
import { AuditBuffer } from './audit.buffer';
import { AuditFlushError } from './audit-flush.error';

const entry = (i: number): AccessAuditEntry => ({ occurredAt: new Date(0), actorId: 'u1', workspaceId: 'w1', purpose: 'service.crm', entity: 'Contact', action: 'read', recordIds: [`c${i}`], subjectIds: [`c${i}`], fields: ['email'] });

function sink(options: { failTimes?: number; delayMs?: number } = {}) {
  const batches: AccessAuditEntry[][] = [];
  let failures = options.failTimes ?? 0;
  const s: AuditSink = {
    write: async (entries) => {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (failures-- > 0) throw new Error('database unavailable');
      batches.push([...entries]);
    },
  };
  return { s, batches, written: () => batches.flat().map((e) => e.subjectIds[0]) };
}

describe('AuditBuffer', () => {
  it('answers record() at once and writes off the request path, in batches of at most maxBatch', async () => {
    const { s, batches, written } = sink();
    const audit = new AuditBuffer(s, { maxBatch: 3, flushIntervalMs: 5 });
    for (let i = 0; i < 7; i++) await audit.record(entry(i));
    await audit.close();
    expect(written()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(batches.every((b) => b.length <= 3)).toBe(true);
  });

  it('flushes a partial batch after the interval', async () => {
    const { s, written } = sink();
    const audit = new AuditBuffer(s, { maxBatch: 100, flushIntervalMs: 10 });
    await audit.record(entry(1));
    expect(written()).toEqual([]);
    await new Promise((r) => setTimeout(r, 60));
    expect(written()).toEqual(['c1']);
    await audit.close();
  });

  it('is bounded: when full, record() waits for room instead of dropping (backpressure)', async () => {
    const { s, written } = sink({ delayMs: 30 });
    const audit = new AuditBuffer(s, { maxBatch: 2, maxPending: 4, flushIntervalMs: 1000 });
    for (let i = 0; i < 3; i++) await audit.record(entry(i));
    let released = false;
    const full = audit.record(entry(3)).then(() => (released = true));
    expect(audit.pending).toBe(4);
    expect(released).toBe(false);
    await full;
    expect(audit.pending).toBeLessThan(4);
    await audit.close();
    expect(written()).toEqual(['c0', 'c1', 'c2', 'c3']);
  });

  it('retries failed writes, keeping every entry in order', async () => {
    const { s, written } = sink({ failTimes: 2 });
    const errors: string[] = [];
    const audit = new AuditBuffer(s, { maxBatch: 2, flushIntervalMs: 1, onError: (e) => errors.push((e as Error).message) });
    for (let i = 0; i < 5; i++) await audit.record(entry(i));
    await audit.close();
    expect(written()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(errors).toEqual(['database unavailable', 'database unavailable']);
    expect(audit.failures).toBe(2);
  });

  it('never loses entries silently: close() throws AuditFlushError with the count when the sink stays down', async () => {
    const { s } = sink({ failTimes: 1000 });
    const audit = new AuditBuffer(s, { maxAttempts: 2, flushIntervalMs: 1 });
    await audit.record(entry(1));
    await audit.record(entry(2));
    await expect(audit.close()).rejects.toThrow(AuditFlushError);
    await expect(audit.close()).rejects.toThrow(/2 access-audit entries could not be written: database unavailable/);
    await expect(audit.record(entry(3))).rejects.toThrow(AuditFlushError);
  });

  it('writes exactly what was recorded, in order, for any batch size and bound (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 10 }), async (n, maxBatch, maxPending) => {
        const { s, written } = sink();
        const audit = new AuditBuffer(s, { maxBatch, maxPending, flushIntervalMs: 1 });
        for (let i = 0; i < n; i++) await audit.record(entry(i));
        await audit.close();
        expect(written()).toEqual(Array.from({ length: n }, (_, i) => `c${i}`));
      }),
      { numRuns: 30 },
    );
  });
});
