import { createHash } from 'node:crypto';
import type { DataMap } from '../model/data-map.types';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { sampleModel } from '../testing/sample-model';
import { renderHtml } from './html.renderer';

/** The inner HTML of the first element with this id (no nesting of the same tag inside). */
function element(html: string, tag: string, id: string): string {
  const match = new RegExp(`<${tag}[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  if (!match) throw new Error(`no <${tag} id="${id}">`);
  return match[1];
}

const optionValues = (html: string, id: string) => [...element(html, 'select', id).matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter(Boolean);

function hostile(map: DataMap): DataMap {
  const copy = structuredClone(map);
  copy.purposes[0].name = `Tom & "Jerry's" <b>bold</b>`;
  copy.fields[0].description = '</script><script>window.__pwned = 1</script><!-- <\u2028';
  copy.recipients[0].name = '<img src=x onerror="window.__pwned = 1">';
  return copy;
}

describe('renderHtml', () => {
  it('renders one table row per field, keyed Entity.property', () => {
    const { map } = sampleModel();
    const html = renderHtml(map);
    const table = element(html, 'table', 'fields');
    expect([...table.matchAll(/<tr data-field="([^"]+)"/g)].map((m) => m[1])).toEqual(map.fields.map((f) => `${f.entity}.${f.property}`));
    expect(html).toContain(`<strong id="visible-count">${map.fields.length}</strong> of ${map.fields.length} fields`);
    expect(html).toMatch(/<input id="search" type="search"/);
    expect(table).toContain('30 days after account closure');
    expect(table).toContain('<span class="basis basis-legitimate_interests">legitimate interests</span>');
  });

  it('populates the filters from the map: registered purposes, recipients and subjects, used categories, bases and roles', () => {
    const { map } = sampleModel();
    const html = renderHtml(map);
    expect(optionValues(html, 'filter-purpose')).toEqual(map.purposes.map((p) => p.id));
    expect(optionValues(html, 'filter-recipient')).toEqual(['mailer', 'maple_crm', '__none__']);
    expect(optionValues(html, 'filter-subject')).toEqual(['customer', 'lead']);
    expect(optionValues(html, 'filter-category')).toEqual(['user.contact.email', 'user.content.note', 'user.device.ip_address', 'user.name']);
    expect(optionValues(html, 'filter-basis')).toEqual(['consent', 'contract', 'legitimate_interests']);
    expect(optionValues(html, 'filter-role')).toEqual(['controller', 'processor']);
    expect(element(html, 'select', 'filter-recipient')).toContain('<option value="mailer">Mailer Inc (1)</option>');
    expect(element(html, 'select', 'filter-purpose')).toContain('<option value="service.crm">CRM (2)</option>');
  });

  it('gives each row the values the filters match on', () => {
    const { map } = sampleModel();
    const row = /<tr data-field="Account.email"[^>]*data-values="([^"]*)"/.exec(renderHtml(map));
    const values: unknown = JSON.parse((row?.[1] ?? '').replace(/&quot;/g, '"'));
    expect(values).toEqual({
      category: ['user.contact.email'], purpose: ['service', 'marketing'], basis: ['contract', 'consent'],
      recipient: ['mailer'], subject: ['customer'], role: ['controller'], decision: ['__none__'],
    });
  });

  it('draws a flow node for each used category, purpose, recipient and country, and links between them', () => {
    const { map } = sampleModel();
    const svg = element(renderHtml(map), 'svg', 'flow');
    const nodes = [...svg.matchAll(/<g class="node[^"]*" data-id="([^"]+)"/g)].map((m) => m[1]).sort();
    const expected = [
      ...new Set([
        ...map.fields.map((f) => `category:${f.category}`),
        ...map.fields.flatMap((f) => f.purposes.map((p) => `purpose:${p.id}`)),
        ...map.fields.flatMap((f) => f.recipients.map((r) => `recipient:${r}`)),
        'country:US',
      ]),
    ].sort();
    expect(nodes).toEqual(expected);
    expect(nodes).not.toContain('recipient:maple_crm');
    const links = [...svg.matchAll(/<path class="link"[^>]*data-source="([^"]+)" data-target="([^"]+)"/g)].map((m) => `${m[1]} > ${m[2]}`);
    expect(links).toEqual(expect.arrayContaining([
      'category:user.contact.email > purpose:service', 'category:user.contact.email > purpose:marketing',
      'purpose:marketing > recipient:mailer', 'purpose:service > recipient:mailer', 'recipient:mailer > country:US',
      'category:user.content.note > purpose:service.crm',
    ]));
    expect(links).toHaveLength(new Set(links).size);
  });

  it('loads nothing from outside: no external src/href, stylesheet, import or url(), and a CSP that forbids it', () => {
    const html = renderHtml(sampleModel().map);
    expect(html).not.toMatch(/\b(src|href|xlink:href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b|<script\b[^>]*\bsrc=|<iframe\b|<img\b|@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('allows exactly its inline style and script through the CSP hashes', () => {
    const html = renderHtml(sampleModel().map);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(html).toContain(`style-src ${hash(style)}`);
    expect(html).toContain(`script-src ${hash(script)}`);
  });

  it('embeds the map as JSON that parses back to it', () => {
    const { map } = sampleModel();
    expect(JSON.parse(element(renderHtml(map), 'script', 'datamap-data'))).toEqual(map);
  });

  it('escapes <, & and quotes in values, and a </script> in a value cannot end the embedded JSON', () => {
    const map = hostile(sampleModel().map);
    const html = renderHtml(map);
    expect(html).toContain('Tom &amp; &quot;Jerry&#39;s&quot; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;!--');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned = 1&quot;&gt;');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toContain('<img');
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const json = element(html, 'script', 'datamap-data');
    expect(json).not.toMatch(/[<>]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(map);
  });

  it('is deterministic and renders an empty map', () => {
    const { map } = sampleModel();
    expect(renderHtml(map)).toBe(renderHtml(structuredClone(map)));
    const empty = renderHtml({ ...map, fields: [] });
    expect(empty).toContain('No personal fields are declared.');
    expect(empty).toContain('No personal fields: nothing flows.');
  });

  it('renders the automated decision-making section with effects, logic, inputs, outputs and safeguards, and flags fields', () => {
    const { map } = sampleDecisionsModel();
    const html = renderHtml(map);
    const section = element(html, 'section', 'automated-decisions');
    expect(section).toContain('<h2>Automated decision-making (Art. 22)</h2>');
    expect(section).toContain('<article class="adm" data-purpose="ai.lead_scoring">');
    expect([...section.matchAll(/<tr data-effect="([^"]+)"/g)].map((m) => m[1])).toEqual(['lead.disqualify', 'lead.reassign_owner']);
    expect(section).toContain('<td>Proposed when the lead score is below the workspace threshold and no deal is open.</td>');
    expect(section).toContain('<strong>LeadScore.score</strong>');
    expect([...section.matchAll(/data-safeguard="([^"]+)"/g)]).toHaveLength(map.automatedDecisions[0].safeguards.length);
    expect(optionValues(html, 'filter-decision')).toEqual(['input', 'output', '__none__']);
    expect(element(html, 'select', 'filter-decision')).toContain('<option value="input">Feeds automated decisions (3)</option>');
    expect(element(html, 'table', 'fields')).toContain('<span class="badge badge-adm">automated decision output</span> <span class="muted">Lead scoring</span>');
  });

  it('escapes effect texts and says so when no processing declares significant automated decisions', () => {
    const map = structuredClone(sampleDecisionsModel().map);
    map.automatedDecisions[0].effects[0].logic = '<img src=x onerror="window.__pwned = 1">';
    const html = renderHtml(map);
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned = 1&quot;&gt;');
    expect(html).not.toContain('<img');
    expect(element(renderHtml(sampleModel().map), 'section', 'automated-decisions')).toContain('No processing declares significant automated decisions');
  });
});
