import { PartialType } from '@nestjs/swagger';
import { CreateDealDto } from './create-deal.dto';

/**
 * Body of `PATCH /workspaces/:workspaceId/deals/:id`: the create body with every property optional; `null`
 * clears a nullable property and is rejected for the others.
 *
 * @example
 * // PATCH { "stage": "negotiation", "value": "12500.00" }
 */
export class UpdateDealDto extends PartialType(CreateDealDto, { skipNullProperties: false }) {}
