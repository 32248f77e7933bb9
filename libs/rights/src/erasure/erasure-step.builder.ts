import type { EntityTarget, PersonalFieldMetadata, PrivacyMetadataStorage } from '@lawful/annotations';
import { subjectFields } from '../graph/subject-fields.util';
import type { ErasureStep, FieldErasurePlan, HeldField, OwnershipHop, OwnershipPath } from './erasure-plan.types';

/**
 * The step of one entity: `retain` when a field of the subject is under a legal hold, `anonymize` when every path to
 * the subject crosses a shared edge, else `delete` (rows reached only through shared paths are then anonymized).
 *
 * @example
 * buildErasureStep(storage, NoteContact, 'crm_contact', [[{ entity: NoteContact, property: 'contactId', owner: Contact, ownerProperty: 'id', shared: true }]]);
 */
export function buildErasureStep(storage: PrivacyMetadataStorage, entity: EntityTarget, subject: string, hopLists: OwnershipHop[][]): ErasureStep {
  const paths: OwnershipPath[] = hopLists.map((hops) => ({ hops, action: hops.some((h) => h.shared) ? 'anonymize' : 'delete' }));
  const own = subjectFields(storage, entity, subject);
  const holds: HeldField[] = own.flatMap((f) => (f.erasure.legalHold ? [{ property: f.property, ...f.erasure.legalHold }] : []));
  const kept = own.filter((f) => !f.erasure.legalHold).map(fieldPlan);
  const name = entity.name;
  if (holds.length > 0) {
    const why = [...new Set(holds.map((h) => `${h.reason}: ${h.description}`))].join('; ');
    const erased = kept.length > 0 ? `; other fields erased (${describe(kept)})` : '';
    return { entity, name, action: 'retain', paths, fields: kept, holds, reason: `${name} rows are kept and restricted under a legal hold (${why})${erased}` };
  }
  const shared = paths.filter((p) => p.action === 'anonymize');
  if (shared.length === paths.length) {
    const erased = kept.length > 0 ? `this subject's fields are erased (${describe(kept)})` : 'no field of this subject is stored in them';
    return { entity, name, action: 'anonymize', paths, fields: kept, holds, reason: `${name} rows are shared with other subjects (${paths.map(route).join('; ')}): kept, the link to this subject removed and ${erased}` };
  }
  const exclusive = paths.filter((p) => p.action === 'delete');
  const root = exclusive.some((p) => p.hops.length === 0);
  const owned = root ? `${name} rows are the ${subject} subject's own records` : `${name} rows belong to the ${subject} subject alone (${exclusive.map(route).join('; ')})`;
  const rest = shared.length > 0 ? `; rows reached only through shared paths (${shared.map(route).join('; ')}) are anonymized (${describe(kept) || 'link removed'})` : '';
  return { entity, name, action: 'delete', paths, fields: shared.length > 0 ? kept : [], holds, reason: `${owned}: deleted after the rows they own${rest}` };
}

function fieldPlan(field: PersonalFieldMetadata): FieldErasurePlan {
  const { strategy, replacement } = field.erasure;
  const applied = strategy === 'delete' ? 'null' : strategy;
  return { property: field.property, category: field.category, strategy: applied, ...(applied === 'redact' ? { replacement: replacement ?? '[erased]' } : {}) };
}

function describe(fields: FieldErasurePlan[]): string {
  return fields.map((f) => `${f.property}: ${f.strategy}`).join(', ');
}

function route(path: OwnershipPath): string {
  return path.hops.map((h) => `${h.entity.name}.${h.property}${h.shared ? ' (shared)' : ''} → ${h.owner.name}`).join(', ');
}
