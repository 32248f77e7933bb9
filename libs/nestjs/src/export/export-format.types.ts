/**
 * Formats of a workspace export, with the media type and file extension of each: `csv` (RFC 4180, one
 * entity per file, header row of property names) and `jsonl` (JSON Lines, one `{"entity","record"}` per row).
 *
 * @example
 * const { contentType, extension } = EXPORT_FORMATS.csv; // 'text/csv; charset=utf-8', 'csv'
 */
export const EXPORT_FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { contentType: 'application/x-ndjson', extension: 'jsonl' },
} as const;

/**
 * One supported export format.
 *
 * @example
 * const format: ExportFormat = 'jsonl';
 */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * Whether `value` names a supported export format.
 *
 * @example
 * isExportFormat('xml'); // false
 */
export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, value);
}
