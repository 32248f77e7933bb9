/**
 * A value the YAML emitter can write: JSON-like data.
 *
 * @example
 * const doc: YamlValue = { dataset: [{ fides_key: 'lawful_datamap', collections: [] }] };
 */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | { readonly [key: string]: YamlValue };

// Plain (unquoted) only when no YAML 1.1 or 1.2 reader could take it for anything but this string.
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_ ./()-]*$/;
const RESERVED = /^(?:y|yes|n|no|true|false|on|off|null)$/i;
// Characters a double-quoted scalar must escape beyond what JSON escapes: C1 controls, line/paragraph separators, BOM.
const UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * Writes a string as a YAML scalar: plain when that is unambiguous, else double-quoted with escapes.
 *
 * @example
 * yamlString('user.contact.email'); // 'user.contact.email'
 * yamlString('yes'); // '"yes"'
 * yamlString('a: b'); // '"a: b"'
 */
export function yamlString(value: string): string {
  if (PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(' ')) return value;
  // A JSON string literal is a valid YAML double-quoted scalar.
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return Object.is(value, -0) ? '-0' : String(value);
  }
  return yamlString(value);
}

const isCollection = (v: YamlValue): v is readonly YamlValue[] | { readonly [key: string]: YamlValue } => typeof v === 'object' && v !== null;
const isEmpty = (v: YamlValue) => (Array.isArray(v) ? v.length === 0 : Object.keys(v as object).length === 0);

function block(value: YamlValue, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (!isCollection(value) || isEmpty(value)) return [pad + inline(value)];
  if (Array.isArray(value)) {
    return (value as readonly YamlValue[]).flatMap((item) => {
      const lines = block(item, indent + 2);
      return [`${pad}- ${lines[0].slice(indent + 2)}`, ...lines.slice(1)];
    });
  }
  return Object.entries(value).flatMap(([key, item]) =>
    isCollection(item) && !isEmpty(item) ? [`${pad}${yamlString(key)}:`, ...block(item, indent + 2)] : [`${pad}${yamlString(key)}: ${inline(item)}`],
  );
}

function inline(value: YamlValue): string {
  if (!isCollection(value)) return scalar(value);
  return Array.isArray(value) ? '[]' : '{}';
}

/**
 * Writes a value as a block-style YAML document (two-space indent, sequences of mappings as `- key: value`),
 * quoting strings only where a reader could take them for something else. Ends with a newline.
 *
 * @example
 * toYaml({ system: [{ fides_key: 'lawful', privacy_declarations: [] }] });
 * // 'system:\n  - fides_key: lawful\n    privacy_declarations: []\n'
 */
export function toYaml(value: YamlValue): string {
  return `${block(value, 0).join('\n')}\n`;
}
