import { Module } from '@nestjs/common';
import { WorkspaceExportController } from './workspace-export.controller';
import { WorkspaceExportService } from './workspace-export.service';

/**
 * The workspace export route (`GET /workspaces/:workspaceId/export`), owners only.
 *
 * @example
 * @Module({ imports: [WorkspaceExportModule] }) class AppModule {}
 */
@Module({
  controllers: [WorkspaceExportController],
  providers: [WorkspaceExportService],
})
export class WorkspaceExportModule {}
