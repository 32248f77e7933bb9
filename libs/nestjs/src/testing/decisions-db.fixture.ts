import 'reflect-metadata';
import { getMetadataStorage, SignificantEffect } from '@lawful/annotations';
import { InvalidEffectParamsError } from '@lawful/decisions';
import { Injectable } from '@nestjs/common';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { EffectGrant, GatedEffectHandler } from '../decisions/gated-effect-handler.types';
import type { ReviewerAuthority } from '../decisions/reviewer-authority.types';
import { registerLawfulTestTaxonomy } from './lawful-fixture';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A CRM lead the fixture effects change. */
@Entity('gate_test_leads')
export class GateTestLead {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text') stage!: string;
  @Column('uuid', { name: 'owner_user_id', nullable: true }) ownerUserId!: string | null;
}

/** `automated_decisions` as the gate expects it. */
@Entity('automated_decisions')
export class GateTestDecision {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' }) id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('text') purpose!: string;
  @Column('text') effect!: string;
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  @Column('uuid', { name: 'target_id' }) targetId!: string;
  @Column('jsonb') params!: unknown;
  @Column('float8', { nullable: true }) score!: number | null;
  @Column('jsonb') explanation!: unknown;
  @Column('jsonb') inputs!: unknown;
  @Column('text', { name: 'model_version' }) modelVersion!: string;
  @Column('uuid', { name: 'triggered_by_user_id' }) triggeredByUserId!: string;
  @Column('uuid', { name: 'run_id', nullable: true }) runId!: string | null;
  @Column('text') status!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}

