import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { PaginationQuery } from '../../common/pagination.query';
import { WorkspaceRoles } from '../../common/workspace-roles.decorator';
import { AccessLogService } from './access-log.service';
import type { SubjectAccessLog } from './access-log.types';

/**
 * Per-subject access log for the workspace (the controller of its CRM contacts) answering an access request
 * (GDPR Art. 15: purposes, recipients). Purpose `compliance.subject_rights`: honouring data subject rights,
 * incl. assisting workspace controllers (Art. 28(3)(e)). Owners and admins only.
 */
@Controller('workspaces/:workspaceId/subjects')
@Purpose('compliance.subject_rights')
@WorkspaceRoles('owner', 'admin')
export class AccessLogController {
  constructor(private readonly accessLog: AccessLogService) {}

  /**
   * A page of the accesses to a contact's data, newest first (`page`, `pageSize` ≤ 100): when, who (user id),
   * purpose with name and legal bases, action, entity, fields, and the recipients of those fields. 404 when the
   * contact is not in the workspace; 403 for members and viewers.
   *
   * @example
   * // GET /workspaces/:workspaceId/subjects/:contactId/access-log?page=1&pageSize=25
   */
  @Get(':contactId/access-log')
  list(@LawfulCtx() ctx: LawfulContext, @Param('contactId', new ParseUUIDPipe()) contactId: string, @Query() query: PaginationQuery): Promise<SubjectAccessLog> {
    return this.accessLog.forContact(ctx, contactId, query);
  }
}
