import type { Writable } from 'node:stream';
import { csvLine } from '@lawful/rights';
import type { DataSource } from 'typeorm';
import { openExportCursors } from './export-cursors.opener';
import type { ExportCursors } from './export-cursors.types';
import { exportSelectSql } from './export-select.sql';
import { SinkWriter } from './sink.writer';
import type { ExportEntityPlan, WorkspaceExportOptions, WorkspaceExportPlan, WorkspaceExportSummary } from './workspace-export.types';

const DEFAULT_BATCH_SIZE = 1000;

/**
 * Streams every row of the plan's entities in workspace `workspaceId` to `sink`, from server-side cursors
 * opened in ONE snapshot (rows written, updated or deleted meanwhile are not seen), entity after entity, in
 * primary-key order. CSV: a header row of property names (`csvLine`), then one RFC 4180 record per row (plan
 * with one entity; text values always quoted, see `csvFieldSql`). JSONL: one line
 * `{"entity":"Contact","record":{...}}` per row, over all entities. PostgreSQL renders each record as one text
 * value, so the driver parses one value per row and Node only concatenates a batch into one chunk.
 *
 * Constant memory: one batch (`batchSize` rows) is fetched, encoded into one chunk and written; while a sink
 * pushes back (`write()` returned false) nothing more is fetched until `'drain'`, so a slow reader holds the
 * export at one batch; a fast one gets the next batch fetched while the current one is sent. When the sink closes early
 * (a client disconnect) the export stops and resolves `complete: false`; when it errors, the export rejects with
 * that error; either way the cursors are closed, the snapshot ended and the connection released. `onOpen` runs
 * (and is awaited) once the snapshot is open, before the first byte — e.g. to set HTTP headers and record the
 * access; errors before it leave the sink untouched.
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
  const cursors = await openExportCursors(dataSource, plan.entities.map((entity) => (workspace: string) => exportSelectSql(entity, plan.format, workspace)), workspaceId);
  const writer = new SinkWriter(sink);
  try {
    await options.onOpen?.();
    for (const [index, entity] of plan.entities.entries()) {
      const counted = { entity: entity.name, rows: 0 };
      summary.entities.push(counted);
      if (plan.format === 'csv' && !(await writer.write(csvLine(entity.columns.map((c) => c.property))))) return summary;
      const encode = plan.format === 'csv' ? csvBatch : jsonlBatch(entity);
      if (!(await streamRows(cursors, index, batchSize, encode, writer, counted))) return summary;
    }
    summary.complete = options.end === false ? writer.open : await writer.end();
    return summary;
  } finally {
    writer.dispose();
    await cursors.close();
  }
}

/**
 * Fetches cursor `index` batch after batch and writes each as one chunk; `false` when the sink closed. The
 * next batch is requested while the current one is encoded and sent (the database works while Node does),
 * unless the sink pushed back on the last write: a slow reader never makes the export hold a second batch.
 */
async function streamRows(cursors: ExportCursors, index: number, batchSize: number, encode: (rows: unknown[][]) => string, writer: SinkWriter, counted: { rows: number }): Promise<boolean> {
  let next: Promise<unknown[][]> | undefined = cursors.fetch(index, batchSize);
  try {
    while (next !== undefined) {
      const rows: unknown[][] = await next;
      const more: boolean = rows.length === batchSize;
      next = more && !writer.pressed ? cursors.fetch(index, batchSize) : undefined;
      counted.rows += rows.length;
      const chunk = encode(rows);
      // Let the batch die young: pg keeps the last result referenced until the next query completes, which
      // otherwise promotes every batch to the old generation (measured: most of the rows' bytes).
      rows.length = 0;
      if (chunk !== '' && !(await writer.write(chunk))) return false;
      if (more && next === undefined) next = cursors.fetch(index, batchSize);
    }
    return true;
  } finally {
    await next?.catch(() => undefined); // a FETCH still in flight settles before the cursors close
  }
}

/** A batch of CSV records, each already rendered by PostgreSQL (see `exportSelectSql`), as one chunk. */
function csvBatch(rows: unknown[][]): string {
  let chunk = '';
  for (const row of rows) chunk += row[0] as string;
  return chunk;
}

/** A batch of JSON Lines: each row's JSON object (rendered by PostgreSQL) wrapped with its entity name. */
function jsonlBatch(entity: ExportEntityPlan): (rows: unknown[][]) => string {
  const prefix = `{"entity":${JSON.stringify(entity.name)},"record":`;
  return (rows) => {
    let chunk = '';
    for (const row of rows) chunk += `${prefix}${row[0] as string}}\n`;
    return chunk;
  };
}
