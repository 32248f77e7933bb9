import { getMetadataStorage } from '@lawful/annotations';
import type { AccessAuditRecordInput } from '@lawful/nestjs';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { subjectStatePlan } from '../subjects/subject-state.plan';
import { extractLeadScoringFeatures, type FeatureExtraction } from './lead-scoring-features.query';
import { LEAD_SCORING_FEATURES, LEAD_SCORING_LABEL } from './lead-scoring.features';
import { LeadScoringModel } from './lead-scoring-model.entity';
import { writeLeadScores } from './lead-scores.writer';
import { explain, type LogisticModel, trainLogisticRegression, type TrainingOptions } from './logistic-regression.model';

/** The purpose lead scoring runs under (legitimate interests: objections and restrictions are honoured). */
export const LEAD_SCORING_PURPOSE = 'ai.lead_scoring';

/**
 * Options of a training or scoring run.
 *
 * @example
 * await scoring.run(workspaceId, userId, { asOf: new Date('2026-01-01'), audit: ctx.audit });
 */
export interface ScoringOptions {
  /** Time the features are computed at (days since last contact); default now. */
  asOf?: Date;
  training?: Partial<TrainingOptions>;
  /** Records the run's reads and writes in the access audit (ids and field names only). */
  audit?: (entry: AccessAuditRecordInput) => void | Promise<void>;
  /** Work to commit together with the scores (e.g. proposals of significant effects), in the run's locked transaction. */
  inTransaction?: (manager: EntityManager, run: ScoringRun) => Promise<void>;
}

/**
 * One contact scored by a run: score, its explanation and the feature values it was computed from.
 *
 * @example
 * run.results.filter((r) => r.score > 0.8).map((r) => r.contactId);
 */
export interface ScoredContact {
  contactId: string;
  score: number;
  explanation: { intercept: number; contributions: Record<string, number>; logit: number };
  inputs: Record<string, number>;
}

/**
 * What a scoring run did: the model version trained for it, how many contacts were scored and skipped, and each
 * scored contact (for proposals of significant effects, which go through human review; the scores themselves
 * are no significant effect).
 *
 * @example
 * const { modelVersion, scored, skipped } = await scoring.run(workspaceId, userId);
 */
export interface ScoringRun {
  modelVersion: string;
  trainedAt: Date;
  trainingRows: number;
  positives: number;
  scored: number;
  skipped: { objected: number; restricted: number };
  triggeredByUserId: string;
  results: ScoredContact[];
}

/**
 * Trains a workspace's lead-scoring model on that workspace's contacts only and scores them (policy §5.4.1,
 * §5.4.2(a)). Contacts restricted or objecting to `ai.lead_scoring` or a parent purpose are left out of training and
 * scoring. Each run trains a new model version and stores it with its scores in one transaction, serialised per
 * workspace by an advisory lock.
 *
 * @example
 * const run = await scoring.run(workspaceId, actorUserId); // { modelVersion: 'lr-4', scored: 297, skipped: { objected: 2, restricted: 1 }, results }
 */
@Injectable()
export class LeadScoringService {
  constructor(private readonly dataSource: DataSource) {}

  /** Trains and stores a new model version without scoring. */
  async train(workspaceId: string, options: ScoringOptions = {}): Promise<LeadScoringModel> {
    return this.dataSource.transaction(async (manager) => {
      const asOf = options.asOf ?? new Date();
      const extraction = await this.extract(manager, workspaceId, asOf);
      return (await this.trainAndStore(manager, workspaceId, extraction, options)).stored;
    });
  }

  /** Trains a new model version and scores every eligible contact of the workspace with it. */
  async run(workspaceId: string, actorUserId: string, options: ScoringOptions = {}): Promise<ScoringRun> {
    return this.dataSource.transaction(async (manager) => {
      const asOf = options.asOf ?? new Date();
      const extraction = await this.extract(manager, workspaceId, asOf);
      const { stored, model } = await this.trainAndStore(manager, workspaceId, extraction, options);
      const results = extraction.rows.map((row): ScoredContact => {
        const { score, ...explanation } = explain(model, row.values);
        const inputs: Record<string, number> = {};
        model.featureKeys.forEach((key, j) => (inputs[key] = row.values[j]));
        return { contactId: row.contactId, score, explanation, inputs };
      });
      const audit = options.audit;
      const scored = await writeLeadScores(
        manager,
        { workspaceId, modelVersion: stored.version, scoredAt: stored.trainedAt },
        results.map((r) => ({ contactId: r.contactId, score: r.score, explanation: { ...r.explanation, inputs: r.inputs } })),
        audit && ((batch) => this.auditBatch(audit, batch)),
      );
      const run: ScoringRun = { modelVersion: stored.version, trainedAt: stored.trainedAt, trainingRows: stored.trainingRows, positives: stored.positives, scored, skipped: extraction.skipped, triggeredByUserId: actorUserId, results };
      await options.inTransaction?.(manager, run);
      return run;
    });
  }

  private async extract(manager: EntityManager, workspaceId: string, asOf: Date): Promise<FeatureExtraction> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`lead_scoring:${workspaceId}`]);
    const plan = subjectStatePlan(LEAD_SCORING_PURPOSE, getMetadataStorage().registry);
    return extractLeadScoringFeatures(manager, workspaceId, plan.objectionPurposes ?? [], asOf);
  }

  private async trainAndStore(manager: EntityManager, workspaceId: string, extraction: FeatureExtraction, options: ScoringOptions): Promise<{ stored: LeadScoringModel; model: LogisticModel }> {
    const labeled = extraction.rows.filter((r) => r.label !== null);
    const keys = LEAD_SCORING_FEATURES.map((f) => f.key);
    const { model, iterations } = trainLogisticRegression(keys, labeled.map((r) => r.values), labeled.map((r) => r.label as 0 | 1), options.training);
    const [{ next }] = (await manager.query('SELECT COALESCE(max(sequence), 0) + 1 AS next FROM lead_scoring_models WHERE workspace_id = $1', [workspaceId])) as { next: number }[];
    const repo = manager.getRepository(LeadScoringModel);
    const stored = await repo.save(
      repo.create({
        workspaceId, sequence: Number(next), version: `lr-${Number(next)}`, featureKeys: model.featureKeys, means: model.means, scales: model.scales,
        coefficients: model.coefficients, intercept: model.intercept, trainingRows: labeled.length, positives: labeled.filter((r) => r.label === 1).length, iterations, trainedAt: new Date(),
      }),
    );
    return { stored, model };
  }

  /** Per batch of scored contacts: which source fields were read about them, and the score rows created. */
  private async auditBatch(audit: NonNullable<ScoringOptions['audit']>, batch: { contactIds: string[]; ids: string[] }): Promise<void> {
    const byEntity = new Map<string, Set<string>>();
    for (const source of [...LEAD_SCORING_FEATURES.flatMap((f) => f.sourceFields), ...LEAD_SCORING_LABEL.sourceFields]) {
      byEntity.set(source.entity, (byEntity.get(source.entity) ?? new Set()).add(source.property));
    }
    for (const [entity, fields] of byEntity) await audit({ entity, action: 'read', recordIds: [], subjectIds: batch.contactIds, fields: [...fields].sort() });
    await audit({ entity: 'LeadScore', action: 'create', recordIds: batch.ids, subjectIds: batch.contactIds, fields: ['contactId', 'explanation', 'modelVersion', 'score', 'scoredAt'] });
  }
}
