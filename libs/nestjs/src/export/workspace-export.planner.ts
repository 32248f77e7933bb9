import { type EntityTarget, getMetadataStorage, type PrivacyMetadataStorage } from '@lawful/annotations';
import type { DataSource } from 'typeorm';
import { SqlNames } from '../rights/subject-path.sql';
import { isExportFormat } from './export-format.types';
import { MissingExportEntityError } from './missing-export-entity.error';
import { UnknownExportEntityError } from './unknown-export-entity.error';
import { UnsupportedExportFormatError } from './unsupported-export-format.error';
import type { ExportColumn, ExportEntityPlan, WorkspaceExportPlan, WorkspaceExportRequest } from './workspace-export.types';

/**
 * Entities a workspace export covers by default, derived from the annotations: every annotated entity of the
 * DataSource with `@ProcessingRole('processor')` and a `@WorkspaceKey` (a new annotated entity is exported
 * with no extra code).
 *
 * @example
 * workspaceExportEntities(dataSource).map((e) => e.name); // ['Contact', 'Company', ...]
 */
export function workspaceExportEntities(dataSource: DataSource, storage: PrivacyMetadataStorage = getMetadataStorage()): EntityTarget[] {
  return storage.entities().filter((target) => {
    const entity = storage.entityOf(target);
    return entity.processingRole === 'processor' && entity.workspaceKey !== undefined && dataSource.hasMetadata(target);
  });
}

/**
 * Validates an export request and resolves what to read: per entity the table, the workspace column, the
 * primary key and every annotated field that is a column (personal and not personal), named by property.
 * Throws before anything is written: `UnsupportedExportFormatError`, `MissingExportEntityError` (CSV without
 * an entity), `UnknownExportEntityError` — each answered 400 by `LawfulExceptionFilter`.
 *
 * @example
 * const plan = planWorkspaceExport(dataSource, { format: 'csv', entity: 'Contact' });
 */
export function planWorkspaceExport(dataSource: DataSource, request: WorkspaceExportRequest): WorkspaceExportPlan {
  const storage = request.storage ?? getMetadataStorage();
  if (!isExportFormat(request.format)) throw new UnsupportedExportFormatError(request.format);
  const candidates = (request.entities ?? workspaceExportEntities(dataSource, storage)).flatMap((target) => {
    const workspaceKey = storage.entityOf(target).workspaceKey;
    return workspaceKey === undefined ? [] : [{ target, workspaceKey }];
  });
  const names = candidates.map(({ target }) => target.name);
  if (request.entity === undefined && request.format === 'csv') throw new MissingExportEntityError(names);
  const chosen = request.entity === undefined ? candidates : candidates.filter(({ target }) => target.name === request.entity);
  if (request.entity !== undefined && chosen.length === 0) throw new UnknownExportEntityError(request.entity, names);
  const sql = new SqlNames(dataSource);
  return { format: request.format, entities: chosen.map(({ target, workspaceKey }) => entityPlan(sql, storage, target, workspaceKey)) };
}

function entityPlan(sql: SqlNames, storage: PrivacyMetadataStorage, target: EntityTarget, workspaceKey: string): ExportEntityPlan {
  const metadata = sql.metadata(target);
  const annotated = new Set(storage.fieldsOf(target).map((field) => field.property));
  // TypeORM's column order (inherited columns first); a join column sharing a @Column's name appears once.
  const columns: ExportColumn[] = metadata.columns
    .filter((column, i, all) => annotated.has(column.propertyName) && all.findIndex((c) => c.propertyName === column.propertyName) === i)
    .map((column) => ({
      property: column.propertyName,
      column: sql.column(target, column.propertyName),
      type: String(metadata.connection.driver.normalizeType(column)),
      isArray: column.isArray,
    }));
  return {
    name: target.name,
    target,
    table: sql.table(target),
    workspaceColumn: sql.column(target, workspaceKey),
    orderBy: metadata.primaryColumns.map((column) => sql.column(target, column.propertyName)),
    columns,
  };
}
