import type { Writable } from 'node:stream';

/**
 * Writes chunks to a Node `Writable` with backpressure: `write` resolves once the sink accepted the chunk
 * (at once, or on `'drain'` when `write()` returned false), `false` as soon as the sink is closed or destroyed
 * (e.g. an HTTP client disconnected), and rejects with the sink's error. Never more than one chunk waits.
 *
 * @example
 * const writer = new SinkWriter(res);
 * try { if (!(await writer.write('a,b\r\n'))) return; await writer.end(); } finally { writer.dispose(); }
 */
export class SinkWriter {
  private failure: Error | undefined;
  private waited = false;
  private readonly onError = (error: Error): void => {
    this.failure ??= error;
  };

  constructor(private readonly sink: Writable) {
    sink.on('error', this.onError);
  }

  /** Whether the sink pushed back: the last write had to wait for `'drain'`, or the sink needs one now. */
  get pressed(): boolean {
    return this.waited || this.sink.writableNeedDrain;
  }

  /** Whether the sink still accepts writes. */
  get open(): boolean {
    return !this.sink.destroyed && !this.sink.writableEnded && !this.sink.closed;
  }

  async write(chunk: string | Buffer): Promise<boolean> {
    this.throwIfFailed();
    if (!this.open) return false;
    this.waited = !this.sink.write(chunk);
    if (!this.waited) return true;
    return new Promise<boolean>((resolve, reject) => {
      const settle = (result: boolean, error?: Error): void => {
        this.sink.off('drain', onDrain).off('close', onClose).off('error', onFail);
        if (error ?? this.failure) reject(error ?? this.failure);
        else resolve(result);
      };
      const onDrain = (): void => settle(true);
      const onClose = (): void => settle(false);
      const onFail = (error: Error): void => settle(false, error);
      this.sink.on('drain', onDrain).on('close', onClose).on('error', onFail);
    });
  }

  /** Ends the sink; resolves `true` once everything was flushed, `false` when it closed first; rejects with its error. */
  end(): Promise<boolean> {
    this.throwIfFailed();
    if (!this.open) return Promise.resolve(false);
    return new Promise<boolean>((resolve, reject) =>
      this.sink.end((error?: Error | null) => {
        const failure = this.failure ?? this.sink.errored;
        if (failure) reject(failure);
        else resolve(!error);
      }),
    );
  }

  /** Stops listening to the sink. */
  dispose(): void {
    this.sink.off('error', this.onError);
  }

  private throwIfFailed(): void {
    const failure = this.failure ?? this.sink.errored;
    if (failure) throw failure;
  }
}
