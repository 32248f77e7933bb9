import fc from 'fast-check';
import { parseCsv } from './csv.parse';
import { csvField, toCsv } from './csv.util';

describe('toCsv', () => {
  it('quotes fields holding a comma, a quote, CR or LF and doubles inner quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('separates fields with commas and ends every record with CRLF', () => {
    expect(toCsv([['name', 'basis'], ['Marketing', 'consent'], ['Service, core', '']])).toBe('name,basis\r\nMarketing,consent\r\n"Service, core",\r\n');
    expect(toCsv([])).toBe('');
  });

  it('parses back to the same rows, for any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\r', '\n', 'é', ';') });
    fc.assert(fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
      expect(parseCsv(toCsv(rows))).toEqual(rows);
    }));
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with embedded separators, quotes and line breaks, with CRLF or LF records', () => {
    expect(parseCsv('a,"b,c"\r\n"say ""hi""","x\r\ny"\n')).toEqual([['a', 'b,c'], ['say "hi"', 'x\r\ny']]);
    expect(parseCsv('a,b')).toEqual([['a', 'b']]);
    expect(parseCsv(',\r\n')).toEqual([['', '']]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('"open')).toThrow('quoted');
  });
});
