import { getMetadataStorage } from '@lawful/annotations';
import { Module, type OnModuleInit } from '@nestjs/common';
import { featureSourceProblems } from './feature-sources.check';
import { LEAD_SCORING_FEATURES, LEAD_SCORING_LABEL } from './lead-scoring.features';
import { LeadScoringReadsService } from './lead-scoring-reads.service';
import { LEAD_SCORING_PURPOSE, LeadScoringService } from './lead-scoring.service';
import { ScoringController } from './scoring.controller';
import { DecisionsModule } from '../decisions/decisions.module';

/**
 * Per-workspace lead scoring: the run, model and score routes and `LeadScoringService` (exported for the
 * proposals of significant effects built on a run's results). Refuses to start when a feature reads a field not
 * annotated for `ai.lead_scoring` or special-category data (`featureSourceProblems`).
 *
 * @example
 * @Module({ imports: [ScoringModule] }) class AppModule {}
 */
@Module({
  imports: [DecisionsModule],
  controllers: [ScoringController],
  providers: [LeadScoringService, LeadScoringReadsService],
  exports: [LeadScoringService],
})
export class ScoringModule implements OnModuleInit {
  onModuleInit(): void {
    const sources = [...LEAD_SCORING_FEATURES, { key: 'label', sourceFields: LEAD_SCORING_LABEL.sourceFields }];
    const problems = featureSourceProblems(sources, getMetadataStorage(), LEAD_SCORING_PURPOSE);
    if (problems.length > 0) throw new Error(`Lead-scoring features read fields they may not:\n  ${problems.join('\n  ')}`);
  }
}
