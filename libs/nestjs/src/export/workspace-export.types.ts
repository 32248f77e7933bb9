import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import type { ExportFormat } from './export-format.types';

/**
 * One exported column: the annotated property (the CSV header and JSON key), its quoted column and the SQL
 * expression selecting it as text (CSV) — see `exportColumnText`.
 *
 * @example
 * const column: ExportColumn = { property: 'firstName', column: '"first_name"', type: 'text', isArray: false };
 */
export interface ExportColumn {
  property: string;
  /** Quoted database column name. */
  column: string;
  /** TypeORM's normalized column type, e.g. `text`, `uuid`, `timestamp with time zone`, `jsonb`. */
  type: string;
  isArray: boolean;
}

/**
 * What is read of one entity: its quoted table, workspace column and primary key, and every annotated column.
 *
 * @example
 * plan.entities.map((e) => `${e.name}: ${e.columns.length} columns`);
 */
export interface ExportEntityPlan {
  /** Class name, e.g. `Contact` (the JSONL `entity` and the CSV `entity=` value). */
  name: string;
  target: EntityTarget;
  table: string;
  workspaceColumn: string;
  /** Quoted primary key columns: rows are written in this order. */
  orderBy: string[];
  columns: ExportColumn[];
}

/**
 * A validated export request: the format and the entities to write, in order.
 *
 * @example
 * const plan: WorkspaceExportPlan = planWorkspaceExport(dataSource, { format: 'jsonl' });
 */
export interface WorkspaceExportPlan {
  format: ExportFormat;
  entities: ExportEntityPlan[];
}

/**
 * What to export. `format` is checked (any string may come from a query parameter); `entity` names one class
 * (required for `csv`, a filter for `jsonl`); `entities` replaces the default set (every annotated entity of the
 * DataSource with `@ProcessingRole('processor')` and a `@WorkspaceKey`).
 *
 * @example
 * const request: WorkspaceExportRequest = { format: 'csv', entity: 'Contact' };
 */
export interface WorkspaceExportRequest {
  format: string;
  entity?: string;
  entities?: readonly EntityTarget[];
  storage?: PrivacyMetadataStorage;
}

/**
 * Tuning and control of one streamed export.
 *
 * @example
 * await streamWorkspaceExport(dataSource, plan, workspaceId, res, { batchSize: 2000 });
 */
export interface WorkspaceExportOptions {
  /** Rows fetched and written per batch (the most held in memory at once); default 1000. */
  batchSize?: number;
  /** End the sink when the export completes (default true). */
  end?: boolean;
  /** Runs once the snapshot is open, before the first byte is written (set headers, record the access). */
  onOpen?: () => void | Promise<void>;
}

/**
 * How an export went: the rows written per entity, and whether it completed (`false` when the sink closed
 * early, e.g. the HTTP client disconnected).
 *
 * @example
 * const { complete, entities } = await streamWorkspaceExport(dataSource, plan, workspaceId, sink);
 */
export interface WorkspaceExportSummary {
  complete: boolean;
  entities: { entity: string; rows: number }[];
}
