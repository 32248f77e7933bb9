import type { DataMap } from '../model/data-map.types';
import { toCsv } from './csv.util';

/** Columns of the `csv` format, in order. */
export const DATA_MAP_CSV_HEADER = [
  'entity', 'table', 'property', 'column', 'category', 'special', 'subject', 'purpose', 'legal_basis', 'source',
  'retention', 'recipients', 'erasure', 'legal_hold', 'encrypted', 'processing_role', 'automated_decisions',
] as const;

/**
 * The data map as CSV for spreadsheets: one row per (field, purpose), RFC 4180 quoting; list cells joined by `;`.
 * `automated_decisions` flags every row of a field that feeds or is produced by automated decision-making
 * (`input:<purpose>` / `output:<purpose>`), so a spreadsheet filter finds them.
 *
 * @example
 * writeFileSync('datamap.csv', renderCsv(map));
 */
export function renderCsv(map: DataMap): string {
  const rows = map.fields.flatMap((f) =>
    f.purposes.map((p) => [
      f.entity, f.table ?? '', f.property, f.column ?? '', f.category, String(f.special), f.subject ?? '', p.id, p.legalBasis ?? '', f.source,
      f.retention, f.recipients.join(';'), f.erasure.strategy, f.erasure.legalHold?.reason ?? '', String(f.encrypted), f.processingRole ?? '',
      f.automatedDecisions.map((d) => `${d.role}:${d.purpose}`).join(';'),
    ]),
  );
  return toCsv([[...DATA_MAP_CSV_HEADER], ...rows]);
}
