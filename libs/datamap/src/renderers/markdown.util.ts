/**
 * Escapes a value for a Markdown table cell (pipes, newlines).
 *
 * @example
 * mdCell('a|b'); // 'a\\|b'
 */
export function mdCell(value: unknown): string {
  return String(value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * A Markdown table.
 *
 * @example
 * mdTable(['Name', 'Basis'], [['service', 'contract']]);
 */
export function mdTable(header: string[], rows: unknown[][]): string {
  const line = (cells: unknown[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
