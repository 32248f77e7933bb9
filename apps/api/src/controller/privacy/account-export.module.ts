import { Module } from '@nestjs/common';
import { SubjectExportModule } from '../../common/subject-export/subject-export.module';
import { AccountExportController } from './account-export.controller';

/**
 * Controller side: account holders export their own data under `/me/privacy`.
 *
 * @example
 * @Module({ imports: [AccountExportModule] }) class AppModule {}
 */
@Module({ imports: [SubjectExportModule], controllers: [AccountExportController] })
export class AccountExportModule {}
