import { AccessAuditRecord } from './audit/access-audit-record.entity';
import { AutomatedDecision } from './decisions/entities/automated-decision.entity';
import { DecisionEffect } from './decisions/entities/decision-effect.entity';
import { DecisionEvent } from './decisions/entities/decision-event.entity';
import { DecisionReview } from './decisions/entities/decision-review.entity';
import { ChatMessage } from './communications/chat-message.entity';
import { ChatThread } from './communications/chat-thread.entity';
import { EmailMessage } from './communications/email-message.entity';
import { Company } from './crm/company.entity';
import { ContactTag } from './crm/contact-tag.entity';
import { Contact } from './crm/contact.entity';
import { CustomFieldDefinition } from './crm/custom-field-definition.entity';
import { CustomFieldValue } from './crm/custom-field-value.entity';
import { Deal } from './crm/deal.entity';
import { NoteContact } from './crm/note-contact.entity';
import { Note } from './crm/note.entity';
import { Tag } from './crm/tag.entity';
import { FileAttachment } from './files/file-attachment.entity';
import { Comment } from './projects/comment.entity';
import { Project } from './projects/project.entity';
import { Task } from './projects/task.entity';
import { TimeLog } from './projects/time-log.entity';
import { LeadScore } from './scoring/lead-score.entity';
import { LeadScoringModel } from './scoring/lead-scoring-model.entity';
import { ContactConsent } from './subjects/contact-consent.entity';
import { ContactObjection } from './subjects/contact-objection.entity';
import { ContactProcessingRestriction } from './subjects/contact-processing-restriction.entity';
import { ErasureCertificate } from './subjects/erasure/erasure-certificate.entity';
import { ErasureRestriction } from './subjects/erasure/erasure-restriction.entity';
import { SubjectRequestEvent } from './subjects/requests/subject-request-event.entity';
import { SubjectRequest } from './subjects/requests/subject-request.entity';

/** Entities whose data the platform processes as processor on behalf of a workspace (CRM, projects, communications). */
export const PROCESSOR_ENTITIES = [
  Contact,
  Company,
  Deal,
  Note,
  NoteContact,
  Tag,
  ContactTag,
  CustomFieldDefinition,
  CustomFieldValue,
  Project,
  Task,
  TimeLog,
  Comment,
  ChatThread,
  ChatMessage,
  EmailMessage,
  FileAttachment,
  LeadScore,
  LeadScoringModel,
  ContactConsent,
  ContactObjection,
  ContactProcessingRestriction,
  AccessAuditRecord,
  SubjectRequest,
  SubjectRequestEvent,
  ErasureCertificate,
  ErasureRestriction,
  AutomatedDecision,
  DecisionReview,
  DecisionEffect,
  DecisionEvent,
];
