import { Module } from '@nestjs/common';
import { SubjectExportModule } from '../../../common/subject-export/subject-export.module';
import { ContactExportController } from './contact-export.controller';

/**
 * Processor side: exports of a workspace's CRM contacts, answered by the workspace (the controller).
 *
 * @example
 * @Module({ imports: [ContactExportModule] }) class AppModule {}
 */
@Module({ imports: [SubjectExportModule], controllers: [ContactExportController] })
export class ContactExportModule {}
