import { Module } from '@nestjs/common';
import { AccessLogController } from './access-log.controller';
import { AccessLogExplainer } from './access-log.explainer';
import { AccessLogService } from './access-log.service';

/**
 * The app's side of the access audit: the per-subject access log. (Recording, and the flush of pending entries
 * before the database closes on shutdown, are `LawfulModule`'s, with `TypeOrmAuditSink` wired in `AppModule`.)
 *
 * @example
 * @Module({ imports: [AuditModule] }) class AppModule {}
 */
@Module({
  controllers: [AccessLogController],
  providers: [AccessLogService, AccessLogExplainer],
  exports: [AccessLogService],
})
export class AuditModule {}
