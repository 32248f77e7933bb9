/**
 * Reads RFC 4180 CSV back into rows (used by tests to check what `toCsv` writes). Accepts CRLF or LF record
 * separators and quoted fields with doubled quotes and embedded line breaks; a final line break ends the last
 * record rather than starting an empty one.
 *
 * @example
 * parseCsv('a,"b,c"\r\n"say ""hi"""\r\n'); // [['a', 'b,c'], ['say "hi"']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (c === '\n') endRow();
    else field += c;
    i += 1;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
