export type { AccessAuditEntry, AuditSink } from './audit/access-audit.types';
export { AuditBuffer } from './audit/audit.buffer';
export type { AuditBufferOptions } from './audit/audit.buffer';
export { AuditFlushError } from './audit/audit-flush.error';
