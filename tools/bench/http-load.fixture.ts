import { Agent, get } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** One timed load round: `concurrency` keep-alive connections each sending GET `path` back to back. */
export interface LoadRound {
  port: number;
  path: string;
  /** Request headers (e.g. `authorization`, `x-purpose`). */
  headers: Record<string, string>;
  concurrency: number;
  durationMs: number;
}

/** What a round measured: completed requests, non-200 answers, wall time and each request's latency. */
export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  latenciesMs: number[];
}

/**
 * A closed-loop HTTP load generator (autocannon-like) in its own worker thread, so the client does not share
 * the server's event loop. Node's `http.Agent` with keep-alive, one socket per in-flight request.
 *
 * @example
 * const load = new HttpLoad();
 * const r = await load.run({ port, path: '/health', headers: {}, concurrency: 16, durationMs: 3000 });
 * await load.close();
 */
export class HttpLoad {
  private readonly worker = new Worker(__filename, { workerData: { lawfulBenchLoad: true } });

  /** Runs one round in the worker; rejects if the worker fails. */
  run(round: LoadRound): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.worker.once('error', onError);
      this.worker.once('message', (result: LoadResult) => {
        this.worker.off('error', onError);
        resolve(result);
      });
      this.worker.postMessage(round);
    });
  }

  /** Stops the worker (and its sockets). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/**
 * Sends GET requests until the round's time is up, `concurrency` at a time (runs inside the worker).
 *
 * @example
 * const result = await runRound(new Agent({ keepAlive: true }), round);
 */
export async function runRound(agent: Agent, round: LoadRound): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + round.durationMs;
  const once = () =>
    new Promise<number>((resolve) => {
      get({ agent, host: '127.0.0.1', port: round.port, path: round.path, headers: round.headers }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
      }).on('error', () => resolve(0));
    });
  const loop = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      const status = await once();
      latenciesMs.push(performance.now() - sent);
      if (status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: round.concurrency }, loop));
  return { requests: latenciesMs.length, failures, seconds: (performance.now() - start) / 1000, latenciesMs };
}

if (!isMainThread && (workerData as { lawfulBenchLoad?: boolean } | null)?.lawfulBenchLoad === true && parentPort) {
  const port = parentPort;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  port.on('message', (round: LoadRound) => {
    void runRound(agent, round).then((result) => port.postMessage(result));
  });
}
