import { LawfulError } from '@lawful/annotations';

/**
 * Base of the errors about a workspace export request the caller can fix (a format or an entity it named);
 * `LawfulExceptionFilter` answers 400 with the message and `allowed` (e.g. `{ allowedFormats: [...] }`).
 * Raised before the first byte is written.
 *
 * @example
 * try { planWorkspaceExport(dataSource, { format: 'xml' }); }
 * catch (e) { if (e instanceof ExportError) console.error(e.code, e.allowed); }
 */
export class ExportError extends LawfulError {
  constructor(
    code: string,
    message: string,
    /** What the caller may send instead, keyed by the name the 400 body uses. */
    readonly allowed: Readonly<Record<string, readonly string[]>>,
    context: Record<string, unknown> = {},
  ) {
    super(code, message, { ...context, ...allowed });
  }
}
