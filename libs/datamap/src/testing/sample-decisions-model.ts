import { DataSubject, type EntityTarget, getMetadataStorage, NotPersonal, PersonalData, ProcessingRole, SignificantEffect, WorkspaceKey } from '@lawful/annotations';
import { buildDataMap } from '../model/build-data-map';
import type { DataMap } from '../model/data-map.types';

/**
 * A small annotated model with automated decisions for the data-map library's tests: a processor-side `Lead` whose
 * job title and activity feed lead scoring (`ai.lead_scoring`, legitimate interests), a summary reachable through
 * the parent purpose `ai`, a `LeadScore` the scoring produces, and two `@SignificantEffect()` handlers (disqualify,
 * reassign the owner). `Lead.fullName` and `Lead.email` are CRM-only. Clears the global storage first.
 *
 * @example
 * const { map } = sampleDecisionsModel();
 * map.automatedDecisions[0].effects.map((e) => e.key); // ['lead.disqualify', 'lead.reassign_owner']
 */
export function sampleDecisionsModel(): { map: DataMap; entities: EntityTarget[] } {
  const storage = getMetadataStorage();
  storage.clear();
  const { registry } = storage;
  registry.categories.register({ key: 'user.inferred', name: 'Inferred data' }, { key: 'user.inferred.score', name: 'Lead score' });
  registry.purposes.register(
    { key: 'service', name: 'Providing the service', description: 'Running the product', legalBasis: 'contract' },
    { key: 'service.crm', name: 'CRM', description: 'Customer relationship management' },
    { key: 'ai', name: 'AI features', description: 'AI-assisted features', legalBasis: 'contract' },
    { key: 'ai.lead_scoring', name: 'Lead scoring', description: 'Ranking leads with a workspace-only model', legalBasis: 'legitimate_interests', legitimateInterest: 'Prioritising the pipeline' },
  );
  registry.subjects.register({ key: 'lead', name: 'Sales lead' });
  registry.retention.register({ key: 'crm', name: 'CRM data', period: 'P1Y', trigger: 'workspace_closure' });
  const crm = { source: 'provided', retention: 'crm', erasure: 'delete' } as const;

  @DataSubject('lead')
  @ProcessingRole('processor')
  class Lead {
    @NotPersonal({ reason: 'surrogate key' })
    id!: string;
    @WorkspaceKey()
    @NotPersonal({ reason: 'tenant key' })
    workspaceId!: string;
    @PersonalData({ ...crm, category: 'user.name', purposes: ['service.crm'] })
    fullName!: string;
    @PersonalData({ ...crm, category: 'user.contact.email', purposes: ['service.crm'] })
    email!: string;
    @PersonalData({ ...crm, category: 'user.job_title', purposes: ['service.crm', 'ai.lead_scoring'] })
    jobTitle!: string;
    @PersonalData({ ...crm, category: 'user.telemetry', purposes: ['service.crm', 'ai.lead_scoring'], source: 'derived', description: 'engagement signal the CRM computes' })
    lastActivityAt!: Date;
    @PersonalData({ ...crm, category: 'user.content', purposes: ['ai'], source: 'derived' })
    summary!: string;
  }

  @DataSubject('lead')
  @ProcessingRole('processor')
  class LeadScore {
    @NotPersonal({ reason: 'surrogate key' })
    id!: string;
    @WorkspaceKey()
    @NotPersonal({ reason: 'tenant key' })
    workspaceId!: string;
    @PersonalData({ ...crm, category: 'user.inferred.score', purposes: ['ai.lead_scoring'], source: 'derived' })
    score!: number;
  }

  @SignificantEffect({
    key: 'lead.disqualify', purpose: 'ai.lead_scoring', subject: 'lead',
    description: 'Marks the lead as disqualified: sales stop working it.',
    logic: 'Proposed when the lead score is below the workspace threshold and no deal is open.',
  })
  class DisqualifyLeadEffect {}

  @SignificantEffect({
    key: 'lead.reassign_owner', purpose: 'ai.lead_scoring', subject: 'lead',
    description: 'Gives the lead to another sales owner.',
    logic: 'Proposed when a high-scoring lead has had no activity from its owner for 14 days.',
  })
  class ReassignOwnerEffect {}

  storage.seal();
  const entities = [Lead, LeadScore];
  void [DisqualifyLeadEffect, ReassignOwnerEffect];
  return { map: buildDataMap({ storage, entities, generatedAt: new Date('2026-11-25T12:00:00Z') }), entities };
}
