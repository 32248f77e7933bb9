import { type LawfulContext, LawfulQuery } from '@lawful/nestjs';
import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Contact } from '../crm/contact.entity';
import { LeadScore, type LeadScoreExplanation } from './lead-score.entity';
import { LEAD_SCORING_FEATURES, LEAD_SCORING_LABEL, type FeatureSourceField } from './lead-scoring.features';
import { LeadScoringModel } from './lead-scoring-model.entity';

/**
 * The workspace's latest model as shown to its members: each feature with its description, source fields and
 * parameters (aggregates only, no contact's value).
 *
 * @example
 * const view: ModelView = await reads.model(ctx);
 */
export interface ModelView {
  version: string;
  trainedAt: Date;
  trainingRows: number;
  positives: number;
  intercept: number;
  label: { description: string; sourceFields: readonly FeatureSourceField[] };
  features: { key: string; description: string | null; sourceFields: readonly FeatureSourceField[]; coefficient: number; mean: number; scale: number }[];
}

/**
 * A contact's latest score and why: each feature's input and contribution to the logit, largest |contribution|
 * first (Art. 22 / ICO: the main factors of an automated assessment).
 *
 * @example
 * const view: ContactScoreView = await reads.contactScore(ctx, contactId);
 */
export interface ContactScoreView {
  contactId: string;
  modelVersion: string;
  scoredAt: Date;
  score: number | null;
  intercept: number | null;
  logit: number | null;
  factors: { feature: string; input: number | null; contribution: number }[];
}

/**
 * Read side of lead scoring: the latest model of the request's workspace, and one contact's latest score read
 * through `LawfulQuery` (workspace isolation, subject state, permitted fields, access audit).
 *
 * @example
 * await reads.contactScore(ctx, contactId); // 404 for another workspace's or an unknown contact
 */
@Injectable()
export class LeadScoringReadsService {
  private readonly contacts: LawfulQuery<Contact>;
  private readonly scores: LawfulQuery<LeadScore>;

  constructor(private readonly dataSource: DataSource) {
    this.contacts = new LawfulQuery(dataSource.getRepository(Contact));
    this.scores = new LawfulQuery(dataSource.getRepository(LeadScore));
  }

  /** The latest model version of the workspace; 404 naming what to do when none was trained yet. */
  async model(ctx: LawfulContext): Promise<ModelView> {
    const model = await this.dataSource.getRepository(LeadScoringModel).findOne({ where: { workspaceId: ctx.workspaceId }, order: { sequence: 'DESC' } });
    if (model === null) throw new NotFoundException('No lead-scoring model yet: run POST /workspaces/:workspaceId/scoring/runs');
    const definitions = new Map(LEAD_SCORING_FEATURES.map((f) => [f.key, f]));
    return {
      version: model.version, trainedAt: model.trainedAt, trainingRows: model.trainingRows, positives: model.positives, intercept: model.intercept,
      label: { description: LEAD_SCORING_LABEL.description, sourceFields: LEAD_SCORING_LABEL.sourceFields },
      features: model.featureKeys.map((key, j) => ({
        key, description: definitions.get(key)?.description ?? null, sourceFields: definitions.get(key)?.sourceFields ?? [],
        coefficient: model.coefficients[j], mean: model.means[j], scale: model.scales[j],
      })),
    };
  }

  /** The contact's latest score; 404 for a contact not visible under `ai.lead_scoring` or never scored. */
  async contactScore(ctx: LawfulContext, contactId: string): Promise<ContactScoreView> {
    if ((await this.contacts.count(ctx, { where: { id: contactId } })) === 0) throw new NotFoundException('Contact not found');
    const [row] = await this.scores.find(ctx, { where: { contactId }, orderBy: { scoredAt: 'DESC' }, take: 1 });
    if (row === undefined) throw new NotFoundException('The contact has no lead score yet: run POST /workspaces/:workspaceId/scoring/runs');
    const explanation = row.explanation as Partial<LeadScoreExplanation> | Record<string, number> | undefined;
    const structured = explanation !== undefined && typeof explanation['contributions'] === 'object' ? (explanation as LeadScoreExplanation) : undefined;
    const contributions = structured?.contributions ?? (explanation as Record<string, number> | undefined) ?? {};
    const factors = Object.entries(contributions)
      .map(([feature, contribution]) => ({ feature, input: structured?.inputs?.[feature] ?? null, contribution }))
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.feature.localeCompare(b.feature));
    return { contactId, modelVersion: row.modelVersion, scoredAt: row.scoredAt, score: row.score ?? null, intercept: structured?.intercept ?? null, logit: structured?.logit ?? null, factors };
  }
}
