/**
 * Positional parameters of one SQL statement: `add` appends a value and returns its placeholder (`$1`, `$2`, …).
 *
 * @example
 * const p = new SqlParams();
 * const sql = `SELECT 1 FROM t WHERE id = ${p.add(id)}`;
 * await manager.query(sql, p.values);
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
