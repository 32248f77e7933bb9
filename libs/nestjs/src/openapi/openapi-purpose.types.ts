import type { LegalBasis } from '@lawful/annotations';

/**
 * One allowed purpose of an operation, as `enrichOpenApiPurposes` writes it into `x-lawful-purposes`.
 *
 * @example
 * const crm: OpenApiPurpose = { key: 'service.crm', name: 'CRM', legalBasis: 'contract', consentRequired: false, allowedWhenRestricted: false };
 */
export interface OpenApiPurpose {
  key: string;
  name: string;
  /** Art. 6(1) basis, inherited from the parent purpose when the purpose declares none. */
  legalBasis: LegalBasis;
  /** The basis is consent: the subject's consent must be recorded (`consentRecordedIn`). */
  consentRequired: boolean;
  consentRecordedIn?: string;
  /** Still allowed for subjects who restricted processing (Art. 18(2)). */
  allowedWhenRestricted: boolean;
}
