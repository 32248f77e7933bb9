import type { Writable } from 'node:stream';
import { csvLine } from '@lawful/rights';
import type { DataSource } from 'typeorm';
import { BinaryCopyDecoder } from './binary-copy.decoder';
import type { ExportCopies, ExportCursors, ExportSource } from './export-cursors.types';
import { exportSelectSql } from './export-select.sql';
import { openExportSource } from './export-source.opener';
import { SinkWriter } from './sink.writer';
import type { WorkspaceExportOptions, WorkspaceExportPlan, WorkspaceExportSummary } from './workspace-export.types';

const DEFAULT_BATCH_SIZE = 1000;

/**
 * Streams every row of the plan's entities in workspace `workspaceId` to `sink`, read in ONE snapshot (rows
 * written, updated or deleted meanwhile are not seen), entity after entity, in primary-key order. CSV: a header
 * row of property names (`csvLine`), then one RFC 4180 record per row (plan with one entity; text values always
 * quoted, see `csvFieldSql`). JSONL: one line `{"entity":"Contact","record":{...}}` per row, over all entities.
 * PostgreSQL renders each row's whole line (`exportSelectSql`); Node only passes it on. On PostgreSQL (`pg`)
 * each entity is one `COPY … TO STDOUT WITH (FORMAT binary)` whose bytes go to the sink as they are (no
 * string decoding); on PGlite (no COPY to the client) from cursors fetched `batchSize` rows at a time.
 *
 * Constant memory: rows are written in chunks of `batchSize` rows; while a sink pushes back (`write()` returned
 * false) nothing more is read until `'drain'` (the COPY's socket is paused, so PostgreSQL waits), so a slow
 * reader holds the export at one batch. When the sink closes early (a client disconnect) the export stops and
 * resolves `complete: false`; when it errors, the export rejects with that error; either way a running COPY is
 * cancelled, the snapshot ended and the connection released. `onOpen` runs (and is awaited) once the snapshot
 * is open, before the first byte — e.g. to set HTTP headers and record the access; errors before it leave the
 * sink untouched.
 *
 * @example
 * const plan = planWorkspaceExport(dataSource, { format: 'jsonl' });
 * const { complete, entities } = await streamWorkspaceExport(dataSource, plan, workspaceId, createWriteStream('export.jsonl'));
 */
export async function streamWorkspaceExport(
  dataSource: DataSource,
  plan: WorkspaceExportPlan,
  workspaceId: string,
  sink: Writable,
  options: WorkspaceExportOptions = {},
): Promise<WorkspaceExportSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: WorkspaceExportSummary = { complete: false, entities: [] };
  const source = await openExportSource(dataSource, plan.entities.map((entity) => (workspace: string) => exportSelectSql(entity, plan.format, workspace)), workspaceId);
  const writer = new SinkWriter(sink);
  try {
    await options.onOpen?.();
    for (const [index, entity] of plan.entities.entries()) {
      const counted = { entity: entity.name, rows: 0 };
      summary.entities.push(counted);
      if (plan.format === 'csv' && !(await writer.write(csvLine(entity.columns.map((c) => c.property))))) return summary;
      if (!(await streamEntity(source, index, batchSize, writer, counted))) return summary;
    }
    summary.complete = options.end === false ? writer.open : await writer.end();
    return summary;
  } finally {
    writer.dispose();
    await source.close();
  }
}

/** Writes the lines of SELECT `index` in chunks of `batchSize` rows; `false` when the sink closed. */
function streamEntity(source: ExportSource, index: number, batchSize: number, writer: SinkWriter, counted: { rows: number }): Promise<boolean> {
  return source.kind === 'copies' ? copyRows(source, index, batchSize, writer, counted) : fetchRows(source, index, batchSize, writer, counted);
}

/** Reads the binary COPY of SELECT `index`, one chunk at a time, waiting for the sink after each batch. */
async function copyRows(copies: ExportCopies, index: number, batchSize: number, writer: SinkWriter, counted: { rows: number }): Promise<boolean> {
  const decoder = new BinaryCopyDecoder(batchSize);
  for await (const chunk of copies.copy(index)) {
    for (const batch of decoder.decode(chunk)) {
      counted.rows += batch.rows;
      if (!(await writer.write(batch.bytes))) return false;
    }
  }
  const last = decoder.end();
  if (last === undefined) return true;
  counted.rows += last.rows;
  return writer.write(last.bytes);
}

/**
 * Fetches cursor `index` batch after batch and writes each as one chunk. The next batch is requested while the
 * current one is sent (the database works while Node does), unless the sink pushed back on the last write: a
 * slow reader never makes the export hold a second batch.
 */
async function fetchRows(cursors: ExportCursors, index: number, batchSize: number, writer: SinkWriter, counted: { rows: number }): Promise<boolean> {
  let next: Promise<unknown[][]> | undefined = cursors.fetch(index, batchSize);
  try {
    while (next !== undefined) {
      const rows: unknown[][] = await next;
      const more: boolean = rows.length === batchSize;
      next = more && !writer.pressed ? cursors.fetch(index, batchSize) : undefined;
      counted.rows += rows.length;
      let chunk = '';
      for (const row of rows) chunk += row[0] as string;
      rows.length = 0; // let the batch die young (pg keeps its last result referenced)
      if (chunk !== '' && !(await writer.write(chunk))) return false;
      if (more && next === undefined) next = cursors.fetch(index, batchSize);
    }
    return true;
  } finally {
    await next?.catch(() => undefined); // a FETCH still in flight settles before the cursors close
  }
}
