import type { DataMap } from '../model/data-map.types';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { sampleModel } from '../testing/sample-model';
import { parseCsv } from './csv.parse';
import { parseMarkdownTables } from './markdown-table.parse';
import { ROPA_CSV_HEADER, renderRopaCsv, renderRopaMarkdown } from './ropa.renderer';

const record = (md: string, heading: string) => {
  const table = parseMarkdownTables(md).find((t) => t.heading === heading);
  if (!table) throw new Error(`no record ${heading}`);
  return (item: string) => table.rows.find((r) => r[0].startsWith(item))?.[1];
};

describe('renderRopaMarkdown', () => {
  const { map } = sampleModel();
  const md = renderRopaMarkdown(map);

  it('puts controller activities under Art. 30(1) and processor activities under Art. 30(2)', () => {
    const [, controller, processor] = md.split(/^## /m);
    expect(controller.match(/^### .*$/gm)).toEqual(['### Marketing (`marketing`)', '### Security (`security`)', '### Providing the service (`service`)']);
    expect(processor.match(/^### .*$/gm)).toEqual(['### CRM (`service.crm`)']);
  });

  it('records purpose, basis, subjects, data, recipients, transfers, erasure limits and security per 30(1) activity', () => {
    const item = record(md, 'Marketing (`marketing`)');
    expect(item('Purpose of processing')).toBe('Marketing: Newsletters');
    expect(item('Legal basis')).toBe('Consent');
    expect(item('Categories of data subjects')).toBe('Customer');
    expect(item('Categories of personal data')).toBe('Email address');
    expect(item('Recipients')).toBe('Mailer Inc — USA');
    expect(item('Transfers to third countries')).toBe('Mailer Inc: USA — Standard contractual clauses (Art. 46(2)(c))');
    expect(item('Time limits for erasure')).toBe('Account data: Duration of account + 30 days');
    expect(item('Technical and organisational')).toContain('Erasure: hash (1 field)');
    expect(record(md, 'Security (`security`)')('Technical and organisational')).toContain('Encryption at rest: Account.lastIp');
  });

  it('records the controller, processing, sub-processors and security per 30(2) activity', () => {
    const item = record(md, 'CRM (`service.crm`)');
    expect(item('Controller on whose behalf')).toMatch(/^Workspace customers/);
    expect(item('Categories of processing')).toBe('CRM: Customer relationship management');
    expect(item('Categories of data subjects')).toBe('Sales lead');
    expect(item('Categories of personal data')).toBe('Name\nNotes');
    expect(item('Sub-processors')).toBe('None');
    expect(item('Technical and organisational')).toContain('Workspace isolation (rows scoped by workspace key): Lead, LeadNote');
  });

  it('lists only recipients outside the EEA and adequacy countries as transfers, and flags a safeguard that cannot cover them', () => {
    const fields = map.fields.map((f) => (f.property === 'fullName' ? { ...f, recipients: ['maple_crm', 'mailer'] } : f));
    const recipients = map.recipients.map((r) => (r.id === 'mailer' ? { ...r, safeguard: 'adequacy' as const } : r));
    const item = record(renderRopaMarkdown({ ...map, fields, recipients } as DataMap), 'CRM (`service.crm`)');
    expect(item('Sub-processors')).toBe('Mailer Inc — USA\nMaple CRM — Canada (planned)');
    expect(item('Transfers to third countries')).toBe('Mailer Inc: USA — Adequacy decision (Art. 45) (does not cover this country: review)');
  });
});

describe('renderRopaCsv', () => {
  const { map } = sampleModel();

  it('writes a header and one row per activity with its paragraph, parseable as RFC 4180', () => {
    const rows = parseCsv(renderRopaCsv(map));
    expect(rows[0]).toEqual(ROPA_CSV_HEADER);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([['30(1)', 'marketing'], ['30(1)', 'security'], ['30(1)', 'service'], ['30(2)', 'service.crm']]);
    for (const row of rows) expect(row).toHaveLength(ROPA_CSV_HEADER.length);
    const col = (name: string) => ROPA_CSV_HEADER.indexOf(name);
    expect(rows[1][col('third_country_transfers')]).toBe('Mailer Inc: USA — Standard contractual clauses (Art. 46(2)(c))');
    expect(rows[3][col('personal_data_categories')]).toBe('Email address; Name');
    expect(rows[4][col('legal_basis')]).toBe('Determined by the controller');
  });

  it('quotes fields holding commas, quotes or line breaks', () => {
    const purposes = map.purposes.map((p) => (p.id === 'marketing' ? { ...p, description: 'Newsletters, "offers"\nand more' } : p));
    const csv = renderRopaCsv({ ...map, purposes });
    expect(csv).toContain('"Newsletters, ""offers""\nand more"');
    expect(parseCsv(csv)[1][3]).toBe('Newsletters, "offers"\nand more');
  });
});

describe('ROPA with automated decisions', () => {
  const { map } = sampleDecisionsModel();

  it('states the significant automated decisions and safeguards of the activity, and "None" for the others', () => {
    const tables = parseMarkdownTables(renderRopaMarkdown(map));
    const item = (heading: string) => tables.find((t) => t.heading?.startsWith(heading))?.rows.find((r) => r[0] === 'Automated decision-making, including profiling (Art. 22)')?.[1];
    const scoring = item('Lead scoring');
    expect(scoring).toContain('applied only after an approved human review: Marks the lead as disqualified: sales stop working it. Logic: Proposed when the lead score');
    expect(scoring).toContain('Gives the lead to another sales owner.');
    expect(scoring).toContain(`Safeguards (Art. 22(3)): ${map.automatedDecisions[0].safeguards.map((s) => s.name).join(', ')}`);
    expect(item('CRM')).toBe('None');
  });

  it('has an automated_decision_making column in the CSV', () => {
    const rows = parseCsv(renderRopaCsv(map));
    const col = ROPA_CSV_HEADER.indexOf('automated_decision_making');
    expect(rows.slice(1).map((r) => [r[1], r[col].startsWith('Profiling proposing a significant decision')])).toEqual([['ai', false], ['ai.lead_scoring', true], ['service.crm', false]]);
  });
});
