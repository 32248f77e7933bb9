import { Module } from '@nestjs/common';
import { AccountErasureController } from './account-erasure.controller';
import { AccountErasureService } from './account-erasure.service';
import { PrivacyRequestsModule } from './privacy-requests.module';

/**
 * Controller side: account holders erase their own account under `/me/privacy/erasure`.
 *
 * @example
 * @Module({ imports: [AccountErasureModule] }) class AppModule {}
 */
@Module({ imports: [PrivacyRequestsModule], controllers: [AccountErasureController], providers: [AccountErasureService] })
export class AccountErasureModule {}
