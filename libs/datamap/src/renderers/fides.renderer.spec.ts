import { parse } from 'yaml';
import type { DataMap } from '../model/data-map.types';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { sampleModel } from '../testing/sample-model';
import { renderFides } from './fides.renderer';
import { FIDESLANG_CATEGORY_KEYS } from './fides/fideslang-categories';
import { FIDESLANG_DATA_USE_KEYS } from './fides/fideslang-data-uses';
import { FIDESLANG_LEGAL_BASIS } from './fides/fideslang-vocabulary';

interface Manifest {
  dataset: { fides_key: string; collections: { name: string; fields: { name: string; data_categories: string[]; retention: string; description?: string }[] }[] }[];
  system: {
    fides_key: string; system_type: string; dataset_references: string[];
    privacy_declarations: { name: string; data_use: string; data_categories: string[]; data_subjects: string[]; legal_basis_for_processing?: string; data_shared_with_third_parties: boolean; third_parties?: string; shared_categories: string[]; dataset_references: string[] }[];
  }[];
  data_subject?: { fides_key: string; name: string }[];
}

const manifest = (project?: string): Manifest => parse(renderFides(sampleModel().map, project ? { project } : undefined));

describe('renderFides', () => {
  it('writes one dataset with a collection per table and a field per personal column', () => {
    const { dataset } = manifest();
    expect(dataset).toHaveLength(1);
    expect(dataset[0].fides_key).toBe('lawful_datamap');
    expect(dataset[0].collections.map((c) => c.name)).toEqual(['accounts', 'lead_notes', 'leads']);
    const accounts = dataset[0].collections[0];
    expect(accounts.fields.map((f) => [f.name, f.data_categories])).toEqual([
      ['email', ['user.contact.email']], ['last_ip', ['user.device.ip_address']], ['name', ['user.name']],
    ]);
    expect(accounts.fields[0].retention).toBe('Account data: Duration of account + 30 days');
  });

  it('emits every field and category of the map, as fideslang keys only', () => {
    const { map } = sampleModel();
    const { dataset, system } = manifest();
    const fields = dataset[0].collections.flatMap((c) => c.fields.map((f) => ({ ...f, collection: c.name })));
    for (const f of map.fields) expect(fields.find((x) => x.collection === f.table && x.name === f.column)).toBeDefined();
    const used = [...fields.flatMap((f) => f.data_categories), ...system[0].privacy_declarations.flatMap((d) => [...d.data_categories, ...d.shared_categories])];
    expect(used.filter((c) => !FIDESLANG_CATEGORY_KEYS.includes(c))).toEqual([]);
    const note = dataset[0].collections.find((c) => c.name === 'lead_notes')?.fields[0];
    expect(note).toMatchObject({ name: 'body', data_categories: ['user.content'], description: 'Lawful category: user.content.note' });
  });

  it('declares one privacy declaration per purpose (split by basis where fields override it) with fideslang data uses and bases', () => {
    const { system } = manifest();
    expect(system).toHaveLength(1);
    expect(system[0]).toMatchObject({ fides_key: 'lawful', system_type: 'Service', dataset_references: ['lawful_datamap'] });
    const declarations = system[0].privacy_declarations;
    expect(declarations.map((d) => d.name)).toEqual(['Marketing (marketing)', 'Security (security)', 'Providing the service (service)', 'CRM (service.crm) [contract]', 'CRM (service.crm) [legitimate_interests]']);
    for (const d of declarations) {
      expect(FIDESLANG_DATA_USE_KEYS).toContain(d.data_use);
      expect(Object.values(FIDESLANG_LEGAL_BASIS)).toContain(d.legal_basis_for_processing);
      expect(d.dataset_references).toEqual(['lawful_datamap']);
    }
    expect(declarations[0]).toMatchObject({
      data_use: 'marketing.advertising', data_categories: ['user.contact.email'], data_subjects: ['customer'], legal_basis_for_processing: 'Consent',
      data_shared_with_third_parties: true, third_parties: 'Mailer Inc', shared_categories: ['user.contact.email'],
    });
    expect(declarations[1]).toMatchObject({ data_use: 'essential.service.security', legal_basis_for_processing: 'Legitimate interests', data_shared_with_third_parties: false });
    expect(declarations[4]).toMatchObject({ data_categories: ['user.name'], data_subjects: ['lead'], legal_basis_for_processing: 'Legitimate interests' });
  });

  it('defines the data subjects fideslang lacks, not its defaults', () => {
    expect(manifest().data_subject).toEqual([{ fides_key: 'lead', name: 'Sales lead' }]);
  });

  it('derives fides keys from the project name', () => {
    const m = manifest('Aktok CRM');
    expect(m.dataset[0].fides_key).toBe('aktok_crm_datamap');
    expect(m.system[0].fides_key).toBe('aktok_crm');
  });

  it('is deterministic', () => {
    expect(renderFides(sampleModel().map)).toBe(renderFides(sampleModel().map));
  });
});

describe('renderFides with automated decisions', () => {
  it('sets uses_profiling on the system only when the map has significant automated decisions', () => {
    const system = (map: DataMap) => (parse(renderFides(map)) as { system: Record<string, unknown>[] }).system[0];
    expect(system(sampleDecisionsModel().map)['uses_profiling']).toBe(true);
    expect(system(sampleModel().map)).not.toHaveProperty('uses_profiling');
  });
});
