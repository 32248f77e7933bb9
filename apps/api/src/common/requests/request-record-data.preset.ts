import { personalDataPreset } from '@lawful/annotations';

/**
 * `@PersonalData` of a request record's personal columns, kept under `retention` (the retention class of the data
 * the request is about) and, on erasure, kept under a legal hold as proof the request was answered in time.
 *
 * @example
 * const RequestRecord = requestRecordData('workspace_data');
 * class SubjectRequest { @RequestRecord({ category: 'user.contact.email' }) requesterEmail!: string | null; }
 */
export function requestRecordData(retention: string) {
  return personalDataPreset({
    purposes: ['compliance.subject_rights'],
    source: 'provided',
    retention,
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'record that a data-subject request was received and answered in time (GDPR Art. 5(2), 12(3); CCPA regulations §7101)' } },
  });
}
