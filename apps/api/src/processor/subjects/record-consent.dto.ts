import { IsBoolean, IsIn, IsString, MaxLength } from 'class-validator';
import { CONSENT_METHODS, type ConsentMethod } from './consent-method';

/**
 * Body of `POST /workspaces/:workspaceId/subjects/:contactId/consents`: a consent granted or withdrawn.
 *
 * @example
 * const body: RecordConsentDto = { purpose: 'service.communications.campaigns', granted: true, method: 'web_form' };
 */
export class RecordConsentDto {
  @IsString() @MaxLength(200)
  purpose!: string;

  @IsBoolean()
  granted!: boolean;

  @IsIn(CONSENT_METHODS, { message: `method must be one of: ${CONSENT_METHODS.join(', ')}` })
  method!: ConsentMethod;
}
