/**
 * Distinct strings in a stable, locale-independent order (so two renders of one map are byte-identical).
 *
 * @example
 * uniqueSorted(['b', 'a', 'b']); // ['a', 'b']
 */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

/**
 * Compares strings case-insensitively first, then by code unit, independent of the runtime's locale.
 *
 * @example
 * ['b', 'A', 'a'].sort(compareText); // ['A', 'a', 'b']
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Splits a camelCase or PascalCase identifier into lower-case words, the first capitalised.
 *
 * @example
 * identifierWords('EmailMessage'); // 'Email message'
 * identifierWords('passwordHash'); // 'Password hash'
 */
export function identifierWords(identifier: string): string {
  const words = identifier.replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A field as a data point: entity and property in words.
 *
 * @example
 * dataPoint({ entity: 'User', property: 'passwordHash' }); // 'User password hash'
 */
export function dataPoint(field: { entity: string; property: string }): string {
  return `${identifierWords(field.entity)} ${identifierWords(field.property).toLowerCase()}`;
}
