import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { WorkspaceRoles } from '../../common/workspace-roles.decorator';
import { WorkspaceExportQuery } from './workspace-export.query';
import { WorkspaceExportService } from './workspace-export.service';

/**
 * Export of all the workspace's data the platform processes for it — processing as processor on the
 * workspace's instruction (policy §5.4.3: Aktok supports controllers with data export tools; GDPR Art. 28(3)).
 * Owners only: it hands over every contact, deal, note and message at once.
 *
 * Purpose `service.workspace` (multi-tenant service delivery: workspaces, memberships, roles): the export is a
 * feature of the workspace as a tenant, spanning every processor purpose's data (CRM, projects, communications),
 * so no single child purpose such as `service.crm` covers it; `compliance.subject_rights` is for requests of one
 * data subject (see the contact export), which this is not.
 */
@Controller('workspaces/:workspaceId/export')
@Purpose('service.workspace')
@WorkspaceRoles('owner')
export class WorkspaceExportController {
  constructor(private readonly exports: WorkspaceExportService) {}

  /**
   * Streams the workspace's rows from one database snapshot: `format=csv&entity=Contact` (RFC 4180, header row
   * of the annotated properties) or `format=jsonl` (default; one `{"entity","record"}` line per row of every
   * exported entity, `entity=` to keep one). Sent as an attachment. Errors before the first byte are JSON
   * (400 unsupported format or unknown entity, naming the allowed ones; 403 not an owner; 404 not your
   * workspace); an error after streaming started aborts the response (truncated transfer, never a partial file
   * that looks complete).
   *
   * @example
   * // GET /workspaces/:workspaceId/export?format=csv&entity=Contact
   */
  @Get()
  @ApiProduces('text/csv', 'application/x-ndjson')
  async export(@LawfulCtx() ctx: LawfulContext, @Query() query: WorkspaceExportQuery, @Res() res: Response): Promise<void> {
    await this.exports.stream(ctx, query, res);
  }
}
