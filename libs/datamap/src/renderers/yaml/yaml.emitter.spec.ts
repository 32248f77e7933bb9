import fc from 'fast-check';
import { parse } from 'yaml';
import { toYaml, type YamlValue, yamlString } from './yaml.emitter';

const TRICKY = [
  '', ' ', ' leading', 'trailing ', 'true', 'False', 'yes', 'No', 'on', 'OFF', 'y', 'n', 'null', 'Null', '~', '123', '-1', '1e3', '0x1F', '0o17', '.5',
  '12:30', '2026-11-25', '.inf', '-.inf', '.nan', 'a: b', 'a:b', 'a #b', '#x', '- x', '-', '? x', '@x', '`x', '!tag', '&anchor', '*alias', '%x', '|', '>',
  '{a}', '[a]', 'a, b', "it's", 'say "hi"', 'back\\slash', 'two\nlines', 'tab\there', 'cr\rhere', 'é ü', '\u2028', '\u0085', '\ufeff', '\u0000', 'emoji 😀',
];

describe('yamlString', () => {
  it('leaves keys, identifiers and simple sentences plain', () => {
    for (const s of ['user.contact.email', 'lawful_datamap', 'Essential for Service', 'Mailer Inc (US)', 'essential.service.operations.support']) expect(yamlString(s)).toBe(s);
  });

  it('double-quotes strings a YAML reader could take for another type or structure', () => {
    for (const s of ['yes', 'null', '123', 'a: b', '', '- x', '#x', 'two\nlines']) expect(yamlString(s)).toMatch(/^".*"$/s);
  });

  it.each(TRICKY)('round-trips %j through a YAML parser', (s) => {
    expect(parse(`v: ${yamlString(s)}\n`)).toEqual({ v: s });
    expect(parse(toYaml({ [s]: [s] }))).toEqual({ [s]: [s] });
  });
});

describe('toYaml', () => {
  it('writes block mappings and sequences with two-space indents', () => {
    const doc = { system: [{ fides_key: 'lawful', privacy_declarations: [{ name: 'Marketing', data_categories: ['user.contact.email'] }], tags: [] }], empty: {}, count: 3, ok: true, none: null };
    expect(toYaml(doc)).toBe([
      'system:',
      '  - fides_key: lawful',
      '    privacy_declarations:',
      '      - name: Marketing',
      '        data_categories:',
      '          - user.contact.email',
      '    tags: []',
      'empty: {}',
      'count: 3',
      'ok: true',
      'none: null',
      '',
    ].join('\n'));
  });

  it('writes nested sequences', () => {
    expect(parse(toYaml([[1, ['a']], [], [{}]]))).toEqual([[1, ['a']], [], [{}]]);
    expect(parse(toYaml([-0, 1e21, -2.5e-7]))).toEqual([-0, 1e21, -2.5e-7]);
  });

  it('round-trips any JSON value through a YAML parser', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(parse(toYaml(value as YamlValue))).toEqual(value);
    }), { numRuns: 300 });
  });
});
