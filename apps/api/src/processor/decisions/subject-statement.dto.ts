import { IsString, MaxLength, MinLength } from 'class-validator';

/**
 * Body of `POST .../decisions/:decisionId/views` and `.../contest`: the subject's own words, relayed by the workspace.
 *
 * @example
 * const body: SubjectStatementDto = { statement: 'I replied by phone last week; please look again.' };
 */
export class SubjectStatementDto {
  @IsString({ message: 'statement must be the subject\'s point of view or grounds, as received' })
  @MinLength(1)
  @MaxLength(4000)
  statement!: string;
}
