import type { DataMap, DataMapField } from '../model/data-map.types';

/** What changed in personal data between two data maps. */
export interface DataMapDiff {
  addedFields: DataMapField[];
  removedFields: DataMapField[];
  /** `Entity.property` → human-readable changes. */
  changedFields: { field: string; changes: string[] }[];
  /** Registry changes: purposes, recipients, retention classes, significant automated decisions. */
  registryChanges: string[];
}

const key = (f: DataMapField) => `${f.entity}.${f.property}`;
const setDiff = (label: string, before: string[], after: string[]): string[] => [
  ...after.filter((x) => !before.includes(x)).map((x) => `${label} added: ${x}`),
  ...before.filter((x) => !after.includes(x)).map((x) => `${label} removed: ${x}`),
];
const changed = (label: string, before: unknown, after: unknown): string[] =>
  JSON.stringify(before) === JSON.stringify(after) ? [] : [`${label}: ${fmt(before)} → ${fmt(after)}`];
const fmt = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function fieldChanges(a: DataMapField, b: DataMapField): string[] {
  const bases = b.purposes.flatMap((p) => {
    const old = a.purposes.find((x) => x.id === p.id);
    return old && old.legalBasis !== p.legalBasis ? [`legal basis for ${p.id}: ${old.legalBasis} → ${p.legalBasis}`] : [];
  });
  return [
    ...changed('category', a.category, b.category),
    ...changed('subject', a.subject, b.subject),
    ...setDiff('purpose', a.purposes.map((p) => p.id), b.purposes.map((p) => p.id)),
    ...bases,
    ...changed('source', a.source, b.source),
    ...changed('retention', a.retention, b.retention),
    ...setDiff('recipient', a.recipients, b.recipients),
    ...changed('erasure', a.erasure, b.erasure),
    ...changed('encrypted', a.encrypted, b.encrypted),
    ...changed('special', a.special, b.special),
    ...changed('processing role', a.processingRole, b.processingRole),
    // Maps written before automated decisions were mapped have no flag: unknown, not "none".
    ...(predatesDecisions(a) ? [] : setDiff('automated decision', a.automatedDecisions.map(flag), b.automatedDecisions.map(flag))),
  ];
}

/** Whether a map (or field) was written before automated decisions were mapped: it has no such key. */
const predatesDecisions = (x: DataMap | DataMapField) => !('automatedDecisions' in x);
const flag = (d: DataMapField['automatedDecisions'][number]) => `${d.role} of ${d.purpose}`;

/** Significant effects added, removed or moved to another purpose (absent from maps written before they were mapped). */
function effectChanges(before: DataMap, after: DataMap): string[] {
  if (predatesDecisions(before)) return [];
  const effects = (map: DataMap) => map.automatedDecisions.flatMap((d) => d.effects.map((e) => `${e.key} (${d.purpose.id})`));
  return setDiff('significant automated decision', effects(before), effects(after));
}

function registryChanges<T extends { id: string }>(label: string, before: T[], after: T[], props: (keyof T)[]): string[] {
  const out = setDiff(label, before.map((x) => x.id), after.map((x) => x.id));
  for (const b of after) {
    const a = before.find((x) => x.id === b.id);
    if (a) for (const p of props) out.push(...changed(`${label} ${b.id} ${String(p)}`, a[p], b[p]));
  }
  return out;
}

/**
 * Compares two data maps (e.g. a pull request's base and head).
 *
 * @example
 * const diff = diffDataMaps(mapAtMain, mapInWorkingTree);
 * diff.addedFields.map((f) => `${f.entity}.${f.property}`);
 */
export function diffDataMaps(before: DataMap, after: DataMap): DataMapDiff {
  const old = new Map(before.fields.map((f) => [key(f), f]));
  const now = new Map(after.fields.map((f) => [key(f), f]));
  return {
    addedFields: after.fields.filter((f) => !old.has(key(f))),
    removedFields: before.fields.filter((f) => !now.has(key(f))),
    changedFields: after.fields.flatMap((f) => {
      const a = old.get(key(f));
      const changes = a ? fieldChanges(a, f) : [];
      return changes.length > 0 ? [{ field: key(f), changes }] : [];
    }),
    registryChanges: [
      ...registryChanges('purpose', before.purposes, after.purposes, ['legalBasis', 'prohibited', 'parent']),
      ...registryChanges('recipient', before.recipients, after.recipients, ['status', 'countries', 'safeguard', 'dataShared']),
      ...registryChanges('retention class', before.retention, after.retention, ['period', 'trigger']),
      ...effectChanges(before, after),
    ],
  };
}

/**
 * The diff as Markdown for a pull request description.
 *
 * @example
 * console.log(renderDiffMarkdown(diffDataMaps(before, after), 'main'));
 */
export function renderDiffMarkdown(diff: DataMapDiff, base = 'base'): string {
  const empty = diff.addedFields.length + diff.removedFields.length + diff.changedFields.length + diff.registryChanges.length === 0;
  if (empty) return `## Personal data changes since \`${base}\`\n\nNo changes to personal data.\n`;
  const line = (f: DataMapField) => `- \`${key(f)}\` — ${f.category}; purposes: ${f.purposes.map((p) => `${p.id} (${p.legalBasis ?? 'no basis'})`).join(', ')}; retention: ${f.retention}${f.recipients.length ? `; recipients: ${f.recipients.join(', ')}` : ''}`;
  const out = [`## Personal data changes since \`${base}\``];
  if (diff.addedFields.length) out.push('', `### Added fields (${diff.addedFields.length})`, '', ...diff.addedFields.map(line));
  if (diff.removedFields.length) out.push('', `### Removed fields (${diff.removedFields.length})`, '', ...diff.removedFields.map(line));
  if (diff.changedFields.length) out.push('', `### Changed fields (${diff.changedFields.length})`, '', ...diff.changedFields.flatMap((c) => [`- \`${c.field}\``, ...c.changes.map((x) => `  - ${x}`)]));
  if (diff.registryChanges.length) out.push('', '### Purposes, recipients, retention and automated decisions', '', ...diff.registryChanges.map((x) => `- ${x}`));
  return `${out.join('\n')}\n`;
}
