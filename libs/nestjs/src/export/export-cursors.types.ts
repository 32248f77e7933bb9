/**
 * Server-side cursors over the SELECTs of one export, all opened in one snapshot.
 *
 * @example
 * const rows = await cursors.fetch(0, 1000); // next ≤ 1000 rows of the first SELECT, as arrays
 * await cursors.close();
 */
export interface ExportCursors {
  /** The next `count` rows of SELECT number `index`, each an array of its column values; `[]` at the end. */
  fetch(index: number, count: number): Promise<unknown[][]>;
  /** Closes the cursors, ends the snapshot and releases the connection. Safe to call once, always. */
  close(): Promise<void>;
}

/**
 * The SQL of one export SELECT given the placeholder of the workspace id (`$1`, or a quoted literal).
 *
 * @example
 * const select: ExportSelect = (workspace) => `SELECT ... WHERE e."workspace_id" = ${workspace}`;
 */
export type ExportSelect = (workspace: string) => string;
