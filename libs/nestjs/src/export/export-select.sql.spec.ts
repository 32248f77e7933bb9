import { exportColumnText, quoteLiteral } from './export-select.sql';

describe('export SQL', () => {
  it('selects text columns as they are and converts the others to text in SQL', () => {
    const col = (type: string, isArray = false) => exportColumnText('e', { property: 'p', column: '"c"', type, isArray });
    expect(col('text')).toBe('e."c"');
    expect(col('uuid')).toBe('e."c"');
    expect(col('jsonb')).toBe('e."c"::text');
    expect(col('text', true)).toBe('to_json(e."c")::text');
    expect(col('timestamp with time zone')).toBe(`to_json(e."c") #>> '{}'`);
  });

  it('quotes literals like quote_literal and refuses NUL', () => {
    expect(quoteLiteral("O'Brien")).toBe("'O''Brien'");
    expect(quoteLiteral('a\\b')).toBe("E'a\\\\b'");
    expect(() => quoteLiteral('a\0b')).toThrow(TypeError);
  });
});
