/** A field must be quoted when it contains one of these (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * The text of a value as one RFC 4180 field: `null`/`undefined` → empty; a `Date` → ISO 8601 (empty when
 * invalid); other objects and arrays → JSON; strings, numbers, bigints and booleans → their text. The text is
 * wrapped in double quotes, embedded quotes doubled, when it contains `"`, `,`, CR or LF.
 *
 * Values are never altered otherwise: there is deliberately no spreadsheet-formula guard (no `'` prefix before
 * `=`, `+`, `-`, `@`), because exports must be faithful to the stored data. Whoever opens an export in a
 * spreadsheet must import it as text.
 *
 * @example
 * csvField('Ada "the" Countess, 1st'); // '"Ada ""the"" Countess, 1st"'
 * csvField(null);                      // ''
 * csvField(new Date(0));               // '1970-01-01T00:00:00.000Z'
 * csvField({ city: 'Oslo' });          // '"{""city"":""Oslo""}"'
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/**
 * One CSV record: the fields of `values` (see {@link csvField}) joined by commas, ended by CRLF.
 *
 * @example
 * csvLine(['id', 'email']);            // 'id,email\r\n'
 * csvLine(['c1', 'a,b', null, true]);  // 'c1,"a,b",,true\r\n'
 */
export function csvLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += i === 0 ? csvField(values[i]) : `,${csvField(values[i])}`;
  return `${line}\r\n`;
}
