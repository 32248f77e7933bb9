import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** Formats a subject export is served in (policy §8.1(d): CSV and JSON). */
export const SUBJECT_EXPORT_FORMATS = ['json', 'csv'] as const;
/** Scopes of a subject export: everything (access) or the portable subset (portability). */
export const SUBJECT_EXPORT_SCOPES = ['access', 'portability'] as const;

/**
 * Query of the subject export routes.
 *
 * @example
 * // GET …/export?format=csv&scope=portability
 */
export class SubjectExportQuery {
  @ApiPropertyOptional({ enum: SUBJECT_EXPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(SUBJECT_EXPORT_FORMATS, { message: `format must be one of: ${SUBJECT_EXPORT_FORMATS.join(', ')}` })
  format: (typeof SUBJECT_EXPORT_FORMATS)[number] = 'json';

  @ApiPropertyOptional({ enum: SUBJECT_EXPORT_SCOPES, default: 'access', description: 'access: everything (Art. 15); portability: data the subject provided under consent or contract, nothing derived (Art. 20, Law 25)' })
  @IsOptional()
  @IsIn(SUBJECT_EXPORT_SCOPES, { message: `scope must be one of: ${SUBJECT_EXPORT_SCOPES.join(', ')}` })
  scope: (typeof SUBJECT_EXPORT_SCOPES)[number] = 'access';
}
