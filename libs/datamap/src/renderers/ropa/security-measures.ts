import type { DataMapField } from '../../model/data-map.types';
import { uniqueSorted } from '../text.util';

/** Measures every activity gets: what Lawful itself enforces for annotated fields. */
const DECLARED_IN_CODE =
  'Each personal field is declared in code with its purposes, legal basis, retention and erasure, validated against the registered taxonomy at startup';

const ref = (f: DataMapField) => `${f.entity}.${f.property}`;

/**
 * The technical and organisational measures of an activity that the data map shows: fields encrypted at rest,
 * erasure strategies, legal holds, workspace isolation, plus what Lawful enforces for every annotated field.
 *
 * @example
 * securityMeasures(fields, new Set(['Contact'])); // ['Encryption at rest: PaymentRecord.cardToken', 'Erasure: delete (3 fields)', ...]
 */
export function securityMeasures(fields: DataMapField[], workspaceScoped: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const encrypted = uniqueSorted(fields.filter((f) => f.encrypted).map(ref));
  if (encrypted.length > 0) out.push(`Encryption at rest: ${encrypted.join(', ')}`);
  const strategies = uniqueSorted(fields.map((f) => f.erasure.strategy));
  const count = (s: string) => new Set(fields.filter((f) => f.erasure.strategy === s).map(ref)).size;
  out.push(`Erasure: ${strategies.map((s) => `${s} (${count(s)} field${count(s) === 1 ? '' : 's'})`).join(', ')}`);
  const hold = (f: DataMapField) => (f.erasure.legalHold ? [`Legal hold (Art. 17(3), ${f.erasure.legalHold.reason.replace(/_/g, ' ')}): ${f.erasure.legalHold.description}`] : []);
  out.push(...uniqueSorted(fields.flatMap(hold)));
  const isolated = uniqueSorted(fields.filter((f) => workspaceScoped.has(f.entity)).map((f) => f.entity));
  if (isolated.length > 0) out.push(`Workspace isolation (rows scoped by workspace key): ${isolated.join(', ')}`);
  out.push(DECLARED_IN_CODE);
  return out;
}
