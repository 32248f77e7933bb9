import { Module } from '@nestjs/common';
import { SubjectRequestsController } from './subject-requests.controller';
import { SubjectRequestsService } from './subject-requests.service';

/**
 * Data-subject requests about workspaces' CRM data: the routes for their owners and admins, and the service the
 * platform's intake routes requests through (and exports and erasures fulfil them through).
 *
 * @example
 * @Module({ imports: [SubjectRequestsModule] }) class PrivacyRequestsModule {}
 */
@Module({
  controllers: [SubjectRequestsController],
  providers: [SubjectRequestsService],
  exports: [SubjectRequestsService],
})
export class SubjectRequestsModule {}
