/**
 * Context a domain error carries, for logs and HTTP mapping (never personal data values).
 *
 * @example
 * const context: LawfulErrorContext = { entity: 'Contact', property: 'email', purpose: 'marketing' };
 */
export interface LawfulErrorContext {
  entity?: string;
  property?: string;
  purpose?: string;
  role?: string;
  [key: string]: unknown;
}

/**
 * Base class of every domain error raised by Lawful libraries.
 *
 * @example
 * try { storage.seal(); } catch (e) { if (e instanceof LawfulError) console.error(e.code, e.context); }
 */
export class LawfulError extends Error {
  constructor(
    /** Stable machine-readable code, e.g. `UNKNOWN_PURPOSE`. */
    readonly code: string,
    message: string,
    readonly context: LawfulErrorContext = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
