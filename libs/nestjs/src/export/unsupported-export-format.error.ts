import { EXPORT_FORMATS } from './export-format.types';
import { ExportError } from './export.error';

/**
 * The requested export format is not one of `csv`, `jsonl` (400 with `allowedFormats`).
 *
 * @example
 * throw new UnsupportedExportFormatError('xml');
 */
export class UnsupportedExportFormatError extends ExportError {
  constructor(readonly format: string) {
    const allowedFormats = Object.keys(EXPORT_FORMATS);
    super('UNSUPPORTED_EXPORT_FORMAT', `Unsupported export format "${format}": use format=${allowedFormats.join(' or format=')}`, { allowedFormats }, { format });
  }
}
