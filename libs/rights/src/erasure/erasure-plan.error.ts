import { LawfulError } from '@lawful/annotations';

/**
 * Base class of the errors raised while planning an erasure from the annotations (names entities, never data).
 * Planning has no request yet, so it extends the annotations' `LawfulError` rather than `RightsError`.
 *
 * @example
 * try { planErasure(storage, Contact); } catch (e) { if (e instanceof ErasurePlanError) console.error(e.code, e.context); }
 */
export class ErasurePlanError extends LawfulError {}
