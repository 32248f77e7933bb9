import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import type { SubjectExport } from '@lawful/rights';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { sendSubjectExport } from '../../common/subject-export/send-subject-export.util';
import { SubjectExportQuery } from '../../common/subject-export/subject-export.query';
import { SubjectExportService } from '../../common/subject-export/subject-export.service';
import { User } from '../accounts/user.entity';

/**
 * Controller side: an account holder's own data, exported by themselves (policy §8.1(a), (d); GDPR Art. 15, 20).
 * The account holder's subject graph stays within Aktok's controller entities (account, sessions, billing, AI
 * conversations, support, consent, telemetry, memberships); the workspaces' CRM data is theirs to answer.
 */
@Controller('me/privacy/export')
@Purpose('compliance.subject_rights')
export class AccountExportController {
  constructor(private readonly exports: SubjectExportService) {}

  /**
   * The caller's own data as JSON or CSV.
   *
   * @example
   * // GET /me/privacy/export?format=json&scope=access
   */
  @Get()
  async export(@LawfulCtx() ctx: LawfulContext, @Query() query: SubjectExportQuery, @Res({ passthrough: true }) res: Response): Promise<SubjectExport | string> {
    const doc = await this.exports.export(ctx, User, ctx.userId, query);
    return sendSubjectExport(res, doc, query);
  }
}
