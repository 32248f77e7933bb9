import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { DealsController } from './deals.controller';
import { DealsService } from './deals.service';

/**
 * CRM routes of the reference API: contacts and deals (purpose `service.crm`).
 *
 * @example
 * @Module({ imports: [CrmModule] }) class AppModule {}
 */
@Module({
  controllers: [ContactsController, DealsController],
  providers: [ContactsService, DealsService],
})
export class CrmModule {}
