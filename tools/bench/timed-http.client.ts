import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** What one timed request got back: status, body and the time from sending to the last byte (ms). */
export interface TimedResponse {
  status: number;
  body: string;
  ms: number;
}

/**
 * One request after another to an in-process server over keep-alive connections (one socket reused), timing each
 * from sending to the last byte of the answer. For per-request latencies of routes whose path differs per call.
 *
 * @example
 * const http = new TimedHttpClient(port, { authorization: `Bearer ${token}` });
 * const { status, ms } = await http.send('GET', `/workspaces/${ws}/subjects/${id}/export`);
 * http.close();
 */
export class TimedHttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });

  constructor(
    private readonly port: number,
    private readonly headers: Record<string, string>,
  ) {}

  /**
   * Sends one request (`extra` headers added to the client's) and resolves with the whole answer. A kept-alive socket
   * the server closed while idle (its keep-alive timeout) is reset on reuse: that request is sent again, once.
   */
  async send(method: 'GET' | 'POST', path: string, body?: object, extra: Record<string, string> = {}): Promise<TimedResponse> {
    try {
      return await this.once(method, path, body, extra);
    } catch (error) {
      if ((error as { reusedSocket?: boolean; code?: string }).reusedSocket !== true || (error as { code?: string }).code !== 'ECONNRESET') throw error;
      return this.once(method, path, body, extra);
    }
  }

  private once(method: 'GET' | 'POST', path: string, body: object | undefined, extra: Record<string, string>): Promise<TimedResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = { ...this.headers, ...extra, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }) };
    return new Promise((resolve, reject) => {
      const start = performance.now();
      const req = request({ agent: this.agent, host: '127.0.0.1', port: this.port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - start }));
        res.on('error', reject);
      });
      req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
