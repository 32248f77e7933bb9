import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { WorkspaceRoles } from '../../common/workspace-roles.decorator';
import type { ContactConsent } from './contact-consent.entity';
import type { ContactObjection } from './contact-objection.entity';
import type { ContactProcessingRestriction } from './contact-processing-restriction.entity';
import { RecordConsentDto } from './record-consent.dto';
import { RecordObjectionDto } from './record-objection.dto';
import { RestrictProcessingDto } from './restrict-processing.dto';
import { SubjectRightsService } from './subject-rights.service';

const contactId = () => Param('contactId', new ParseUUIDPipe({ errorHttpStatusCode: 404 }));

/**
 * Consent, objections and restriction of a CRM contact (policy §8.2 (d), (f), (h)), set by the workspace's
 * owners and admins. Purpose `compliance.subject_rights` (legal obligation, allowed when restricted): honouring
 * rights is the controller's obligation, and a restricted contact must stay manageable, so not `service.crm`.
 */
@Controller('workspaces/:workspaceId/subjects/:contactId')
@Purpose('compliance.subject_rights')
@WorkspaceRoles('owner', 'admin')
export class SubjectsController {
  constructor(private readonly rights: SubjectRightsService) {}

  /**
   * Records consent granted or withdrawn (the latest record per purpose is in force).
   *
   * @example
   * // POST /workspaces/:workspaceId/subjects/:contactId/consents { "purpose": "service.communications.campaigns", "granted": true, "method": "web_form" }
   */
  @Post('consents')
  consent(@LawfulCtx() ctx: LawfulContext, @contactId() id: string, @Body() body: RecordConsentDto): Promise<ContactConsent> {
    return this.rights.recordConsent(ctx, id, body);
  }

  /** Records an objection to a legitimate-interest purpose (and its descendants). */
  @Post('objections')
  object(@LawfulCtx() ctx: LawfulContext, @contactId() id: string, @Body() body: RecordObjectionDto): Promise<ContactObjection> {
    return this.rights.object(ctx, id, body.purpose);
  }

  /** Withdraws the objection to `purpose`. */
  @Delete('objections/:purpose')
  @HttpCode(204)
  withdraw(@LawfulCtx() ctx: LawfulContext, @contactId() id: string, @Param('purpose') purpose: string): Promise<void> {
    return this.rights.withdrawObjection(ctx, id, purpose);
  }

  /** Restricts processing of the contact (Art. 18). */
  @Post('restriction')
  restrict(@LawfulCtx() ctx: LawfulContext, @contactId() id: string, @Body() body: RestrictProcessingDto): Promise<ContactProcessingRestriction> {
    return this.rights.restrict(ctx, id, body.reason);
  }

  /** Lifts the restriction. */
  @Delete('restriction')
  @HttpCode(204)
  lift(@LawfulCtx() ctx: LawfulContext, @contactId() id: string): Promise<void> {
    return this.rights.lift(ctx, id);
  }
}