/** `decision_reviews`. */
@Entity('decision_reviews')
@Unique(['decisionId', 'round'])
export class GateTestReview {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' }) id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'decision_id' }) decisionId!: string;
  @ManyToOne(() => GateTestDecision, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: GateTestDecision;
  @Column('int') round!: number;
  @Column('uuid', { name: 'reviewer_user_id' }) reviewerUserId!: string;
  @Column('text') outcome!: string;
  @Column('text') rationale!: string;
  @Column('jsonb', { nullable: true }) params!: unknown;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** `decision_effects`. */
@Entity('decision_effects')
export class GateTestEffect {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' }) id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Index({ unique: true }) @Column('uuid', { name: 'decision_id' }) decisionId!: string;
  @ManyToOne(() => GateTestDecision, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: GateTestDecision;
  @Column('uuid', { name: 'review_id' }) reviewId!: string;
  @ManyToOne(() => GateTestReview) @JoinColumn({ name: 'review_id' }) review?: GateTestReview;
  @Column('text') effect!: string;
  @Column('jsonb') params!: unknown;
  @Column('text') status!: string;
  @Column('jsonb', { nullable: true }) before!: unknown;
  @Column('uuid', { name: 'applied_by_user_id' }) appliedByUserId!: string;
  @Column('timestamptz', { name: 'applied_at' }) appliedAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

/** `decision_events`. */
@Entity('decision_events')
export class GateTestEvent {
  @PrimaryColumn('uuid', { default: () => 'gen_random_uuid()' }) id!: string;
  @Column('uuid', { name: 'workspace_id' }) workspaceId!: string;
  @Column('uuid', { name: 'decision_id' }) decisionId!: string;
  @ManyToOne(() => GateTestDecision, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'decision_id' }) decision?: GateTestDecision;
  @Column('text') type!: string;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text', { nullable: true }) statement!: string | null;
  @Column('jsonb', { nullable: true }) detail!: unknown;
  @Column('timestamptz', { default: () => 'clock_timestamp()' }) at!: Date;
}

/** Disqualifies a lead (no parameters); suspension restores the previous stage. */
@SignificantEffect({ key: 'lead.disqualify', purpose: 'ai.lead_scoring', subject: 'crm_contact', description: 'Marks the lead as disqualified.', logic: 'Proposed for low scores without open deals.' })
@Injectable()
export class DisqualifyTestEffect implements GatedEffectHandler<Record<string, never>, { stage: string }> {
  /** The last grant `apply` ran with (tests reuse it to prove a grant dies with the gate's call). */
  lastGrant: EffectGrant<Record<string, never>> | undefined;

  parse(params: unknown): Record<string, never> {
    if (typeof params !== 'object' || params === null || Object.keys(params).length > 0) throw new InvalidEffectParamsError('lead.disqualify', undefined, 'it takes no parameters: send {}');
    return {};
  }

  async apply(grant: EffectGrant<Record<string, never>>): Promise<{ stage: string }> {
    this.lastGrant = grant;
    const lead = await grant.manager.findOneByOrFail(GateTestLead, { id: grant.targetId, workspaceId: grant.workspaceId });
    await grant.manager.update(GateTestLead, { id: lead.id }, { stage: 'disqualified' });
    return { stage: lead.stage };
  }

  async suspend(grant: EffectGrant<Record<string, never>>, before: { stage: string }): Promise<void> {
    await grant.manager.update(GateTestLead, { id: grant.targetId, workspaceId: grant.workspaceId }, { stage: before.stage });
  }
}

/** Reassigns a lead's owner (`{ ownerUserId }`); suspension restores the previous owner. */
@SignificantEffect({ key: 'lead.reassign', purpose: 'ai.lead_scoring', subject: 'crm_contact', description: 'Gives the lead to another owner.', logic: 'Proposed when another owner closes similar leads.' })
@Injectable()
export class ReassignTestEffect implements GatedEffectHandler<{ ownerUserId: string }, { ownerUserId: string | null }> {
  parse(params: unknown, _context: { manager: EntityManager }): { ownerUserId: string } {
    const owner = (params as { ownerUserId?: unknown } | null)?.ownerUserId;
    if (typeof owner !== 'string' || !UUID.test(owner)) throw new InvalidEffectParamsError('lead.reassign', undefined, '"ownerUserId" must be a user id (uuid)');
    return { ownerUserId: owner };
  }

  async apply(grant: EffectGrant<{ ownerUserId: string }>): Promise<{ ownerUserId: string | null }> {
    const lead = await grant.manager.findOneByOrFail(GateTestLead, { id: grant.targetId, workspaceId: grant.workspaceId });
    await grant.manager.update(GateTestLead, { id: lead.id }, { ownerUserId: grant.params.ownerUserId });
    return { ownerUserId: lead.ownerUserId };
  }

  async suspend(grant: EffectGrant<{ ownerUserId: string }>, before: { ownerUserId: string | null }): Promise<void> {
    await grant.manager.update(GateTestLead, { id: grant.targetId, workspaceId: grant.workspaceId }, { ownerUserId: before.ownerUserId });
  }
}

/** Reviewers of the tests: whoever is in `REVIEWERS` (per workspace id). */
export const TEST_REVIEWERS = new Map<string, Set<string>>();

/** Grants review permission to the users in `TEST_REVIEWERS`. */
@Injectable()
export class TestReviewerAuthority implements ReviewerAuthority {
  async mayReview(workspaceId: string, userId: string): Promise<boolean> {
    return TEST_REVIEWERS.get(workspaceId)?.has(userId) ?? false;
  }
}

/**
 * The gate's tables plus a lead table, for `openErasureDataSource`-style databases.
 *
 * @example
 * const dataSource = await openErasureDataSource(GATE_TEST_ENTITIES);
 */
export const GATE_TEST_ENTITIES = [GateTestLead, GateTestDecision, GateTestReview, GateTestEffect, GateTestEvent];

/**
 * Registers the test taxonomy and seals the storage with the two fixture effects declared (module load declares them).
 *
 * @example
 * setUpDecisionsFixture();
 */
export function setUpDecisionsFixture(): void {
  const storage = getMetadataStorage();
  const effects = storage.effects.all();
  storage.clear();
  registerLawfulTestTaxonomy(storage.registry);
  for (const effect of effects) storage.effects.add(effect);
  storage.seal();
}
