const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Quotes one CSV field per RFC 4180: fields holding a comma, a double quote, CR or LF are enclosed in double
 * quotes, and double quotes inside are doubled. Other fields are written as they are.
 *
 * @example
 * csvField('a, b'); // '"a, b"'
 * csvField('say "hi"'); // '"say ""hi"""'
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes rows as RFC 4180 CSV: fields separated by commas, records terminated by CRLF (the last one too).
 * The first row is usually the header.
 *
 * @example
 * toCsv([['name', 'basis'], ['Marketing', 'consent']]); // 'name,basis\r\nMarketing,consent\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
