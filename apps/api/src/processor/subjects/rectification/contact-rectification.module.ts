import { Module } from '@nestjs/common';
import { CrmModule } from '../../crm/crm.module';
import { ContactRectificationController } from './contact-rectification.controller';

/**
 * Processor side: rectification of a workspace's CRM contacts, on the workspace's instruction.
 *
 * @example
 * @Module({ imports: [ContactRectificationModule] }) class AppModule {}
 */
@Module({ imports: [CrmModule], controllers: [ContactRectificationController] })
export class ContactRectificationModule {}
