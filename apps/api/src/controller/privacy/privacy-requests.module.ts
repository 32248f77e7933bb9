import { Module } from '@nestjs/common';
import { SubjectRequestsModule } from '../../processor/subjects/requests/subject-requests.module';
import { AccountPrivacyRequestsController } from './account-privacy-requests.controller';
import { AccountPrivacyRequestsService } from './account-privacy-requests.service';
import { PrivacyIntakeController } from './privacy-intake.controller';
import { PrivacyIntakeService } from './privacy-intake.service';

/**
 * Data-subject requests reaching the platform: account holders' own requests (controller data, `/me/privacy/requests`)
 * and the public intake (`/privacy/requests`), which routes requests about CRM data to the workspaces through
 * `SubjectRequestsModule`.
 *
 * @example
 * @Module({ imports: [PrivacyRequestsModule] }) class AppModule {}
 */
@Module({
  imports: [SubjectRequestsModule],
  controllers: [AccountPrivacyRequestsController, PrivacyIntakeController],
  providers: [AccountPrivacyRequestsService, PrivacyIntakeService],
  exports: [AccountPrivacyRequestsService, SubjectRequestsModule],
})
export class PrivacyRequestsModule {}
