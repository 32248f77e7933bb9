import { PartialType } from '@nestjs/swagger';
import { CreateContactDto } from './create-contact.dto';

/**
 * Body of `PATCH /workspaces/:workspaceId/contacts/:id`: the create body with every property optional; `null`
 * clears a nullable property and is rejected for the others.
 *
 * @example
 * // PATCH { "jobTitle": "CTO", "phone": null }
 */
export class UpdateContactDto extends PartialType(CreateContactDto, { skipNullProperties: false }) {}
