import type { LegalBasis } from '@lawful/annotations';

/**
 * What a subject export contains: everything (`access`, GDPR Art. 15 / CCPA right to know / PIPEDA, Law 25 access)
 * or only what the subject provided under consent or contract, without derived or inferred data (`portability`,
 * GDPR Art. 20 / Quebec Law 25 s. 27).
 *
 * @example
 * const scope: SubjectExportScope = 'portability';
 */
export type SubjectExportScope = 'access' | 'portability';

/**
 * The facts the annotations state about one field: what it is, why it is processed and on which basis, where it
 * came from, how long it is kept and who receives it.
 *
 * @example
 * const facts: FieldFacts = { category: { key: 'user.contact.email', name: 'Email' }, purposes: [{ key: 'service.crm', name: 'CRM', legalBasis: 'contract' }],
 *   source: 'provided', retention: { key: 'workspace_data', name: 'Workspace data', period: 'P30D', trigger: 'subscription_end' }, recipients: [] };
 */
export interface FieldFacts {
  category: { key: string; name: string };
  purposes: { key: string; name: string; legalBasis: LegalBasis | null }[];
  /** `provided` | `observed` | `derived`, or the third-party source's name. */
  source: string;
  retention: { key: string; name: string; period: string; trigger: string };
  recipients: { key: string; name: string; countries: string[] }[];
}

/**
 * One value about the subject, with its facts.
 *
 * @example
 * const v: ExportedValue = { value: 'ada@example.com', ...facts };
 */
export interface ExportedValue extends FieldFacts {
  value: unknown;
}

/**
 * One row about the subject: its id and its values by property.
 *
 * @example
 * const r: ExportedRecord = { id: 'c1', fields: { email: { value: 'ada@example.com', ...facts } } };
 */
export interface ExportedRecord {
  id: string;
  /** Kept under a legal hold after an erasure and restricted (processing limited to the hold's purpose). */
  restricted?: boolean;
  fields: Record<string, ExportedValue>;
}

/**
 * A data-subject export: the subject, the scope, rows by entity, and the processing history (who accessed the
 * data, when, for which purpose and basis, which recipients), as GDPR Art. 15(1) owes the subject.
 *
 * @example
 * const doc: SubjectExport = buildSubjectExport({ storage, graph, records, subjectId: 'c1', scope: 'access', generatedAt: new Date() });
 * Object.keys(doc.entities); // ['Contact', 'Deal', 'Note', …]
 */
export interface SubjectExport {
  subject: { type: string; entity: string; id: string };
  scope: SubjectExportScope;
  generatedAt: string;
  /** Rows by entity name, entities in subject-graph order (the subject entity first), empty entities left out. */
  entities: Record<string, ExportedRecord[]>;
  processingHistory: readonly unknown[];
}

/**
 * Rows read for one entity of the subject graph: values keyed by property (`id` included).
 *
 * @example
 * const rows: SubjectRows = { entity: Deal, rows: [{ id: 'd1', title: 'Renewal' }] };
 */
export interface SubjectRows {
  entity: { name: string };
  rows: readonly Record<string, unknown>[];
  /** Ids of rows kept under a legal hold and restricted. */
  restrictedIds?: ReadonlySet<string>;
}
