import { Init1795622804423 } from './1795622804423-init.migration';
import { AccessAudit1795630912750 } from './1795630912750-access-audit.migration';
import { SubjectStateAndFieldRestrictions1795630915558 } from './1795630915558-subject-state-and-field-restrictions.migration';
import { AuditRecordIdsOnce1795636014470 } from './1795636014470-audit-record-ids-once.migration';
import { SubjectRequests1796156829397 } from './1796156829397-subject-requests.migration';
import { ErasureRestrictions1796157598601 } from './1796157598601-erasure-restrictions.migration';
import { SubjectPathIndexes1796162522975 } from './1796162522975-subject-path-indexes.migration';
import { LeadScoringModels1796166564046 } from './1796166564046-lead-scoring-models.migration';
import { AutomatedDecisions1796167638323 } from './1796167638323-automated-decisions.migration';
import { ChatThreadAssignee1796167981632 } from './1796167981632-chat-thread-assignee.migration';

/** Schema migrations, oldest first; the same list runs on PostgreSQL and PGlite. */
export const MIGRATIONS = [Init1795622804423, AccessAudit1795630912750, SubjectStateAndFieldRestrictions1795630915558, AuditRecordIdsOnce1795636014470, SubjectRequests1796156829397, ErasureRestrictions1796157598601, SubjectPathIndexes1796162522975, LeadScoringModels1796166564046, AutomatedDecisions1796167638323, ChatThreadAssignee1796167981632];
