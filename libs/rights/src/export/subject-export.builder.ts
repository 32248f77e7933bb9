import type { PrivacyMetadataStorage } from '@lawful/annotations';
import type { SubjectGraph } from '../graph/subject.graph';
import { subjectFields } from '../graph/subject-fields.util';
import { fieldFacts } from './field-facts.util';
import { isPortable } from './portability.util';
import type { ExportedRecord, SubjectExport, SubjectExportScope, SubjectRows } from './subject-export.types';

/**
 * Input of `buildSubjectExport`: the subject graph, the rows read for each of its entities, and the history.
 *
 * @example
 * const input: SubjectExportInput = { storage, graph, records, subjectId: 'c1', scope: 'access', generatedAt: new Date() };
 */
export interface SubjectExportInput {
  storage: PrivacyMetadataStorage;
  graph: SubjectGraph;
  records: readonly SubjectRows[];
  subjectId: string;
  scope: SubjectExportScope;
  generatedAt: Date;
  /** Processing history of the subject (e.g. the access audit, explained); included as given. */
  history?: readonly unknown[];
}

/**
 * Builds a subject export from the annotations and the rows read: for each entity of the subject graph, the
 * personal fields about the subject (`subjectFields`; only portable ones for `portability`), each non-empty value
 * with its category, purposes and legal bases, source, retention and recipients. Nothing is hand-listed: an
 * entity annotated and owned by the subject appears with no extra code.
 *
 * @example
 * const doc = buildSubjectExport({ storage, graph, records, subjectId: contact.id, scope: 'access', generatedAt: new Date(), history });
 * doc.entities.Contact[0].fields.email; // { value: 'ada@example.com', category: { key: 'user.contact.email', … }, purposes: [...], … }
 */
export function buildSubjectExport(input: SubjectExportInput): SubjectExport {
  const { storage, graph } = input;
  const byName = new Map(input.records.map((r) => [r.entity.name, r]));
  const ordered = [graph.nodes[graph.nodes.length - 1], ...graph.nodes.slice(0, -1)];
  const entities: Record<string, ExportedRecord[]> = {};
  for (const node of ordered) {
    const read = byName.get(node.name);
    if (read === undefined || read.rows.length === 0) continue;
    const fields = subjectFields(storage, node.entity, graph.subject).filter((f) => input.scope === 'access' || isPortable(storage.registry, f));
    if (fields.length === 0) continue;
    entities[node.name] = read.rows.map((row) => {
      const record: ExportedRecord = { id: String(row.id), fields: {} };
      if (read.restrictedIds?.has(record.id)) record.restricted = true;
      for (const field of fields) {
        const value = row[field.property];
        if (value === null || value === undefined) continue;
        record.fields[field.property] = { value, ...fieldFacts(storage.registry, field) };
      }
      return record;
    });
  }
  return {
    subject: { type: graph.subject, entity: graph.subjectEntity.name, id: input.subjectId },
    scope: input.scope,
    generatedAt: input.generatedAt.toISOString(),
    entities,
    processingHistory: input.history ?? [],
  };
}
