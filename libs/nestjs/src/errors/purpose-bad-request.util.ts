import { BadRequestException } from '@nestjs/common';

/**
 * The 400 answer to a missing, unknown or not-allowed purpose: `{ statusCode, error, message, allowedPurposes }`.
 * The message names purpose keys only, never personal data.
 *
 * @example
 * throw purposeBadRequest('Send the X-Purpose header naming one of: service.crm, marketing', ['service.crm', 'marketing']);
 */
export function purposeBadRequest(message: string, allowedPurposes: readonly string[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message, allowedPurposes: [...allowedPurposes] });
}
