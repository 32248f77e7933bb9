import type { ErasureStepReport, ErasureSubject } from '@lawful/nestjs';

/**
 * An erasure certificate as the API answers it: its id, the kind of subject (never its id), when, the request it
 * answered and, per entity, what was deleted, anonymized and retained and why.
 *
 * @example
 * const view: ErasureCertificateView = { id, subject: { type: 'crm_contact', entity: 'Contact' }, executedAt, requestId: null, steps };
 */
export interface ErasureCertificateView {
  id: string;
  subject: ErasureSubject;
  executedAt: Date;
  requestId: string | null;
  steps: ErasureStepReport[];
}

/**
 * The dry run as the API answers it: the plan with the rows each step would delete, anonymize and retain.
 *
 * @example
 * const preview: ErasurePreview = { subject: { type: 'crm_contact', entity: 'Contact' }, steps, blockedBy: null };
 */
export interface ErasurePreview {
  subject: ErasureSubject;
  steps: ErasureStepReport[];
  /** Why the erasure would be refused now, and how to fix it; `null` when it can run. */
  blockedBy: string | null;
}
