import { sampleModel } from '../testing/sample-model';
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
