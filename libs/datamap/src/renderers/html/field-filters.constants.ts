import type { DataMapField } from '../../model/data-map.types';

/**
 * Option value of "the field has none" (no subject, no recipient, no legal basis, no role).
 *
 * @example
 * FIELD_FILTERS.find((f) => f.key === 'recipient')?.values(field); // [NONE_VALUE] when it has no recipient
 */
export const NONE_VALUE = '__none__';

/**
 * The filters of the page: select id suffix (`filter-<key>`), title, and the values of a field a selected
 * option must be among. Rows carry these values as JSON in `data-values`, so the page script holds no
 * filtering rules of its own.
 *
 * @example
 * FIELD_FILTERS.map((f) => [f.key, f.values(map.fields[0])]); // [['category', ['user.contact.email']], ...]
 */
export const FIELD_FILTERS: { key: string; title: string; values: (f: DataMapField) => string[] }[] = [
  { key: 'category', title: 'Category', values: (f) => [f.category] },
  { key: 'purpose', title: 'Purpose', values: (f) => f.purposes.map((p) => p.id) },
  { key: 'basis', title: 'Legal basis', values: (f) => f.purposes.map((p) => p.legalBasis ?? NONE_VALUE) },
  { key: 'recipient', title: 'Recipient', values: (f) => (f.recipients.length > 0 ? f.recipients : [NONE_VALUE]) },
  { key: 'subject', title: 'Subject', values: (f) => [f.subject ?? NONE_VALUE] },
  { key: 'role', title: 'Role', values: (f) => [f.processingRole ?? NONE_VALUE] },
  { key: 'decision', title: 'Automated decisions', values: (f) => (f.automatedDecisions.length > 0 ? [...new Set(f.automatedDecisions.map((d) => d.role))] : [NONE_VALUE]) },
];
