import type { EntityManager } from 'typeorm';
import type { CompiledErasureStep } from './erasure-step.compiler';
import { deleteWhereIn, type erasureStatements, type Statement } from './erasure-step.sql';
import type { ErasureRowCounts, ErasureTouchedRows } from './erasure-report.types';
import type { SqlNames } from './subject-path.sql';

/**
 * What running one step did: row counts, the rows written (for the audit), the ids of retained rows (to restrict),
 * and rows of later steps' entities deleted along (the link rows of deleted `@LinksTo` rows), by entity name.
 *
 * @example
 * const result: StepResult = await runErasureStep(manager, names, sql, step);
 */
export interface StepResult {
  rows: ErasureRowCounts;
  touched: ErasureTouchedRows[];
  retainedIds: string[];
  alsoDeleted: Map<string, ErasureTouchedRows>;
}

type Sql = ReturnType<typeof erasureStatements>;

/**
 * Runs one compiled step in `manager` (inside the erasure's transaction), in this order: deletes the rows of the
 * subject alone, the pure link rows, the `@LinksTo` rows linked to no other subject (their link rows first), then
 * keeps the remaining rows (fields erased, direct links NULLed; for `retain`, the rows to restrict).
 *
 * @example
 * for (const step of steps) results.push(await runErasureStep(manager, names, erasureStatements(names, id), step));
 */
export async function runErasureStep(manager: EntityManager, names: SqlNames, sql: Sql, step: CompiledErasureStep): Promise<StepResult> {
  const name = step.entity.name;
  const result: StepResult = { rows: { deleted: 0, anonymized: 0, retained: 0 }, touched: [], retainedIds: [], alsoDeleted: new Map() };
  const ids = async (statement: Statement) => (await records<{ id: string }>(manager, statement)).map((r) => r.id);
  const deleted = (recordIds: string[]) => {
    result.rows.deleted += recordIds.length;
    if (recordIds.length > 0) result.touched.push({ entity: name, action: 'delete', recordIds, fields: [] });
  };
  if (step.deletePaths.length > 0) deleted(await ids(sql.deleteRows(step, step.deletePaths)));
  if (step.linkRowPaths.length > 0) deleted(await ids(sql.deleteRows(step, step.linkRowPaths)));
  if (step.linkedPaths.length > 0) {
    const lone = await records<Record<string, string>>(manager, sql.loneLinked(step));
    if (lone.length > 0) {
      for (const [i, hops] of step.linkedPaths.entries()) {
        const links = await ids(deleteWhereIn(names, hops[0].owner, hops[0].ownerProperty, [...new Set(lone.map((r) => r[`k${i}`]))]));
        const owner = hops[0].owner.name;
        const known = result.alsoDeleted.get(owner) ?? { entity: owner, action: 'delete' as const, recordIds: [], fields: [] };
        result.alsoDeleted.set(owner, { ...known, recordIds: [...known.recordIds, ...links] });
      }
      deleted(await ids(deleteWhereIn(names, step.entity, 'id', lone.map((r) => r['id']))));
    }
  }
  if (step.keptPaths.length > 0 || step.linkedPaths.length > 0) {
    const statement = sql.keepRows(step);
    const kept = await ids(statement);
    if (step.step.action === 'retain') {
      result.rows.retained = kept.length;
      result.retainedIds = kept;
    } else result.rows.anonymized = kept.length;
    const fields = [...step.step.fields.map((f) => f.property), ...step.keptPaths.flatMap((k) => (k.unlink ? [k.unlink] : []))];
    if (kept.length > 0 && statement.sql.startsWith('UPDATE')) result.touched.push({ entity: name, action: 'update', recordIds: kept, fields });
  }
  return result;
}

/**
 * Counts what `runErasureStep` would do, without writing.
 *
 * @example
 * const rows = await countErasureStep(manager, erasureStatements(names, id), step); // { deleted: 2, anonymized: 0, retained: 0 }
 */
export async function countErasureStep(manager: EntityManager, sql: Sql, step: CompiledErasureStep): Promise<ErasureRowCounts> {
  const [row] = await records<{ deleted: number; kept: number }>(manager, sql.count(step));
  const retain = step.step.action === 'retain';
  return { deleted: row.deleted, anonymized: retain ? 0 : row.kept, retained: retain ? row.kept : 0 };
}

/** Rows of a statement (`RETURNING` rows of a DELETE or UPDATE too: `EntityManager.query` answers those as `[rows, count]`). */
async function records<T>(manager: EntityManager, statement: Statement): Promise<T[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    return (await runner.query(statement.sql, statement.values, true)).records as T[];
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}
