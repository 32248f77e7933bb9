import { ExportError } from './export.error';

/**
 * The requested entity is not one the workspace export covers (400 with `allowedEntities`).
 *
 * @example
 * throw new UnknownExportEntityError('Invoice', ['Contact', 'Deal']);
 */
export class UnknownExportEntityError extends ExportError {
  constructor(readonly entity: string, allowedEntities: readonly string[]) {
    super('UNKNOWN_EXPORT_ENTITY', `"${entity}" is not an exported entity: use entity= one of ${allowedEntities.join(', ')}`, { allowedEntities: [...allowedEntities] }, { entity });
  }
}
