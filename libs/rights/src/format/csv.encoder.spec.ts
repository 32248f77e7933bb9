import fc from 'fast-check';
import { csvField, csvLine } from './csv.encoder';
import { parseCsv } from './csv.parser';

const tricky = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', ' ', '=', 'é') }),
  fc.string({ unit: 'grapheme' }),
  fc.string(),
);

describe('csv encoder', () => {
  it('round-trips any table of strings through the RFC 4180 parser', () => {
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

  it('parses back the documented example and rejects malformed text', () => {
    expect(parseCsv('id,name\r\nc1,"Ada ""A"", Countess"\r\n')).toEqual([['id', 'name'], ['c1', 'Ada "A", Countess']]);
    expect(() => parseCsv('a,"b\r\n')).toThrow(SyntaxError);
    expect(() => parseCsv('a"b\r\n')).toThrow(SyntaxError);
    expect(() => parseCsv('a\nb\r\n')).toThrow(SyntaxError);
    expect(() => parseCsv('"a"b\r\n')).toThrow(SyntaxError);
    expect(() => parseCsv('a,b')).toThrow(SyntaxError);
  });

  it('keeps formula-like values unchanged (faithful export, no spreadsheet guard)', () => {
    expect(csvLine(['=1+1', '+33 1', '-x', '@SUM(A1)'])).toBe('=1+1,+33 1,-x,@SUM(A1)\r\n');
  });
});
