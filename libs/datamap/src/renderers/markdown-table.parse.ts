/**
 * A Markdown table read back: the heading it sits under, its header cells and its body rows.
 *
 * @example
 * const table: MarkdownTable = { heading: '7.2 Retention periods', header: ['Data category'], rows: [['Server logs']] };
 */
export interface MarkdownTable {
  heading: string | null;
  header: string[];
  rows: string[][];
}

/** Splits `| a | b\|c |` on unescaped pipes and undoes `mdCell`'s escapes (`\|`, `\\`, `<br>`). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === '\\' && i + 1 < body.length) cell += body[(i += 1)];
    else if (c === '|') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  if (cell.trim() !== '') out.push(cell);
  return out.map((c) => c.trim().replace(/<br>/g, '\n'));
}

const DELIMITER = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/**
 * Reads every pipe table of a Markdown document (as written by `mdTable`), each with the nearest heading above it,
 * so tests can look rows up by their first cell instead of grepping.
 *
 * @example
 * const [table] = parseMarkdownTables('## 7.2 Retention\n\n| Data | Period |\n|---|---|\n| Server logs | 90 days |');
 * table.rows[0]; // ['Server logs', '90 days']
 */
export function parseMarkdownTables(markdown: string): MarkdownTable[] {
  const lines = markdown.split(/\r?\n/);
  const tables: MarkdownTable[] = [];
  let heading: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i].trim();
    if (line.startsWith('#')) heading = line.replace(/^#+\s*/, '');
    if (!line.startsWith('|') || !DELIMITER.test(lines[i + 1]?.trim() ?? '')) continue;
    const table: MarkdownTable = { heading, header: cells(line), rows: [] };
    for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i += 1) table.rows.push(cells(lines[i]));
    i -= 1;
    tables.push(table);
  }
  return tables;
}
