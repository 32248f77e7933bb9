import { Module } from '@nestjs/common';
import { AccessLogController } from './access-log.controller';
import { AccessLogExplainer } from './access-log.explainer';
import { AccessLogService } from './access-log.service';
import { AuditShutdownHook } from './audit-shutdown.hook';

/**
 * The app's side of the access audit: the per-subject access log, and the flush of pending entries before the
 * database closes on shutdown. (Recording is `LawfulModule`'s, with `TypeOrmAuditSink` wired in `AppModule`.)
 *
 * @example
 * @Module({ imports: [AuditModule] }) class AppModule {}
 */
@Module({
  controllers: [AccessLogController],
  providers: [AccessLogService, AccessLogExplainer, AuditShutdownHook],
})
export class AuditModule {}
