import { Writable } from 'node:stream';

/**
 * How a `TestSink` behaves: buffer size, time per chunk, a gate the first chunk waits on, failure or close at chunk n.
 *
 * @example
 * const options: TestSinkOptions = { highWaterMark: 1, closeAfter: 2 };
 */
export interface TestSinkOptions {
  highWaterMark?: number;
  /** Milliseconds each chunk takes to be written (a slow reader); default 0. */
  delayMs?: number;
  /** The first chunk is not acknowledged until this resolves (a paused reader). */
  gate?: Promise<void>;
  /** Destroy the sink (like a client disconnect) once this many chunks arrived. */
  closeAfter?: number;
  /** Fail the write of chunk number `failAt` (1-based) with this error. */
  failAt?: { chunk: number; error: Error };
}

/**
 * A `Writable` collecting what an export writes, counting chunks accepted by `write()` but not yet written
 * (`maxOutstanding` is the most at any time), optionally slow, paused, failing or closing early.
 *
 * @example
 * const sink = new TestSink({ highWaterMark: 1, delayMs: 2 });
 * await streamWorkspaceExport(dataSource, plan, 'w1', sink);
 * expect(sink.maxOutstanding).toBe(1);
 */
export class TestSink extends Writable {
  readonly chunks: string[] = [];
  outstanding = 0;
  maxOutstanding = 0;
  /** Resolves when the first chunk arrives. */
  readonly started: Promise<void>;
  private markStarted!: () => void;

  constructor(private readonly options: TestSinkOptions = {}) {
    super({ highWaterMark: options.highWaterMark ?? 16_384, decodeStrings: false });
    this.started = new Promise((resolve) => (this.markStarted = resolve));
    const write = this.write.bind(this) as (chunk: unknown) => boolean;
    Object.assign(this, {
      write: (chunk: unknown) => {
        this.outstanding++;
        this.maxOutstanding = Math.max(this.maxOutstanding, this.outstanding);
        return write(chunk);
      },
    });
  }

  get text(): string {
    return this.chunks.join('');
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    const n = this.chunks.length;
    if (n === 1) this.markStarted();
    const done = (error?: Error) => {
      this.outstanding--;
      callback(error);
    };
    if (this.options.failAt?.chunk === n) return done(this.options.failAt.error);
    if (this.options.closeAfter === n) {
      done();
      this.destroy();
      return;
    }
    const wait = n === 1 && this.options.gate ? this.options.gate : Promise.resolve();
    void wait.then(() => setTimeout(done, this.options.delayMs ?? 0));
  }
}
