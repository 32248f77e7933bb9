import { getMetadataStorage, type LegalBasis } from '@lawful/annotations';
import { BadRequestException } from '@nestjs/common';

/**
 * Checks that `purpose` is registered, not prohibited, and relies on `basis` (inherited bases count); 400 naming
 * the purposes that would be accepted otherwise.
 *
 * @example
 * assertPurposeBasis('ai.lead_scoring', 'legitimate_interests', 'An objection'); // ok
 * assertPurposeBasis('service.crm', 'legitimate_interests', 'An objection');    // 400
 */
export function assertPurposeBasis(purpose: string, basis: LegalBasis, what: string): void {
  const purposes = getMetadataStorage().registry.purposes;
  const registered = purposes.get(purpose);
  if (registered?.legalBasis === basis && !registered.prohibited) return;
  const accepted = purposes.all().filter((p) => p.legalBasis === basis && !p.prohibited).map((p) => p.key);
  const problem = registered === undefined ? `purpose "${purpose}" is not registered` : `purpose "${purpose}" relies on ${registered.legalBasis ?? 'no legal basis'}, not ${basis}`;
  throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `${what} needs a purpose based on ${basis}: ${problem}`, allowedPurposes: accepted });
}
