import type { DataMap } from '../model/data-map.types';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
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

describe('renderPolicy: automated decision-making (§5.4.2)', () => {
  const { map } = sampleDecisionsModel();
  const md = renderPolicy(map);
  const text = md.slice(md.indexOf('### 5.4.2'), md.indexOf('## 7.'));

  it('lists each feature proposing significant decisions with how it works, the data used and the legal basis', () => {
    const t = section(md, '5.4.2');
    expect(t.header).toEqual(['Feature', 'Decision proposed', 'How it works', 'Data used', 'Legal basis (GDPR)']);
    expect(t.rows.map((r) => r.slice(0, 2))).toEqual([['Lead scoring', 'Marks the lead as disqualified: sales stop working it.'], ['Lead scoring', 'Gives the lead to another sales owner.']]);
    expect(t.rows[0][2]).toBe('Proposed when the lead score is below the workspace threshold and no deal is open.');
    expect(t.rows[0][3].split('; ')).toHaveLength(3);
    expect(t.rows[0][4]).toBe('Legitimate interest (prioritising the pipeline)');
  });

  it('states that none takes effect without human review, the rights to explanation, view and contest, and objection', () => {
    expect(text).toContain('None of these decisions takes effect without human review');
    expect(text).toContain('obtain an explanation of the logic involved');
    expect(text).toContain('express your point of view, and contest the decision');
    expect(text).toContain('Lead scoring rests on legitimate interests: you can object to it at any time (Art. 21).');
    expect(text).toContain('Outputs such as lead score assist users and have no effect of their own.');
    expect(text).toContain('the workspace is the controller');
  });

  it('says that no feature is declared to take such decisions when none is', () => {
    expect(renderPolicy(sampleModel().map)).toContain('### 5.4.2 Automated decision-making and profiling\n\nNo feature of the Service is declared to take decisions with legal or similarly significant effects');
  });
});
