import { getMetadataStorage } from '@lawful/annotations';
import type { ErasurePlan } from '@lawful/rights';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { RowNotFoundError } from '../query/row-not-found.error';
import type { ErasureExecutorOptions, ErasureRunOptions, ErasureScope } from './erasure-options.types';
import type { ErasureDryRun, ErasureOutcome, ErasureRestrictionRecord, ErasureStepReport, ErasureSubject, ErasureTouchedRows } from './erasure-report.types';
import { type CompiledErasureStep, compileErasureStep } from './erasure-step.compiler';
import { countErasureStep, runErasureStep } from './erasure-step.runner';
import { erasureStatements } from './erasure-step.sql';
import { SqlNames } from './subject-path.sql';

/**
 * Executes an erasure plan (`planErasure`) on the database, for one subject at a time. The plan is checked against
 * the TypeORM schema once, here (`ErasureColumnError`, `ErasureLinkError`).
 * - `dryRun`: the plan with the rows each step would delete, anonymize and retain; nothing written (one
 *   REPEATABLE READ snapshot);
 * - `execute`: ONE transaction, steps in plan order (children before parents): rows of the subject alone deleted;
 *   shared rows kept with the subject's fields erased (each field's strategy) and the link to the subject removed
 *   (NULL, or the pure link row deleted); `@LinksTo` rows deleted when linked to no other subject, else anonymized;
 *   `retain` rows kept with their non-held fields erased and returned as restriction records. Returns the
 *   certificate (no personal values), the restriction records and the rows written (for the audit).
 * Both lock nothing but the subject row (`execute`: `FOR UPDATE`) and throw `RowNotFoundError` (404) when the
 * subject row does not exist in the scope's workspace. `subjectId` must be a valid value of the key's column type.
 *
 * @example
 * const executor = new ErasureExecutor(dataSource, planErasure(getMetadataStorage(), Contact));
 * const preview = await executor.dryRun(contactId, { workspaceId });
 * const { certificate } = await executor.execute(contactId, { workspaceId, record: (em, outcome) => save(em, outcome) });
 */
export class ErasureExecutor {
  readonly subject: ErasureSubject;
  private readonly names: SqlNames;
  private readonly steps: CompiledErasureStep[];
  private readonly subjectKey?: string;

  constructor(
    private readonly dataSource: DataSource,
    readonly plan: ErasurePlan,
    options: ErasureExecutorOptions = {},
  ) {
    const storage = options.storage ?? getMetadataStorage();
    this.names = new SqlNames(dataSource);
    this.steps = plan.steps.map((step) => compileErasureStep(this.names, storage, step));
    this.subject = { type: plan.subject, entity: plan.subjectEntity.name };
    this.subjectKey = storage.entityOf(plan.subjectEntity).workspaceKey;
  }

  /** Counts the rows each step would delete, anonymize and retain; writes nothing. */
  async dryRun(subjectId: string, scope: ErasureScope = {}): Promise<ErasureDryRun> {
    return this.transaction(scope.manager, 'REPEATABLE READ', async (manager) => {
      await this.lockSubject(manager, subjectId, scope.workspaceId, false);
      const sql = erasureStatements(this.names, subjectId, scope.workspaceId);
      const steps: ErasureStepReport[] = [];
      for (const step of this.steps) steps.push(this.report(step, await countErasureStep(manager, sql, step)));
      return { subject: this.subject, steps };
    });
  }

  /** Erases the subject in one transaction (all or nothing) and returns the certificate. */
  async execute(subjectId: string, options: ErasureRunOptions = {}): Promise<ErasureOutcome> {
    return this.transaction(options.manager, 'READ COMMITTED', async (manager) => {
      await this.lockSubject(manager, subjectId, options.workspaceId, true);
      // Append-only tables (e.g. a decision's timeline) let this transaction delete the subject's rows (Art. 17).
      await manager.query(`SELECT set_config('lawful.erasure', 'on', true)`);
      const sql = erasureStatements(this.names, subjectId, options.workspaceId);
      const executedAt = new Date();
      const steps: ErasureStepReport[] = [];
      const touched: ErasureTouchedRows[] = [];
      const restrictions: ErasureRestrictionRecord[] = [];
      const carried = new Map<string, ErasureTouchedRows>();
      for (const step of this.steps) {
        const result = await runErasureStep(manager, this.names, sql, step);
        steps.push(this.report(step, result.rows));
        touched.push(...result.touched);
        for (const [entity, rows] of result.alsoDeleted) carried.set(entity, { ...rows, recordIds: [...(carried.get(entity)?.recordIds ?? []), ...rows.recordIds] });
        restrictions.push(...result.retainedIds.map((recordId) => this.restriction(step, recordId, executedAt)));
      }
      for (const [entity, rows] of carried) {
        const report = steps.find((s) => s.entity === entity);
        if (report) report.rows.deleted += rows.recordIds.length;
        if (rows.recordIds.length > 0) touched.push(rows);
      }
      const outcome: ErasureOutcome = { certificate: { subject: this.subject, executedAt, steps }, restrictions, touched };
      await options.record?.(manager, outcome);
      return outcome;
    });
  }

  private report(step: CompiledErasureStep, rows: ErasureStepReport['rows']): ErasureStepReport {
    const { name, action, fields, holds, reason } = step.step;
    return { entity: name, action, rows, fields, holds, reason: [reason, ...step.notes].join('; ') };
  }

  private restriction(step: CompiledErasureStep, recordId: string, restrictedAt: Date): ErasureRestrictionRecord {
    const holds = step.step.holds;
    const reason = [...new Set(holds.map((h) => `${h.reason}: ${h.description}`))].join('; ');
    return { entity: step.entity.name, recordId, reason, heldFields: holds.map((h) => h.property), restrictedAt };
  }

  private async lockSubject(manager: EntityManager, subjectId: string, workspaceId: string | undefined, lock: boolean): Promise<void> {
    const entity = this.plan.subjectEntity;
    const scoped = workspaceId !== undefined && this.subjectKey !== undefined;
    const where = `t.${this.names.column(entity, 'id')} = $1${scoped ? ` AND t.${this.names.column(entity, this.subjectKey as string)} = $2` : ''}`;
    const rows = (await manager.query(`SELECT 1 FROM ${this.names.table(entity)} t WHERE ${where}${lock ? ' FOR UPDATE' : ''}`, scoped ? [subjectId, workspaceId] : [subjectId])) as unknown[];
    if (rows.length === 0) throw new RowNotFoundError(entity.name, lock ? 'delete' : 'read');
  }

  private transaction<T>(manager: EntityManager | undefined, isolation: IsolationLevel, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const on = manager ?? this.dataSource.manager;
    if (on.queryRunner?.isTransactionActive) return work(on);
    return on.transaction(isolation, work);
  }
}
