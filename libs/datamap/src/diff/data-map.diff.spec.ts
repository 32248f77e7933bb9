import { sampleModel } from '../testing/sample-model';
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
