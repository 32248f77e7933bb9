import { PartialType } from '@nestjs/swagger';
import { CreateCompanyDto } from './create-company.dto';

/**
 * Body of `PATCH /workspaces/:workspaceId/companies/:id`: the create body with every property optional; `null`
 * clears a nullable property and is rejected for the others.
 *
 * @example
 * // PATCH { "industry": "Software", "phone": null }
 */
export class UpdateCompanyDto extends PartialType(CreateCompanyDto, { skipNullProperties: false }) {}
