import { PolicyError } from './policy.error';

/**
 * The request's role and purpose may not perform `action` on the entity at all, or on this row (e.g. a
 * viewer creating or updating a contact, a member deleting one). Raised only for rows the request may see:
 * an invisible row is "not found", so existence is never revealed. Names the entity and action, never values.
 *
 * @example
 * throw new ForbiddenActionError({ entity: 'Contact', action: 'delete', role: 'member', purpose: 'service.crm' });
 */
export class ForbiddenActionError extends PolicyError {
  readonly entity: string;
  readonly action: string;

  constructor(context: { entity: string; action: string; purpose?: string; role?: string }) {
    const who = [context.role && `role "${context.role}"`, context.purpose && `purpose "${context.purpose}"`].filter(Boolean).join(' with ');
    super('FORBIDDEN_ACTION', `${context.entity}: ${context.action} is not permitted${who ? ` for ${who}` : ''}`, { ...context });
    this.entity = context.entity;
    this.action = context.action;
  }
}
