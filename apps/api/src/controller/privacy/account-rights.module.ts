import { Module } from '@nestjs/common';
import { SubjectExportModule } from '../../common/subject-export/subject-export.module';
import { AccountConsentsController } from './account-consents.controller';
import { AccountExportController } from './account-export.controller';
import { AccountProfileController } from './account-profile.controller';

/**
 * Controller side (Aktok is the controller of account data): account holders exercise their rights themselves
 * under `/me/privacy` — export (access, portability), rectification of their profile, consent ledger.
 *
 * @example
 * @Module({ imports: [AccountRightsModule] }) class AppModule {}
 */
@Module({ imports: [SubjectExportModule], controllers: [AccountExportController, AccountProfileController, AccountConsentsController] })
export class AccountRightsModule {}
