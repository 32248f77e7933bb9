import type { ErasureAction, FieldErasurePlan, HeldField } from '@lawful/rights';

/**
 * How many rows of one entity an erasure deletes, anonymizes (keeps, with the subject's fields erased and the link
 * to the subject removed) and retains (keeps under a legal hold, restricted).
 *
 * @example
 * const rows: ErasureRowCounts = { deleted: 2, anonymized: 1, retained: 0 };
 */
export interface ErasureRowCounts {
  deleted: number;
  anonymized: number;
  retained: number;
}

/**
 * What erasure does (dry run) or did (certificate) with one entity's rows about the subject, and why — counts,
 * field names, strategies and reasons only, never a personal value.
 *
 * @example
 * const step: ErasureStepReport = { entity: 'Note', action: 'anonymize', rows: { deleted: 1, anonymized: 1, retained: 0 },
 *   fields: [{ property: 'body', category: 'user.content', strategy: 'redact', replacement: '[erased]' }], holds: [], reason: 'Note rows are shared…' };
 */
export interface ErasureStepReport {
  entity: string;
  action: ErasureAction;
  rows: ErasureRowCounts;
  /** Fields erased in the rows that are kept, with their strategy. */
  fields: FieldErasurePlan[];
  /** Fields kept under a legal hold (`retain`), with the Art. 17(3) reason. */
  holds: HeldField[];
  /** The plan's reason, plus what the schema made the executor do (a pure link row deleted, a link kept). */
  reason: string;
}

/**
 * The subject an erasure is about: its data-subject type and entity (never its id or values).
 *
 * @example
 * const subject: ErasureSubject = { type: 'crm_contact', entity: 'Contact' };
 */
export interface ErasureSubject {
  type: string;
  entity: string;
}

/**
 * The plan of one subject's erasure with the row counts it would touch; nothing written.
 *
 * @example
 * const run: ErasureDryRun = await executor.dryRun(contactId, { workspaceId });
 * run.steps.find((s) => s.entity === 'Deal')?.rows.deleted; // 3
 */
export interface ErasureDryRun {
  subject: ErasureSubject;
  steps: ErasureStepReport[];
}

/**
 * Proof of one erasure: what was deleted, anonymized and retained, and why (GDPR Art. 5(2), 17).
 *
 * @example
 * const certificate: ErasureCertificate = (await executor.execute(contactId, { workspaceId })).certificate;
 */
export interface ErasureCertificate extends ErasureDryRun {
  executedAt: Date;
}

/**
 * One row kept under a legal hold and restricted: which entity and row, why, and which fields the hold covers.
 *
 * @example
 * const record: ErasureRestrictionRecord = { entity: 'PaymentRecord', recordId: 'p1', reason: 'legal_obligation: tax records, 7 years', heldFields: ['amountCents'], restrictedAt: new Date() };
 */
export interface ErasureRestrictionRecord {
  entity: string;
  recordId: string;
  reason: string;
  heldFields: string[];
  restrictedAt: Date;
}

/**
 * Rows one statement of the erasure touched, for the access audit: `delete` (rows deleted) or `update` (rows kept
 * with fields erased, links removed or restricted), with the fields written.
 *
 * @example
 * touched.map((t) => ctx.audit?.({ entity: t.entity, action: t.action, recordIds: t.recordIds, subjectIds: [contactId], fields: t.fields }));
 */
export interface ErasureTouchedRows {
  entity: string;
  action: 'delete' | 'update';
  recordIds: string[];
  fields: string[];
}

/**
 * What `ErasureExecutor.execute` returns (and hands to `record` inside the transaction).
 *
 * @example
 * const { certificate, restrictions, touched } = await executor.execute(userId);
 */
export interface ErasureOutcome {
  certificate: ErasureCertificate;
  restrictions: ErasureRestrictionRecord[];
  touched: ErasureTouchedRows[];
}
