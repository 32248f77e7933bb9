import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { WorkspaceRoles } from '../../../common/workspace-roles.decorator';
import type { ErasureCertificateView, ErasurePreview } from '../../../common/erasure/erasure-certificate-view.types';
import { ContactErasureService } from './contact-erasure.service';
import { EraseContactDto } from './erase-contact.dto';

const uuid = (name: string) => Param(name, new ParseUUIDPipe({ errorHttpStatusCode: 404 }));

/**
 * Processor side: erasure of a CRM contact (GDPR Art. 17; CCPA right to delete; PIPEDA; Law 25) by the workspace —
 * the controller of its CRM data (policy §5.4.3) — with Aktok executing it on its instructions (Art. 28(3)(e)).
 * Owners and admins only, purpose `compliance.subject_rights`. What is deleted, anonymized and retained comes from
 * the annotations alone; rows under a legal hold are kept and restricted; the certificate is stored.
 */
@Controller('workspaces/:workspaceId')
@Purpose('compliance.subject_rights')
@WorkspaceRoles('owner', 'admin')
export class ContactErasureController {
  constructor(private readonly erasures: ContactErasureService) {}

  /**
   * Dry run: the erasure plan with the rows each step would delete, anonymize and retain, and why.
   *
   * @example
   * // GET /workspaces/:workspaceId/subjects/:contactId/erasure
   */
  @Get('subjects/:contactId/erasure')
  preview(@LawfulCtx() ctx: LawfulContext, @uuid('contactId') contactId: string): Promise<ErasurePreview> {
    return this.erasures.preview(ctx, contactId);
  }

  /**
   * Erases the contact in one transaction and answers the certificate (201); `requestId` completes that erasure
   * request in the same transaction.
   *
   * @example
   * // POST /workspaces/:workspaceId/subjects/:contactId/erasure { "requestId": "…" }
   */
  @Post('subjects/:contactId/erasure')
  erase(@LawfulCtx() ctx: LawfulContext, @uuid('contactId') contactId: string, @Body() body: EraseContactDto): Promise<ErasureCertificateView> {
    return this.erasures.erase(ctx, contactId, body.requestId);
  }

  /**
   * A certificate this workspace stored, again.
   *
   * @example
   * // GET /workspaces/:workspaceId/erasure-certificates/:certificateId
   */
  @Get('erasure-certificates/:certificateId')
  certificate(@LawfulCtx() ctx: LawfulContext, @uuid('certificateId') id: string): Promise<ErasureCertificateView> {
    return this.erasures.certificate(ctx, id);
  }
}
