import { ErasureError } from './erasure.error';

/**
 * A field's erasure strategy does not fit its column: `null` on a NOT NULL column, `redact` or `hash` on a column
 * that holds neither text, text[] nor json(b). The message says how to fix the annotation or the schema.
 *
 * @example
 * throw new ErasureColumnError('Message', 'body', 'null', 'the column is NOT NULL; use redact, or make it nullable');
 */
export class ErasureColumnError extends ErasureError {
  constructor(entity: string, property: string, strategy: string, fix: string) {
    super('ERASURE_COLUMN', `${entity}.${property}: erasure strategy "${strategy}" does not fit its column: ${fix}`, entity, property);
  }
}
