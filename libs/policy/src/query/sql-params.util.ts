/**
 * Named parameters for one translated condition, under a prefix no parameter of the query builder uses yet
 * (so the translation can run twice on one builder without clashes).
 *
 * @example
 * const params = new SqlParams(qb.getParameters());
 * const sql = `"c"."workspace_id" = :${params.add('w1')}`;
 * qb.andWhere(sql, params.values);
 */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private readonly prefix: string;
  private next = 0;

  constructor(existing: Record<string, unknown> = {}) {
    const taken = Object.keys(existing);
    let n = 0;
    while (taken.some((name) => name.startsWith(`lawful${n}_`))) n++;
    this.prefix = `lawful${n}_`;
  }

  /** Registers a value and returns its parameter name (use as `:name`, or `(:...name)` for lists). */
  add(value: unknown): string {
    const name = `${this.prefix}${this.next++}`;
    this.values[name] = value;
    return name;
  }
}
