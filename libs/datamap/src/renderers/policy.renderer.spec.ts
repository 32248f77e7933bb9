import type { DataMap } from '../model/data-map.types';
import { sampleModel } from '../testing/sample-model';
import { parseMarkdownTables } from './markdown-table.parse';
import { renderPolicy } from './policy.renderer';

const section = (md: string, heading: string) => {
  const table = parseMarkdownTables(md).find((t) => t.heading?.startsWith(heading));
  if (!table) throw new Error(`no table under ${heading}`);
  return { ...table, row: (first: string) => table.rows.find((r) => r[0] === first) };
};

describe('renderPolicy', () => {
  const { map } = sampleModel();
  const md = renderPolicy(map);

  it('§2.1 groups provided fields by category with their data points and purposes', () => {
    const t = section(md, '2.1');
    expect(t.header).toEqual(['Category', 'Data points', 'Purpose']);
    expect(t.rows).toEqual([
      ['Email address', 'Account email', 'Marketing; Providing the service'],
      ['Name', 'Lead full name', 'CRM'],
      ['Notes', 'Lead note body', 'CRM'],
    ]);
  });

  it('§2.2 lists observed and derived fields; §2.5 each third-party source with data received and purpose', () => {
    expect(section(md, '2.2').rows).toEqual([['IP address', 'Account last ip', 'Security']]);
    expect(section(md, '2.5').row('Google OAuth')).toEqual(['Google OAuth', 'name, email', 'Providing the service', 'Account name']);
  });

  it('§3.1 gives each permitted purpose its categories and legal basis in words; §3.2 lists prohibited ones', () => {
    const t = section(md, '3.1');
    expect(t.rows.map((r) => r[0])).toEqual(['Marketing', 'Security', 'Providing the service', 'CRM']);
    expect(t.row('Security')?.slice(2)).toEqual(['IP address', 'Legitimate interest (keeping accounts safe)']);
    expect(t.row('Providing the service')?.slice(2)).toEqual(['Email address; Name; Notes', 'Performance of contract']);
    expect(t.row('CRM')?.[3]).toBe('Performance of contract; Legitimate interest (for some data)');
    expect(md).toMatch(/### 3\.2 [^\n]*\n\n- Model training\n/);
  });

  it('§5.2 lists sub-processors with data shared, location in words and status', () => {
    const t = section(md, '5.2');
    expect(t.header).toEqual(['Service', 'Purpose', 'Data shared', 'Location', 'Status']);
    expect(t.row('Mailer Inc')).toEqual(['Mailer Inc', 'Email delivery', 'Email address', 'USA', 'Active']);
    expect(t.row('Maple CRM')?.slice(3)).toEqual(['Canada', 'Planned (not yet active)']);
  });

  it('§5.2 words self-hosted and multi-country locations', () => {
    const hosted: DataMap = { ...map, recipients: [{ ...map.recipients[0], name: 'Own box', selfHosted: true }, { ...map.recipients[1], countries: ['US', 'FR'] }] };
    const t = section(renderPolicy(hosted), '5.2');
    expect(t.row('Own box')?.[3]).toBe('Self-hosted (no external data transfer)');
    expect(t.row('Maple CRM')?.[3]).toBe('USA / France (EU)');
  });

  it('§7.2 gives each retention class its period in words', () => {
    expect(section(md, '7.2').rows).toEqual([
      ['Account data', 'Duration of account + 30 days', '—'],
      ['CRM data', 'Duration of workspace subscription + 1 year', '—'],
    ]);
  });

  it('depends only on the map content: order of registries and generatedAt do not matter', () => {
    const shuffled: DataMap = {
      ...map, generatedAt: '2030-01-01T00:00:00.000Z', fields: [...map.fields].reverse(), purposes: [...map.purposes].reverse(),
      recipients: [...map.recipients].reverse(), retention: [...map.retention].reverse(), categories: [...map.categories].reverse(),
    };
    expect(renderPolicy(shuffled)).toBe(md);
  });
});
