/**
 * Server-side cursors over the SELECTs of one export, all opened in one snapshot.
 *
 * @example
 * const rows = await cursors.fetch(0, 1000); // next ≤ 1000 rows of the first SELECT, as arrays
 * await cursors.close();
 */
export interface ExportCursors {
  readonly kind: 'cursors';
  /** The next `count` rows of SELECT number `index`, each an array of its column values; `[]` at the end. */
  fetch(index: number, count: number): Promise<unknown[][]>;
  /** Closes the cursors, ends the snapshot and releases the connection. Safe to call once, always. */
  close(): Promise<void>;
}

/**
 * `COPY … TO STDOUT` streams over the SELECTs of one export, all in one snapshot, one at a time.
 *
 * @example
 * const stream = copies.copy(0); // the first SELECT's rows, binary COPY format (see BinaryCopyDecoder)
 * for await (const chunk of stream) decode(chunk);
 * await copies.close();
 */
export interface ExportCopies {
  readonly kind: 'copies';
  /** SELECT number `index` (one text column) as a binary COPY stream of Buffers, read with backpressure. */
  copy(index: number): AsyncIterable<Buffer>;
  /** Stops a COPY still running, ends the snapshot and releases the connection. Safe to call once, always. */
  close(): Promise<void>;
}

/**
 * Where an export reads its rows from: cursors (fetched in batches) or COPY streams.
 *
 * @example
 * const source: ExportSource = await openExportSource(dataSource, selects, workspaceId);
 */
export type ExportSource = ExportCursors | ExportCopies;

/**
 * The SQL of one export SELECT given the placeholder of the workspace id (`$1`, or a quoted literal).
 *
 * @example
 * const select: ExportSelect = (workspace) => `SELECT ... WHERE e."workspace_id" = ${workspace}`;
 */
export type ExportSelect = (workspace: string) => string;
