import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DECISION_TABLES, REVIEWER_AUTHORITY } from '../constants';
import { type DecisionTableNames, DEFAULT_DECISION_TABLES } from './decision-tables.types';
import { EffectGrantLedger } from './effect-grant.ledger';
import { EffectHandlerRegistry } from './effect-handler.registry';
import { ReviewGate } from './review-gate.service';
import type { ReviewerAuthority } from './reviewer-authority.types';

/**
 * Options of `LawfulDecisionsModule.forRoot()`.
 *
 * @example
 * const options: LawfulDecisionsOptions = { reviewerAuthority: WorkspaceReviewerAuthority };
 */
export interface LawfulDecisionsOptions {
  /** The application's provider saying who may review (resolved by Nest, so it can inject repositories). */
  reviewerAuthority: Type<ReviewerAuthority>;
  /** Table names, when not the defaults (`automated_decisions`, `decision_reviews`, `decision_effects`, `decision_events`). */
  tables?: Partial<DecisionTableNames>;
}

/**
 * The human-review gate for significant automated effects (global module): provides `ReviewGate` and finds every
 * provider decorated with `@SignificantEffect()` (anywhere in the app) at start-up, locking its `apply`/`suspend` to
 * the gate. Needs TypeORM's `DataSource` injectable (e.g. `TypeOrmModule.forRoot`).
 *
 * @example
 * @Module({ imports: [LawfulDecisionsModule.forRoot({ reviewerAuthority: WorkspaceReviewerAuthority })] })
 * export class AppModule {}
 */
@Module({})
export class LawfulDecisionsModule {
  static forRoot(options: LawfulDecisionsOptions): DynamicModule {
    return {
      module: LawfulDecisionsModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: DECISION_TABLES, useValue: Object.freeze({ ...DEFAULT_DECISION_TABLES, ...options.tables }) },
        { provide: REVIEWER_AUTHORITY, useClass: options.reviewerAuthority },
        EffectGrantLedger,
        EffectHandlerRegistry,
        ReviewGate,
      ],
      exports: [ReviewGate, EffectHandlerRegistry, DECISION_TABLES],
    };
  }
}
