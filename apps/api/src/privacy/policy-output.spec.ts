import { buildDataMap, type MarkdownTable, parseMarkdownTables, renderPolicy } from '@lawful/datamap';
import { ENTITIES } from '../entities';
import { POLICY_DATA_ROWS, POLICY_PURPOSES, POLICY_RETENTION, POLICY_SUBPROCESSORS } from './policy-facts.fixture';
import { ensurePrivacySealed } from './register-privacy';

// The policy's own wording (shared/reference/privacy-policy.txt), transcribed independently of the renderer.
const BASIS_WORDS: Record<string, string> = { contract: 'Performance of contract', legitimate_interests: 'Legitimate interest', consent: 'Consent', legal_obligation: 'Legal obligation' };
const LOCATION_WORDS: Record<string, string> = { US: 'USA', CA: 'Canada', FR: 'France (EU)', DE: 'Germany (EU)' };
const SELF_HOSTED = 'Self-hosted (no external data transfer)';
const PERIOD_WORDS: Record<string, string> = {
  'Account data': 'Duration of account + 30 days',
  'CRM and project management data': 'Duration of workspace subscription + 30 days',
  'Communication logs': 'Duration of workspace subscription + 30 days',
  'Payment records': '7 years after last transaction',
  'Server logs': '90 days',
  'Analytics data': '26 months',
  'Error tracking data': '90 days',
  'Email tracking data': '12 months',
  'Backup data': '30 days after deletion from primary systems',
};

const map = buildDataMap({ storage: ensurePrivacySealed(), entities: ENTITIES });
const policy = renderPolicy(map);
const tables = parseMarkdownTables(policy);

function table(section: string): MarkdownTable {
  const found = tables.find((t) => t.heading?.startsWith(`${section} `));
  if (!found) throw new Error(`no table under §${section}`);
  return found;
}
const row = (section: string, first: string) => table(section).rows.find((r) => r[0] === first);
const column = (section: string, header: string) => table(section).header.indexOf(header);
const nameOf = <T extends { id: string; name: string }>(entries: T[], id: string) => entries.find((e) => e.id === id)?.name ?? `<unknown ${id}>`;
/** `googleSubjectId` → `google subject id`: how the renderer words a property inside a data point. */
const words = (property: string) => property.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

describe('privacy policy tables generated from the reference backend', () => {
  it('has every section the policy has', () => {
    expect(['2.1', '2.2', '2.5', '3.1', '5.2', '7.2'].map((s) => table(s).rows.length > 0)).toEqual([true, true, true, true, true, true]);
  });

  describe.each(POLICY_DATA_ROWS.filter((r) => r.section !== '2.5'))('§$section $row', ({ section, fields }) => {
    it.each(fields)('lists %s under its category', (ref) => {
      const [entity, property] = ref.split('.');
      const field = map.fields.find((f) => f.entity === entity && f.property === property);
      const category = nameOf(map.categories, field?.category ?? '');
      expect(row(section, category)?.[column(section, 'Data points')].toLowerCase()).toContain(words(property));
    });
  });

  it.each(POLICY_DATA_ROWS.filter((r) => r.section === '2.5'))('§2.5 names source $row with the data received, purpose and fields', ({ source, fields }) => {
    const cells = row('2.5', nameOf(map.sources, source ?? ''));
    expect(cells).toBeDefined();
    expect(cells?.[column('2.5', 'Data received')]).not.toBe('');
    expect(cells?.[column('2.5', 'Purpose')]).not.toBe('—');
    for (const ref of fields) expect(cells?.[column('2.5', 'Data points')].toLowerCase()).toContain(words(ref.split('.')[1]));
  });

  it.each(POLICY_PURPOSES.filter((p) => !p.prohibited))('§3.1 states purpose $key with basis $basis', ({ key, basis }) => {
    const cells = row('3.1', nameOf(map.purposes, key));
    expect(cells?.[column('3.1', 'Legal basis (GDPR)')].startsWith(BASIS_WORDS[basis ?? ''])).toBe(true);
  });

  it.each(POLICY_PURPOSES.filter((p) => p.prohibited))('§3.2 excludes prohibited purpose $key, absent from §3.1', ({ key }) => {
    const name = nameOf(map.purposes, key);
    const exclusions = policy.slice(policy.indexOf('### 3.2'), policy.indexOf('\n## ', policy.indexOf('### 3.2')));
    expect(exclusions.split('\n')).toContain(`- ${name}`);
    expect(row('3.1', name)).toBeUndefined();
  });

  it.each(POLICY_SUBPROCESSORS)('§5.2 lists $name in $countries, $status', ({ key, name, countries, status, selfHosted }) => {
    const cells = row('5.2', nameOf(map.recipients, key));
    expect(cells?.[0]).toContain(name);
    expect(cells?.[column('5.2', 'Location')]).toBe(selfHosted ? SELF_HOSTED : countries.map((c) => LOCATION_WORDS[c]).join(' / '));
    expect(cells?.[column('5.2', 'Status')]).toMatch(status === 'planned' ? /^Planned/ : /^Active$/);
  });

  it('§5.2 lists no sub-processor the policy does not', () => {
    expect(table('5.2').rows).toHaveLength(POLICY_SUBPROCESSORS.length);
  });

  it.each(POLICY_RETENTION)('§7.2 keeps "$row" for the period the policy states', ({ row: name }) => {
    expect(row('7.2', name)?.[column('7.2', 'Retention period')]).toBe(PERIOD_WORDS[name]);
  });

  it('§7.2 has no retention row the policy does not', () => {
    expect(table('7.2').rows.map((r) => r[0]).sort()).toEqual(POLICY_RETENTION.map((r) => r.row).sort());
  });
});
