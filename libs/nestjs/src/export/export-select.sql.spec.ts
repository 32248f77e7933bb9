import { parseCsv } from '@lawful/rights';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { openExportDb } from '../testing/export-db.fixture';
import { csvFieldSql, exportColumnText, quoteLiteral } from './export-select.sql';
import type { ExportColumn } from './workspace-export.types';

const column = (type: string, isArray = false): ExportColumn => ({ property: 'p', column: '"v"', type, isArray });

describe(`export SQL (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let dataSource: DataSource;
  beforeAll(async () => ({ dataSource } = await openExportDb(0)));
  afterAll(() => dataSource?.destroy());

  /** What PostgreSQL renders for each value through `csvFieldSql`, in order. */
  const rendered = async (values: (string | null)[]): Promise<string[]> =>
    ((await dataSource.query(`SELECT ${csvFieldSql('t', column('text'))} AS f FROM unnest($1::text[]) WITH ORDINALITY AS t("v", n) ORDER BY n`, [values])) as { f: string }[]).map((r) => r.f);

  it('renders any text as an RFC 4180 field that reads back as the value (quotes, separators, line breaks, formulas, non-ASCII)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', '=', 'é', ' ') }), fc.string({ unit: 'grapheme' })).map((s) => s.replace(/\0/g, '')), { minLength: 1, maxLength: 20 }), async (values) => {
        const fields = await rendered(values);
        expect(parseCsv(`${fields.join(',')}\r\n`)).toEqual([values]);
      }),
      { numRuns: 60 },
    );
  });

  it('writes NULL as an empty field and the empty string as ""', async () => {
    expect(await rendered([null, ''])).toEqual(['', '""']);
  });

  it('selects text as it is, other types converted to text in SQL; bare CSV fields only for types that never need quoting', () => {
    expect(exportColumnText('e', column('text'))).toBe('e."v"');
    expect(exportColumnText('e', column('uuid'))).toBe('e."v"::text');
    expect(exportColumnText('e', column('jsonb'))).toBe('e."v"::text');
    expect(exportColumnText('e', column('text', true))).toBe('to_json(e."v")::text');
    expect(exportColumnText('e', column('timestamp with time zone'))).toBe(`to_json(e."v") #>> '{}'`);
    expect(csvFieldSql('e', column('integer'))).toBe(`coalesce(to_json(e."v") #>> '{}', '')`);
    expect(csvFieldSql('e', column('integer', true))).toContain('replace(');
    expect(csvFieldSql('e', column('jsonb'))).toContain('replace(');
  });

  it('quotes literals like quote_literal and refuses NUL', async () => {
    expect(quoteLiteral("O'Brien")).toBe("'O''Brien'");
    expect(quoteLiteral('a\\b')).toBe("E'a\\\\b'");
    expect(await dataSource.query(`SELECT ${quoteLiteral("it's a\\b")} AS v`)).toEqual([{ v: "it's a\\b" }]);
    expect(() => quoteLiteral('a\0b')).toThrow(TypeError);
  });
});
