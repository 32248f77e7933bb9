import { Module } from '@nestjs/common';
import { FieldRestrictionsController } from './field-restrictions.controller';
import { FieldRestrictionsService } from './field-restrictions.service';
import { MembershipsController } from './memberships.controller';
import { MembershipsService } from './memberships.service';
import { WorkspacesController } from './workspaces.controller';
import { WorkspacesService } from './workspaces.service';

/**
 * Workspaces, memberships and field restrictions (purpose `service.workspace`).
 *
 * @example
 * @Module({ imports: [WorkspacesModule] }) class AppModule {}
 */
@Module({
  controllers: [WorkspacesController, MembershipsController, FieldRestrictionsController],
  providers: [WorkspacesService, MembershipsService, FieldRestrictionsService],
})
export class WorkspacesModule {}
