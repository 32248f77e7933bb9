import { subjectExportCsv, type SubjectExport } from '@lawful/rights';
import type { Response } from 'express';
import type { SubjectExportQuery } from './subject-export.query';

/**
 * Serves a subject export as JSON (the document) or CSV (one row per value), as a download named after the
 * subject type, scope and date (never after the person).
 *
 * @example
 * return sendSubjectExport(res, doc, query); // in a handler with @Res({ passthrough: true }) res
 */
export function sendSubjectExport(res: Response, doc: SubjectExport, query: SubjectExportQuery): SubjectExport | string {
  const name = `${doc.subject.type}-${doc.scope}-${doc.generatedAt.slice(0, 10)}.${query.format}`;
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  if (query.format === 'json') return doc;
  res.type('text/csv; charset=utf-8');
  return subjectExportCsv(doc);
}
