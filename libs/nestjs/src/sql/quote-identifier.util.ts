/**
 * A PostgreSQL identifier, double-quoted with embedded quotes doubled (table, column and alias names built into SQL).
 *
 * @example
 * quoteIdentifier('decision_reviews'); // '"decision_reviews"'
 */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
