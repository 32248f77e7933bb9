import type { Writable } from 'node:stream';
import { csvLine } from '@lawful/rights';
import type { DataSource } from 'typeorm';
import { openExportCursors } from './export-cursors.opener';
import type { ExportFormat } from './export-format.types';
import { exportSelectSql } from './export-select.sql';
import { SinkWriter } from './sink.writer';
import type { ExportEntityPlan, WorkspaceExportOptions, WorkspaceExportPlan, WorkspaceExportSummary } from './workspace-export.types';

const DEFAULT_BATCH_SIZE = 1000;

/**
 * Streams every row of the plan's entities in workspace `workspaceId` to `sink`, from server-side cursors
 * opened in ONE snapshot (rows written, updated or deleted meanwhile are not seen), entity after entity, in
 * primary-key order. CSV: a header row of property names, then one RFC 4180 record per row (plan with one
 * entity). JSONL: one line `{"entity":"Contact","record":{...}}` per row, over all entities.
 *
 * Constant memory: one batch (`batchSize` rows) is fetched, encoded into one chunk and written; the next is
 * fetched only once the sink accepted it (`'drain'` when `write()` returned false). When the sink closes early
 * (a client disconnect) the export stops and resolves `complete: false`; when it errors, the export rejects with
 * that error; either way the cursors are closed, the snapshot ended and the connection released. `onOpen` runs
 * once the snapshot is open, before the first byte (e.g. to set HTTP headers): errors before it leave the sink
 * untouched.
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
  options: WorkspaceExportOptions & { onOpen?: () => void } = {},
): Promise<WorkspaceExportSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: WorkspaceExportSummary = { complete: false, entities: [] };
  const cursors = await openExportCursors(dataSource, plan.entities.map((entity) => (workspace: string) => exportSelectSql(entity, plan.format, workspace)), workspaceId);
  const writer = new SinkWriter(sink);
  try {
    options.onOpen?.();
    for (const [index, entity] of plan.entities.entries()) {
      const counted = { entity: entity.name, rows: 0 };
      summary.entities.push(counted);
      if (plan.format === 'csv' && !(await writer.write(csvLine(entity.columns.map((c) => c.property))))) return summary;
      const encode = batchEncoder(plan.format, entity);
      for (;;) {
        const rows = await cursors.fetch(index, batchSize);
        if (rows.length === 0) break;
        counted.rows += rows.length;
        if (!(await writer.write(encode(rows)))) return summary;
        if (rows.length < batchSize) break;
      }
    }
    summary.complete = options.end === false ? writer.open : await writer.end();
    return summary;
  } finally {
    writer.dispose();
    await cursors.close();
  }
}

/** Encodes a batch of rows (arrays of column text, or one JSON object text for JSONL) into one chunk. */
function batchEncoder(format: ExportFormat, entity: ExportEntityPlan): (rows: unknown[][]) => string {
  if (format === 'csv') {
    return (rows) => {
      let chunk = '';
      for (const row of rows) chunk += csvLine(row);
      return chunk;
    };
  }
  const prefix = `{"entity":${JSON.stringify(entity.name)},"record":`;
  return (rows) => {
    let chunk = '';
    for (const row of rows) chunk += `${prefix}${row[0] as string}}\n`;
    return chunk;
  };
}
