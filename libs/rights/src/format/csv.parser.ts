/**
 * Parses RFC 4180 CSV text whose records all end with CRLF (what `csvLine` writes) into rows of fields.
 * Quoted fields may hold `"` (doubled), `,`, CR and LF; an unquoted field may hold none of them. Throws a
 * `SyntaxError` naming the offset of the first malformation (like `JSON.parse`). Fields come back as text:
 * `csvField(null)` and `csvField('')` both read back as `''`.
 *
 * @example
 * parseCsv('id,name\r\nc1,"Ada ""A"", Countess"\r\n'); // [['id', 'name'], ['c1', 'Ada "A", Countess']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      const close = (from: number): number => {
        const at = text.indexOf('"', from);
        if (at < 0) throw new SyntaxError(`CSV: unterminated quoted field starting at offset ${i}`);
        return at;
      };
      let from = i + 1;
      for (let at = close(from); ; at = close(from)) {
        field += text.slice(from, at);
        if (text[at + 1] !== '"') { i = at + 1; break; }
        field += '"';
        from = at + 2;
      }
    } else {
      const start = i;
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new SyntaxError(`CSV: ${JSON.stringify(text[i])} at offset ${i} outside a quoted field`);
        i++;
      }
      field = text.slice(start, i);
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') { rows.push(row); row = []; i += 2; }
    else throw new SyntaxError(`CSV: expected a comma or CRLF at offset ${i}`);
  }
  if (row.length > 0) throw new SyntaxError('CSV: the last record does not end with CRLF');
  return rows;
}
