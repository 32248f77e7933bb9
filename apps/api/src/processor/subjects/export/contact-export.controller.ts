import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import type { SubjectExport } from '@lawful/rights';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { WorkspaceRoles } from '../../../common/workspace-roles.decorator';
import { sendSubjectExport } from '../../../common/subject-export/send-subject-export.util';
import { SubjectExportQuery } from '../../../common/subject-export/subject-export.query';
import { SubjectExportService } from '../../../common/subject-export/subject-export.service';
import { Contact } from '../../crm/contact.entity';

/**
 * Access and portability exports of one CRM contact, for the workspace — the controller of its CRM data (policy
 * §5.4.3) — to answer the contact's request (GDPR Art. 15, 20; CCPA right to know; PIPEDA; Law 25). Owners and
 * admins only, purpose `compliance.subject_rights`. Everything reaching the contact in this workspace, derived
 * from the annotations, with each value's facts and the contact's processing history from the access audit.
 */
@Controller('workspaces/:workspaceId/subjects/:contactId/export')
@Purpose('compliance.subject_rights')
@WorkspaceRoles('owner', 'admin')
export class ContactExportController {
  constructor(private readonly exports: SubjectExportService) {}

  /**
   * The contact's data as JSON (nested by entity, with facts and history) or CSV (one row per value).
   *
   * @example
   * // GET /workspaces/:workspaceId/subjects/:contactId/export?format=csv&scope=portability
   */
  @Get()
  async export(
    @LawfulCtx() ctx: LawfulContext,
    @Param('contactId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) contactId: string,
    @Query() query: SubjectExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SubjectExport | string> {
    const doc = await this.exports.export(ctx, Contact, contactId, query, ctx.workspaceId);
    return sendSubjectExport(res, doc, query);
  }
}
