import { Module } from '@nestjs/common';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { DealsController } from './deals.controller';
import { DealsService } from './deals.service';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';

/**
 * CRM routes of the reference API: contacts, companies, deals and notes (purpose `service.crm`).
 *
 * @example
 * @Module({ imports: [CrmModule] }) class AppModule {}
 */
@Module({
  controllers: [ContactsController, CompaniesController, DealsController, NotesController],
  providers: [ContactsService, CompaniesService, DealsService, NotesService],
  exports: [ContactsService],
})
export class CrmModule {}
