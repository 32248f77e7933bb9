import { ExportError } from './export.error';

/**
 * A CSV export holds one entity, and none was named (400 with `allowedEntities`).
 *
 * @example
 * throw new MissingExportEntityError(['Contact', 'Deal']);
 */
export class MissingExportEntityError extends ExportError {
  constructor(allowedEntities: readonly string[]) {
    super('MISSING_EXPORT_ENTITY', `A CSV export holds one entity: add entity= one of ${allowedEntities.join(', ')} (or use format=jsonl for all)`, { allowedEntities: [...allowedEntities] });
  }
}
