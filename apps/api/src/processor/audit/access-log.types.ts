import type { LegalBasis, TransferSafeguard } from '@lawful/annotations';
import type { Page } from '../../common/pagination.util';

/**
 * A recipient (sub-processor) of fields an access touched, as Art. 15(1)(c) asks: who and in which countries.
 *
 * @example
 * const r: AccessLogRecipient = { id: 'anthropic', name: 'Anthropic', countries: ['US'], safeguard: 'scc', fields: ['lifecycleStage'] };
 */
export interface AccessLogRecipient {
  id: string;
  name: string;
  countries: string[];
  safeguard: TransferSafeguard;
  /** The accessed fields this recipient receives. */
  fields: string[];
}

/**
 * One recorded access to a data subject's data, explained from the annotations of the fields accessed.
 *
 * @example
 * const e: AccessLogEntry = { occurredAt: new Date(), actorId: 'u1', action: 'read', entity: 'Contact', fields: ['email'],
 *   purpose: { id: 'service.crm', name: 'CRM', legalBases: ['contract'] }, recipients: [] };
 */
export interface AccessLogEntry {
  occurredAt: Date;
  /** User id of the workspace member who accessed the data. */
  actorId: string | null;
  action: 'read' | 'create' | 'update' | 'delete';
  entity: string;
  fields: string[];
  /** The purpose of the access, its name and the legal bases that applied to the fields accessed. */
  purpose: { id: string; name: string; legalBases: LegalBasis[] };
  recipients: AccessLogRecipient[];
}

/**
 * A page of a data subject's access log, newest first.
 *
 * @example
 * const log: SubjectAccessLog = { subjectId: 'c1', items: [], page: 1, pageSize: 25, total: 0 };
 */
export interface SubjectAccessLog extends Page<AccessLogEntry> {
  subjectId: string;
}
