import { Type } from 'class-transformer';
import { IsDate, IsEmail, IsOptional, IsUUID, MaxDate, MaxLength } from 'class-validator';
import { NewRequestDto } from '../../../common/requests/new-request.dto';

/**
 * Body of `POST /workspaces/:workspaceId/subjects/requests`: a request that reached the workspace (by mail, email,
 * phone…), optionally about a known CRM contact, with when it was received (default now; never in the future: the
 * deadlines count from it).
 *
 * @example
 * // POST { "right": "access", "jurisdiction": "gdpr", "contactId": "…", "receivedAt": "2025-01-31T09:00:00Z" }
 */
export class CreateSubjectRequestDto extends NewRequestDto {
  @IsOptional() @IsUUID('all', { message: 'contactId must be the id (UUID) of a contact of this workspace' })
  contactId?: string;

  @IsOptional() @IsEmail({}, { message: 'requesterEmail must be an email address' }) @MaxLength(320)
  requesterEmail?: string;

  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'receivedAt must be an ISO 8601 date-time, e.g. 2025-01-31T09:00:00Z' })
  @MaxDate(() => new Date(), { message: 'receivedAt must not be in the future: give when the request reached you' })
  receivedAt?: Date;
}
