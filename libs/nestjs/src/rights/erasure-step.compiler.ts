import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import type { ErasureStep, OwnershipHop } from '@lawful/rights';
import { ErasureLinkError } from './erasure-link.error';
import { fieldErasureSql } from './field-erasure.sql';
import { SqlParams } from './sql-params.util';
import type { SqlNames } from './subject-path.sql';

/**
 * A shared path whose rows are kept: the property linking them straight to the subject (set to NULL when kept),
 * if the path is a single foreign-key hop that may be NULL.
 *
 * @example
 * const path: KeptPath = { hops: [{ entity: Email, property: 'contactId', owner: Contact, ownerProperty: 'id', shared: true }], unlink: 'contactId' };
 */
export interface KeptPath {
  hops: OwnershipHop[];
  unlink?: string;
}

/**
 * One plan step sorted for execution, checked against the TypeORM schema (no scope yet, no SQL run).
 * - `deletePaths`: rows of the subject alone, deleted;
 * - `linkRowPaths`: shared rows whose link to the subject cannot be NULL and which hold nothing else about it
 *   (a pure link row, e.g. `NoteContact`), deleted;
 * - `linkedPaths`: `@LinksTo` paths (first hop through a link entity's key): rows linked to no other subject are
 *   deleted with their link rows, the others anonymized;
 * - `keptPaths`: shared (or, for `retain`, every) paths whose rows are kept, their fields erased and the direct
 *   link NULLed when it may be.
 *
 * @example
 * const compiled = compileErasureStep(names, storage, plan.steps[0]);
 */
export interface CompiledErasureStep {
  step: ErasureStep;
  entity: EntityTarget;
  /** Workspace key property (`@WorkspaceKey`), if the entity is workspace-scoped. */
  workspaceKey?: string;
  deletePaths: OwnershipHop[][];
  linkRowPaths: OwnershipHop[][];
  linkedPaths: OwnershipHop[][];
  keptPaths: KeptPath[];
  /** What the schema made the executor do, appended to the plan's reason. */
  notes: string[];
}

/**
 * Sorts the paths of one plan step by what execution does with their rows and checks every erased field against
 * its column (throws `ErasureColumnError`, or `ErasureLinkError` for a shared NOT NULL link on a row with fields).
 *
 * @example
 * const steps = plan.steps.map((step) => compileErasureStep(new SqlNames(dataSource), getMetadataStorage(), step));
 */
export function compileErasureStep(names: SqlNames, storage: PrivacyMetadataStorage, step: ErasureStep): CompiledErasureStep {
  const { entity } = step;
  const workspaceKey = storage.entityOf(entity).workspaceKey;
  for (const field of step.fields) fieldErasureSql(names, 't', entity, field, new SqlParams());
  const out: CompiledErasureStep = { step, entity, ...(workspaceKey ? { workspaceKey } : {}), deletePaths: [], linkRowPaths: [], linkedPaths: [], keptPaths: [], notes: [] };
  const direct = (hops: OwnershipHop[]) => hops.length === 1 && hops[0].ownerProperty === 'id';
  const nullable = (hops: OwnershipHop[]) => names.nullable(entity, hops[0].property);
  if (step.action === 'retain') {
    for (const hops of step.paths.map((p) => p.hops)) {
      const unlink = direct(hops) && nullable(hops);
      out.keptPaths.push({ hops, ...(unlink ? { unlink: hops[0].property } : {}) });
      if (direct(hops)) out.notes.push(unlink ? `the link ${hops[0].property} is set to NULL` : `the link ${hops[0].property} cannot be NULL and is kept with the held fields`);
    }
    return out;
  }
  for (const { hops, action } of step.paths) {
    if (action === 'delete') out.deletePaths.push(hops);
    else if (hops.length > 0 && hops[0].ownerProperty !== 'id') out.linkedPaths.push(hops);
    else if (!direct(hops) || nullable(hops)) out.keptPaths.push({ hops, ...(direct(hops) ? { unlink: hops[0].property } : {}) });
    else if (step.fields.length === 0) out.linkRowPaths.push(hops);
    else throw new ErasureLinkError(entity.name, hops[0].property);
  }
  if (out.linkRowPaths.length > 0) {
    const links = out.linkRowPaths.map((h) => h[0].property).join(', ');
    out.notes.push(`${links} cannot be NULL and these rows hold nothing else about the subject: the link rows are deleted`);
  }
  if (out.linkedPaths.length > 0) out.notes.push('rows linked to no other subject are deleted with their link rows');
  return out;
}
