import fc from 'fast-check';
import { csvField, csvLine } from './csv.encoder';

/** A minimal RFC 4180 parser, independent of the encoder: records end with CRLF; fields may be quoted. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; }
    else throw new Error(`expected a separator at ${i}`);
  }
  if (row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

const tricky = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', ' ', '=', 'é') }),
  fc.string({ unit: 'grapheme' }),
  fc.string(),
);

describe('csv encoder', () => {
  it('round-trips any table of strings through an RFC 4180 parser', () => {
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (table) => {
        expect(parseCsv(table.map(csvLine).join(''))).toEqual(table);
      }),
    );
  });

  it('quotes exactly the fields containing a quote, comma, CR or LF', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(csvField(text).startsWith('"')).toBe(/[",\r\n]/.test(text));
      }),
    );
  });

  it('doubles embedded quotes and ends records with CRLF', () => {
    expect(csvLine(['say "hi"', 'a,b', 'x\ny', 'plain'])).toBe('"say ""hi""","a,b","x\ny",plain\r\n');
  });

  it('writes null and undefined as empty fields, dates as ISO 8601, objects as JSON, booleans and numbers as text', () => {
    expect(csvLine([null, undefined, new Date('2024-02-29T12:00:00Z'), { a: [1, 'b'] }, true, false, 0, -1.5, 12n]))
      .toBe(',,2024-02-29T12:00:00.000Z,"{""a"":[1,""b""]}",true,false,0,-1.5,12\r\n');
    expect(csvField(new Date(Number.NaN))).toBe('');
  });

  it('keeps formula-like values unchanged (faithful export, no spreadsheet guard)', () => {
    expect(csvLine(['=1+1', '+33 1', '-x', '@SUM(A1)'])).toBe('=1+1,+33 1,-x,@SUM(A1)\r\n');
  });
});
