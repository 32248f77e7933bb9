import { sampleModel } from '../testing/sample-model';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { parseCsv } from './csv.parse';
import { DATA_MAP_CSV_HEADER, renderCsv } from './csv.renderer';

describe('renderCsv', () => {
  it('parses back to the JSON map: one row per (field, purpose) with the same values', () => {
    const { map } = sampleModel();
    const [header, ...rows] = parseCsv(renderCsv(map));
    expect(header).toEqual([...DATA_MAP_CSV_HEADER]);
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    const expected = map.fields.flatMap((f) => f.purposes.map((p) => ({ field: `${f.entity}.${f.property}`, purpose: p.id, basis: p.legalBasis ?? '', recipients: f.recipients.join(';'), category: f.category, column: f.column ?? '' })));
    expect(records.map((r) => ({ field: `${r['entity']}.${r['property']}`, purpose: r['purpose'], basis: r['legal_basis'], recipients: r['recipients'], category: r['category'], column: r['column'] }))).toEqual(expected);
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    const { map } = sampleModel();
    map.fields[0].entity = 'Odd, "quoted"\nentity';
    const [, first] = parseCsv(renderCsv(map));
    expect(first[0]).toBe('Odd, "quoted"\nentity');
    expect(renderCsv(map)).toContain('"Odd, ""quoted""\nentity"');
  });
});

describe('renderCsv with automated decisions', () => {
  it('flags every row of a field that feeds or is produced by automated decisions', () => {
    const { map } = sampleDecisionsModel();
    const [header, ...rows] = parseCsv(renderCsv(map));
    const at = header.indexOf('automated_decisions');
    expect(at).toBe(header.length - 1);
    expect(rows.map((r) => [`${r[0]}.${r[2]}`, r[header.indexOf('purpose')], r[at]])).toEqual([
      ['Lead.fullName', 'service.crm', ''], ['Lead.email', 'service.crm', ''],
      ['Lead.jobTitle', 'service.crm', 'input:ai.lead_scoring'], ['Lead.jobTitle', 'ai.lead_scoring', 'input:ai.lead_scoring'],
      ['Lead.lastActivityAt', 'service.crm', 'input:ai.lead_scoring'], ['Lead.lastActivityAt', 'ai.lead_scoring', 'input:ai.lead_scoring'],
      ['Lead.summary', 'ai', 'input:ai.lead_scoring'], ['LeadScore.score', 'ai.lead_scoring', 'output:ai.lead_scoring'],
    ]);
  });
});
