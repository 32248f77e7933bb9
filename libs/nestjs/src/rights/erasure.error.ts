import { LawfulError } from '@lawful/annotations';

/**
 * Base class of the errors raised by the erasure executor before it writes anything: an annotation the database
 * schema cannot honour (a strategy a column type cannot take, a shared link that cannot be removed). Names entity
 * and property, never data. `LawfulExceptionFilter` answers 500 (a fault in the annotations, not in the request).
 *
 * @example
 * try { new ErasureExecutor(dataSource, plan); } catch (e) { if (e instanceof ErasureError) console.error(e.code, e.context); }
 */
export class ErasureError extends LawfulError {
  constructor(
    code: string,
    message: string,
    readonly entity: string,
    readonly property: string,
  ) {
    super(code, message, { entity, property });
  }
}
