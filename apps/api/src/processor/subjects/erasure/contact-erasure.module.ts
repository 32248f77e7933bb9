import { Module } from '@nestjs/common';
import { SubjectRequestsModule } from '../requests/subject-requests.module';
import { ContactErasureController } from './contact-erasure.controller';
import { ContactErasureService } from './contact-erasure.service';

/**
 * Processor side: workspaces erase their CRM contacts (dry run, execution, certificates).
 *
 * @example
 * @Module({ imports: [ContactErasureModule] }) class AppModule {}
 */
@Module({ imports: [SubjectRequestsModule], controllers: [ContactErasureController], providers: [ContactErasureService] })
export class ContactErasureModule {}
