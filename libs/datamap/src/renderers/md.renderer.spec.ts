import { sampleModel } from '../testing/sample-model';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { renderJson } from './json.renderer';
import { renderMarkdown } from './md.renderer';

describe('json and md renderers', () => {
  const { map } = sampleModel();

  it('json round-trips to the same map', () => {
    expect(JSON.parse(renderJson(map))).toEqual(map);
  });

  it('md groups fields by processing role, then entity, one row per field', () => {
    const md = renderMarkdown(map);
    const controller = md.indexOf('## Platform as controller');
    const processor = md.indexOf('## Platform as processor');
    expect(controller).toBeGreaterThan(-1);
    expect(processor).toBeGreaterThan(controller);
    expect(md.indexOf('### Account (`accounts`)')).toBeGreaterThan(controller);
    expect(md.indexOf('### Lead (`leads`)')).toBeGreaterThan(processor);
    expect(md).toContain('| email | user.contact.email | customer | service (contract), marketing (consent) | provided | account | mailer | hash | no |');
    expect(md).toContain('| body | user.content.note | lead | service.crm (contract) | provided | crm | — | redact → "[erased]" | no |');
    expect(md).toContain('Owned via: leadId → Lead (shared)');
    const rows = md.split('\n').filter((l) => /^\| (email|name|lastIp|fullName|body) \|/.test(l));
    expect(rows).toHaveLength(map.fields.length);
  });
});

describe('md renderer with automated decisions', () => {
  const { map } = sampleDecisionsModel();
  const md = renderMarkdown(map);

  it('adds an automated-decision column to the field tables', () => {
    expect(md).toContain('| Field | Category | Subject | Purposes (legal basis) | Source | Retention | Recipients | Erasure | Encrypted | Automated decisions |');
    expect(md).toMatch(/^\| jobTitle \|.*\| input of ai\.lead_scoring \|$/m);
    expect(md).toMatch(/^\| score \|.*\| output of ai\.lead_scoring \|$/m);
    expect(md).toMatch(/^\| fullName \|.*\| — \|$/m);
  });

  it('has the Art. 22 section per purpose: basis, effects with logic, inputs, outputs and safeguards', () => {
    const section = md.slice(md.indexOf('## Automated decision-making (Art. 22)'), md.indexOf('## Recipients'));
    expect(section).toContain('### Lead scoring (`ai.lead_scoring`)');
    expect(section).toContain('Legal basis: legitimate_interests (Prioritising the pipeline) · Profiling: yes');
    expect(section).toContain('| lead.disqualify | lead | Marks the lead as disqualified: sales stop working it. | Proposed when the lead score is below the workspace threshold and no deal is open. | DisqualifyLeadEffect |');
    expect(section).toMatch(/^\| Lead\.summary \| [^|]+ \(user\.content\) \| ai \|$/m);
    expect(section).toMatch(/Outputs[^\n]*\n\n\| Field \| Category \| Via purpose \|\n\|---\|---\|---\|\n\| LeadScore\.score \| Lead score \(user\.inferred\.score\) \| ai\.lead_scoring \|/);
    expect(section).toContain('- **Human review before the effect**: ');
    expect(section.match(/^- \*\*/gm)).toHaveLength(map.automatedDecisions[0].safeguards.length);
  });

  it('has neither column nor section without significant effects', () => {
    const plain = renderMarkdown(sampleModel().map);
    expect(plain).not.toContain('Automated decision');
  });
});
