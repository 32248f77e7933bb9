import { sampleModel } from '../testing/sample-model';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { diffDataMaps, renderDiffMarkdown } from './data-map.diff';

describe('diffDataMaps', () => {
  it('reports no change for the same code', () => {
    const before = sampleModel().map;
    const after = sampleModel().map;
    const diff = diffDataMaps(before, after);
    expect(diff).toEqual({ addedFields: [], removedFields: [], changedFields: [], registryChanges: [] });
    expect(renderDiffMarkdown(diff, 'main')).toContain('No changes to personal data.');
  });

  it('reports added and removed fields, purposes, legal bases, recipients, retention and registry changes', () => {
    const before = sampleModel().map;
    const after = structuredClone(before);
    after.fields = after.fields.filter((f) => f.property !== 'lastIp');
    after.fields.push({ ...after.fields[0], property: 'phone', category: 'user.contact.phone_number' });
    const email = after.fields.find((f) => f.property === 'email')!;
    email.purposes = [{ id: 'service', legalBasis: 'legitimate_interests' }];
    email.recipients = ['mailer', 'maple_crm'];
    email.retention = 'crm';
    after.recipients.find((r) => r.id === 'maple_crm')!.status = 'active';
    after.retention.find((r) => r.id === 'crm')!.period = 'P2Y';
    const diff = diffDataMaps(before, after);
    expect(diff.addedFields.map((f) => f.property)).toEqual(['phone']);
    expect(diff.removedFields.map((f) => f.property)).toEqual(['lastIp']);
    expect(diff.changedFields).toEqual([{ field: 'Account.email', changes: ['purpose removed: marketing', 'legal basis for service: contract → legitimate_interests', 'retention: account → crm', 'recipient added: maple_crm'] }]);
    expect(diff.registryChanges).toEqual(['recipient maple_crm status: planned → active', 'retention class crm period: P1Y → P2Y']);
    const md = renderDiffMarkdown(diff, 'main');
    expect(md).toContain('### Added fields (1)');
    expect(md).toContain('- `Account.phone` — user.contact.phone_number');
    expect(md).toContain('  - legal basis for service: contract → legitimate_interests');
  });
});

describe('diffDataMaps with automated decisions', () => {
  it('reports a field starting to feed automated decisions and significant effects added or removed', () => {
    const before = sampleDecisionsModel().map;
    const after = structuredClone(before);
    after.fields.find((f) => f.property === 'email')!.automatedDecisions = [{ purpose: 'ai.lead_scoring', role: 'input' }];
    after.automatedDecisions[0].effects = after.automatedDecisions[0].effects.filter((e) => e.key !== 'lead.reassign_owner');
    after.automatedDecisions[0].effects.push({ ...after.automatedDecisions[0].effects[0], key: 'lead.close_deal' });
    const diff = diffDataMaps(before, after);
    expect(diff.changedFields).toEqual([{ field: 'Lead.email', changes: ['automated decision added: input of ai.lead_scoring'] }]);
    expect(diff.registryChanges).toEqual(['significant automated decision added: lead.close_deal (ai.lead_scoring)', 'significant automated decision removed: lead.reassign_owner (ai.lead_scoring)']);
    expect(renderDiffMarkdown(diff, 'main')).toContain('### Purposes, recipients, retention and automated decisions');
  });

  it('reports no automated-decision change against a map written before they were mapped', () => {
    const after = sampleDecisionsModel().map;
    const legacy = JSON.parse(JSON.stringify(after, (key, value) => (key === 'automatedDecisions' ? undefined : value))) as typeof after;
    expect(diffDataMaps(legacy, after)).toEqual({ addedFields: [], removedFields: [], changedFields: [], registryChanges: [] });
  });
});
