import 'reflect-metadata';
/* eslint-disable @nx/enforce-module-boundaries -- the workspace-export benchmark boots the reference API in a child
   process to measure its export route and memory apart from the load client; run by `npm run bench`, never imported by a library. */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { planWorkspaceExport, streamWorkspaceExport } from '@lawful/nestjs';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { User } from '../../apps/api/src/controller/accounts/user.entity';
import { Workspace } from '../../apps/api/src/controller/workspaces/workspace.entity';
import { seedDemoData } from '../../apps/api/src/seed/demo.seed';

/**
 * What the server process reports once it listens: its port, the Demo workspace and owner, the exported contact columns.
 *
 * @example
 * const { port, workspaceId } = server.info;
 */
export interface ExportServerInfo {
  port: number;
  workspaceId: string;
  ownerId: string;
  /** Quoted database columns the CSV export of `Contact` selects, in order. */
  columns: string[];
}

/**
 * One library export run inside the server process (no HTTP): bytes written to a discarding sink, wall time.
 *
 * @example
 * const { bytes, ms } = await server.library(1000);
 */
export interface LibraryRun {
  bytes: number;
  ms: number;
}

const ROOT = path.join(__dirname, '..', '..', '..', '..');

/**
 * The reference API (seeded with the demo data, on `databaseUrl`) in a child process, so its memory is measured
 * apart from the load client: `rssKb()` samples its resident set, `library()` runs the library exporter inside it.
 *
 * @example
 * const server = await ExportServer.start('postgres://postgres@127.0.0.1:5432/bench');
 * const { bytes } = await server.library(1000);
 * await server.stop();
 */
export class ExportServer {
  private constructor(private readonly child: ChildProcess, readonly info: ExportServerInfo) {}

  static start(databaseUrl: string): Promise<ExportServer> {
    const env = { ...process.env, LAWFUL_EXPORT_BENCH_SERVER: databaseUrl, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.base.json'), TS_NODE_BASEURL: path.join(ROOT, 'dist', 'bench') };
    const child = fork(__filename, [], { env, execArgv: ['-r', 'tsconfig-paths/register', ...(process.env['BENCH_SERVER_FLAGS'] ?? '').split(' ').filter(Boolean)], stdio: 'inherit' });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`export server exited with ${code} before listening`)));
      child.once('message', (info: ExportServerInfo) => resolve(new ExportServer(child, info)));
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** A field of /proc/<pid>/status in kB (`VmRSS` now, `VmHWM` peak since start). */
  statusKb(field: 'VmRSS' | 'VmHWM'): number {
    const line = readFileSync(`/proc/${this.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return Number(line?.replace(/\D+/g, '') ?? Number.NaN);
  }

  library(batchSize: number): Promise<LibraryRun> {
    return new Promise((resolve) => {
      this.child.once('message', (run: LibraryRun) => resolve(run));
      this.child.send({ kind: 'library', batchSize });
    });
  }

  /** `process.memoryUsage()` of the server process, in MB (after a full GC when it runs with `--expose-gc`). */
  memory(): Promise<Record<string, number>> {
    return new Promise((resolve) => {
      this.child.once('message', (usage: Record<string, number>) => resolve(usage));
      this.child.send({ kind: 'memory' });
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.send({ kind: 'stop' });
    });
  }
}

/** The server process: boots, seeds, listens, answers library runs until told to stop. */
async function serve(databaseUrl: string): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot({ database: { kind: 'postgres', url: databaseUrl } }), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  await seedDemoData(dataSource);
  const workspaceId = (await dataSource.getRepository(Workspace).findOneByOrFail({ slug: 'demo' })).id;
  const ownerId = (await dataSource.getRepository(User).findOneByOrFail({ email: 'owner@demo.test' })).id;
  const plan = planWorkspaceExport(dataSource, { format: 'csv', entity: 'Contact' });
  const send = (message: unknown) => process.send?.(message);
  send({ port: (app.getHttpServer().address() as AddressInfo).port, workspaceId, ownerId, columns: plan.entities[0].columns.map((c) => c.column) } satisfies ExportServerInfo);
  process.on('message', (message: { kind: 'library'; batchSize: number } | { kind: 'stop' } | { kind: 'memory' }) => {
    if (message.kind === 'stop') {
      void app.close().then(() => process.exit(0));
      return;
    }
    if (message.kind === 'memory') {
      (globalThis as { gc?: () => void }).gc?.(); // with BENCH_SERVER_FLAGS=--expose-gc: the live heap, not pending garbage
      send(Object.fromEntries(Object.entries(process.memoryUsage()).map(([k, v]) => [k, Math.round(v / 1048576)])));
      return;
    }
    let bytes = 0;
    const sink = new Writable({ write: (chunk: Buffer | string, _enc, done) => ((bytes += Buffer.byteLength(chunk)), done()) });
    const start = process.hrtime.bigint();
    void streamWorkspaceExport(dataSource, plan, workspaceId, sink, { batchSize: message.batchSize }).then(() => send({ bytes, ms: Number(process.hrtime.bigint() - start) / 1e6 } satisfies LibraryRun));
  });
}

const serverDatabase = process.env['LAWFUL_EXPORT_BENCH_SERVER'];
if (serverDatabase !== undefined && process.send !== undefined) {
  serve(serverDatabase).catch((error: unknown) => {
    console.error(`export server failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
