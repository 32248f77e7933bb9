import type { AccessAuditRecordInput } from './access-audit.types';
import type { AuditBuffer } from './audit.buffer';

/**
 * The request facts every audit entry of one request carries.
 *
 * @example
 * const facts: AccessAuditFacts = { actorId: 'u1', workspaceId: 'w1', purpose: 'service.crm' };
 */
export interface AccessAuditFacts {
  actorId: string | null;
  workspaceId: string | null;
  purpose: string;
}

/**
 * The `LawfulContext.audit` function of one request: completes an entry with the time and the request facts
 * and queues it on `buffer` (no database round trip; waits only when the buffer is full).
 *
 * @example
 * const audit = accessAuditRecorder(buffer, { actorId: userId, workspaceId, purpose });
 * await audit({ entity: 'Contact', action: 'read', recordIds: ['c1'], subjectIds: ['c1'], fields: ['email'] });
 */
export function accessAuditRecorder(buffer: AuditBuffer, facts: AccessAuditFacts): (entry: AccessAuditRecordInput) => Promise<void> {
  const { actorId, workspaceId, purpose } = facts;
  return ({ entity, action, recordIds, subjectIds, fields }) =>
    buffer.record({ occurredAt: new Date(), actorId, workspaceId, purpose, entity, action, recordIds: [...recordIds], subjectIds: [...subjectIds], fields: [...fields] });
}
