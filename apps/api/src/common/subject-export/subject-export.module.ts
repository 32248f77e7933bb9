import { Module } from '@nestjs/common';
import { AuditModule } from '../../processor/audit/audit.module';
import { SubjectExportService } from './subject-export.service';

/**
 * Data-subject exports built from the annotations, shared by the controller side (account holders, `/me/privacy`)
 * and the processor side (a workspace's CRM contacts, `/workspaces/:workspaceId/subjects`).
 *
 * @example
 * @Module({ imports: [SubjectExportModule], controllers: [AccountExportController] })
 */
@Module({
  imports: [AuditModule],
  providers: [SubjectExportService],
  exports: [SubjectExportService],
})
export class SubjectExportModule {}
