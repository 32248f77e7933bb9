import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/**
 * Query of `GET /workspaces/:workspaceId/export`. Only the shape is checked here; which formats and entities
 * exist is the exporter's answer (400 naming the allowed ones), derived from the annotations.
 *
 * @example
 * // GET /workspaces/:workspaceId/export?format=csv&entity=Contact
 */
export class WorkspaceExportQuery {
  @ApiPropertyOptional({ enum: ['csv', 'jsonl'], default: 'jsonl', description: 'csv: one entity (entity= required); jsonl: one {"entity","record"} line per row of every exported entity' })
  @IsOptional()
  @IsString()
  format = 'jsonl';

  @ApiPropertyOptional({ description: 'Entity class name, e.g. Contact: required for csv, a filter for jsonl' })
  @IsOptional()
  @IsString()
  entity?: string;
}
