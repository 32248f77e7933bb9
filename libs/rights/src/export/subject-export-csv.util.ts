import { csvLine } from '../format/csv.encoder';
import type { ExportedValue, SubjectExport } from './subject-export.types';

/**
 * Header of the CSV form of a subject export.
 *
 * @example
 * SUBJECT_EXPORT_CSV_HEADER[0]; // 'entity'
 */
export const SUBJECT_EXPORT_CSV_HEADER = ['entity', 'record_id', 'field', 'value', 'category', 'purpose', 'legal_basis', 'source', 'retention', 'recipients'] as const;

/**
 * The CSV form of a subject export (RFC 4180, CRLF): one row per value — entity, record id, field, value,
 * category, purposes and their legal bases (`; `-separated, in the same order), source, retention (class, period
 * and trigger) and recipients with their countries. The processing history is in the JSON form only.
 *
 * @example
 * const csv = subjectExportCsv(buildSubjectExport(input));
 * csv.split('\r\n')[1]; // 'Contact,c1,firstName,Ada,user.name.first,service.crm; support,contract; legitimate_interests,provided,…'
 */
export function subjectExportCsv(doc: SubjectExport): string {
  const lines = [csvLine(SUBJECT_EXPORT_CSV_HEADER)];
  for (const [entity, records] of Object.entries(doc.entities)) {
    for (const record of records) {
      for (const [field, value] of Object.entries(record.fields)) lines.push(csvLine([entity, record.id, field, ...facts(value)]));
    }
  }
  return lines.join('');
}

function facts(v: ExportedValue): unknown[] {
  return [
    v.value,
    v.category.key,
    v.purposes.map((p) => p.key).join('; '),
    v.purposes.map((p) => p.legalBasis ?? 'none').join('; '),
    v.source,
    `${v.retention.key} (${v.retention.period} after ${v.retention.trigger})`,
    v.recipients.map((r) => `${r.name} (${r.countries.join(', ')})`).join('; '),
  ];
}
