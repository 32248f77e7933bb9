import type { EntityTarget } from '@lawful/annotations';
import type { OwnershipHop } from '@lawful/rights';
import type { CompiledErasureStep } from './erasure-step.compiler';
import { fieldErasureSql } from './field-erasure.sql';
import { SqlParams } from './sql-params.util';
import { pathCondition, reachCondition, type SqlNames } from './subject-path.sql';

/**
 * One SQL statement with its parameter values.
 *
 * @example
 * const { sql, values } = erasureStatements(names, subjectId).deleteRows(step, step.deletePaths);
 * await manager.query(sql, values);
 */
export interface Statement {
  sql: string;
  values: unknown[];
}

/**
 * The SQL of an erasure's steps for one subject (and workspace): every statement selects the rows of `t` reaching
 * the subject through the step's paths (`pathCondition`), limited to the workspace when the entity has a
 * `@WorkspaceKey`. Rows come back as `{ id }` (`RETURNING`).
 *
 * @example
 * const sql = erasureStatements(new SqlNames(dataSource), contactId, workspaceId);
 * await manager.query(...Object.values(sql.deleteRows(step, step.deletePaths)));
 */
export function erasureStatements(names: SqlNames, subjectId: string, workspaceId?: string) {
  const start = (step: CompiledErasureStep) => {
    const p = new SqlParams();
    const s = p.add(subjectId);
    const key = step.workspaceKey;
    const wsParam = workspaceId !== undefined && key !== undefined ? p.add(workspaceId) : '';
    const ws = wsParam !== '' ? ` AND t.${names.column(step.entity, key as string)} = ${wsParam}` : '';
    const scope = (alias: string) => (workspaceId !== undefined && key !== undefined ? ` AND ${alias}.${names.column(step.entity, key)} = ${wsParam}` : '');
    const reach = (...lists: (readonly (readonly OwnershipHop[])[])[]) => reachCondition(names, 't', step.entity, lists.flat(), s, scope);
    const others = () => (step.linkedPaths.length === 0 ? 'FALSE' : step.linkedPaths.map((hops) => otherLinks(names, hops, s)).join(' OR '));
    return { p, s, ws, reach, others, table: `${names.table(step.entity)} t`, id: `t.${names.column(step.entity, 'id')}` };
  };
  const kept = (step: CompiledErasureStep) => step.keptPaths.map((k) => k.hops);
  return {
    /** `{ deleted, kept }`: rows the step would delete, and keep (anonymized, or retained for `retain`). */
    count(step: CompiledErasureStep): Statement {
      const { p, ws, reach, others, table } = start(step);
      const lone = step.linkedPaths.length === 0 ? [] : [`(${reach(step.linkedPaths)} AND NOT COALESCE(${others()}, FALSE))`];
      const gone = step.deletePaths.length + step.linkRowPaths.length === 0 ? [] : [reach(step.deletePaths, step.linkRowPaths)];
      const del = `COALESCE(${[...gone, ...lone].join(' OR ') || 'FALSE'}, FALSE)`;
      const all = reach(step.deletePaths, step.linkRowPaths, kept(step), step.linkedPaths);
      const sql = `SELECT count(*) FILTER (WHERE del)::int AS deleted, count(*) FILTER (WHERE NOT del)::int AS kept FROM (SELECT ${del} AS del FROM ${table} WHERE (${all})${ws}) x`;
      return { sql, values: p.values };
    },
    /** Deletes the rows reaching the subject through `paths`. */
    deleteRows(step: CompiledErasureStep, paths: readonly OwnershipHop[][]): Statement {
      const { p, ws, reach, table, id } = start(step);
      return { sql: `DELETE FROM ${table} WHERE ${reach(paths)}${ws} RETURNING ${id}::text AS id`, values: p.values };
    },
    /** `@LinksTo` rows linked to this subject and no other: `id` and the key of each linked path (`k0`, `k1`…). */
    loneLinked(step: CompiledErasureStep): Statement {
      const { p, ws, reach, others, table, id } = start(step);
      const keys = step.linkedPaths.map((hops, i) => `t.${names.column(step.entity, hops[0].property)} AS k${i}`);
      return { sql: `SELECT ${id}::text AS id, ${keys.join(', ')} FROM ${table} WHERE ${reach(step.linkedPaths)} AND NOT COALESCE(${others()}, FALSE)${ws}`, values: p.values };
    },
    /** Keeps the rows (shared paths, or every path of `retain`): erases the step's fields, NULLs direct links; `SELECT` when nothing is written. */
    keepRows(step: CompiledErasureStep): Statement {
      const { p, s, ws, reach, table, id } = start(step);
      const where = `${reach(kept(step), step.linkedPaths)}${ws}`;
      const sets = step.step.fields.map((f) => fieldErasureSql(names, 't', step.entity, f, p));
      for (const path of step.keptPaths.filter((k) => k.unlink !== undefined)) {
        const column = names.column(step.entity, path.unlink as string);
        sets.push(`${column} = CASE WHEN ${pathCondition(names, 't', path.hops, s)} THEN NULL ELSE t.${column} END`);
      }
      const sql = sets.length === 0 ? `SELECT ${id}::text AS id FROM ${table} WHERE ${where}` : `UPDATE ${table} SET ${sets.join(', ')} WHERE ${where} RETURNING ${id}::text AS id`;
      return { sql, values: p.values };
    },
  };
}

/**
 * Deletes the rows of `entity` whose `property` is one of `values` (the link rows of deleted `@LinksTo` rows, or
 * rows by id).
 *
 * @example
 * deleteWhereIn(names, NoteContact, 'noteId', ['n1']); // DELETE FROM "note_contacts" t WHERE t."note_id" = ANY($1::uuid[]) RETURNING …
 */
export function deleteWhereIn(names: SqlNames, entity: EntityTarget, property: string, values: readonly unknown[]): Statement {
  const type = columnType(names, entity, property);
  const id = `t.${names.column(entity, 'id')}`;
  return { sql: `DELETE FROM ${names.table(entity)} t WHERE t.${names.column(entity, property)} = ANY($1::${type}[]) RETURNING ${id}::text AS id`, values: [values] };
}

/** `EXISTS` a link row of the first hop of `hops` on the same row that does not reach the subject: linked to someone else. */
function otherLinks(names: SqlNames, hops: readonly OwnershipHop[], subject: string): string {
  const [hop, ...rest] = hops;
  const reaches = pathCondition(names, 'o', rest, subject);
  return `EXISTS (SELECT 1 FROM ${names.table(hop.owner)} o WHERE o.${names.column(hop.owner, hop.ownerProperty)} = t.${names.column(hop.entity, hop.property)} AND NOT (${reaches}))`;
}

function columnType(names: SqlNames, entity: EntityTarget, property: string): string {
  const meta = names.metadata(entity);
  const column = meta.findColumnWithPropertyName(property);
  return column === undefined ? 'text' : String(meta.connection.driver.normalizeType(column));
}
