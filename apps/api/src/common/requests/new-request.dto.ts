import { DATA_SUBJECT_RIGHTS, type DataSubjectRight, JURISDICTIONS, type Jurisdiction } from '@lawful/rights';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * What every new data-subject request says: the right exercised, the law it is handled under, and optionally the
 * requester's own description. Extended by each route's body.
 *
 * @example
 * const body: NewRequestDto = { right: 'erasure', jurisdiction: 'gdpr', details: 'Please delete my profile.' };
 */
export class NewRequestDto {
  @IsIn(DATA_SUBJECT_RIGHTS, { message: `right must be one of: ${DATA_SUBJECT_RIGHTS.join(', ')}` })
  right!: DataSubjectRight;

  @IsIn(JURISDICTIONS, { message: `jurisdiction must be one of: ${JURISDICTIONS.join(', ')}` })
  jurisdiction!: Jurisdiction;

  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(5000)
  details?: string;
}
