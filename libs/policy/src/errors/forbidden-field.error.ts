import { PolicyError } from './policy.error';

/**
 * The request touches fields its role and purpose may not (e.g. a body setting a hidden or non-compliant
 * field). Names the fields, never their values.
 *
 * @example
 * throw new ForbiddenFieldError({ entity: 'Contact', fields: ['email'], action: 'update', purpose: 'service.crm', role: 'viewer' });
 */
export class ForbiddenFieldError extends PolicyError {
  readonly entity: string;
  readonly fields: readonly string[];

  constructor(context: { entity: string; fields: readonly string[]; action: string; purpose?: string; role?: string }) {
    const who = [context.role && `role "${context.role}"`, context.purpose && `purpose "${context.purpose}"`].filter(Boolean).join(' with ');
    super(
      'FORBIDDEN_FIELD',
      `${context.entity}: ${context.action} of ${context.fields.join(', ')} is not permitted${who ? ` for ${who}` : ''}`,
      { ...context, fields: [...context.fields] },
    );
    this.entity = context.entity;
    this.fields = [...context.fields];
  }
}
