import { sampleModel } from '../testing/sample-model';
import { legalBasisLabel } from './legal-basis.labels';

describe('legalBasisLabel', () => {
  const { map } = sampleModel();

  it('words each basis as a privacy policy does', () => {
    expect(legalBasisLabel(map, 'service', 'contract')).toBe('Performance of contract');
    expect(legalBasisLabel(map, 'marketing', 'consent')).toBe('Consent');
    expect(legalBasisLabel(map, 'service', 'legal_obligation')).toBe('Legal obligation');
    expect(legalBasisLabel(map, 'model_training', null)).toBe('None (prohibited)');
  });

  it('names the legitimate interest of the purpose or its nearest ancestor stating one', () => {
    expect(legalBasisLabel(map, 'security', 'legitimate_interests')).toBe('Legitimate interest (keeping accounts safe)');
    const child = { ...map, purposes: [...map.purposes, { ...map.purposes[0], id: 'security.login', parent: 'security', legitimateInterest: null }] };
    expect(legalBasisLabel(child, 'security.login', 'legitimate_interests')).toBe('Legitimate interest (keeping accounts safe)');
    expect(legalBasisLabel(map, 'service.crm', 'legitimate_interests')).toBe('Legitimate interest');
  });
});
