export type { AccessAuditEntry, AuditSink } from './audit/access-audit.types';
export { AuditBuffer } from './audit/audit.buffer';
export type { AuditBufferOptions } from './audit/audit.buffer';
export { AuditFlushError } from './audit/audit-flush.error';

export { PURPOSES_METADATA, LAWFUL_CONTEXT_KEY, LAWFUL_OPTIONS, DEFAULT_PURPOSE_HEADER } from './constants';
export { LawfulModule } from './module/lawful.module';
export type { LawfulModuleOptions, LawfulModuleAsyncOptions, LawfulIdentity } from './module/lawful-module-options.types';
export { Purpose } from './purpose/purpose.decorator';
export { PurposeGuard } from './purpose/purpose.guard';
export { selectRequestPurpose } from './purpose/request-purpose.util';
export type { LawfulContext } from './context/lawful-context.types';
export { getLawfulContext, findLawfulContext } from './context/lawful-context.util';
export { LawfulCtx } from './context/lawful-ctx.decorator';
export { LawfulContextMissingError } from './context/lawful-context-missing.error';
export { LawfulExceptionFilter } from './errors/lawful-exception.filter';
export { purposeBadRequest } from './errors/purpose-bad-request.util';
export { RoutePurposeError } from './purpose/route-purpose.error';
