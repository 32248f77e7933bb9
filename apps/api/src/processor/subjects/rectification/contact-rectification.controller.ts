import { type LawfulContext, LawfulCtx, Purpose } from '@lawful/nestjs';
import { Body, Controller, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { WorkspaceRoles } from '../../../common/workspace-roles.decorator';
import type { Contact } from '../../crm/contact.entity';
import { ContactsService } from '../../crm/contacts.service';
import { UpdateContactDto } from '../../crm/update-contact.dto';

/**
 * Rectification of a CRM contact on the contact's request (GDPR Art. 16, CCPA right to correct), by the
 * workspace's owners and admins. It is the same write as `PATCH …/contacts/:id` — same enforcement (`LawfulQuery`:
 * permitted fields of `service.crm`, workspace isolation, restricted contacts invisible, audit) — under the
 * subject-rights routes, so a request's handler needs no CRM write permission beyond the admin role.
 */
@Controller('workspaces/:workspaceId/subjects/:contactId/rectification')
@Purpose('service.crm')
@WorkspaceRoles('owner', 'admin')
export class ContactRectificationController {
  constructor(private readonly contacts: ContactsService) {}

  /**
   * Corrects the contact's fields; answers the contact as `GET …/contacts/:id` does.
   *
   * @example
   * // PATCH /workspaces/:workspaceId/subjects/:contactId/rectification { "lastName": "King" }
   */
  @Patch()
  rectify(@LawfulCtx() ctx: LawfulContext, @Param('contactId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string, @Body() body: UpdateContactDto): Promise<Contact> {
    return this.contacts.update(ctx, id, body);
  }
}
