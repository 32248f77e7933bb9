import { LawfulError } from '@lawful/annotations';

/**
 * The requested row does not exist or the request's ability may not see it (another workspace, a withheld
 * subject): the two are indistinguishable on purpose, so existence is never revealed. `LawfulExceptionFilter`
 * answers 404. The message names the entity only, never the id or any field value.
 *
 * @example
 * throw new RowNotFoundError('Contact', 'read');
 */
export class RowNotFoundError extends LawfulError {
  readonly entity: string;

  constructor(entity: string, action = 'read') {
    super('ROW_NOT_FOUND', `${entity} not found`, { entity, action });
    this.entity = entity;
  }
}
