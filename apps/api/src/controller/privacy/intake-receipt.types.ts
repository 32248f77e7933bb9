/**
 * What the public intake answers, always the same shape whatever matched (it never reveals whether an email is
 * known anywhere): a reference for follow-ups and what happens next.
 *
 * @example
 * const receipt: IntakeReceipt = { reference: '…', status: 'received', message: INTAKE_MESSAGE };
 */
export interface IntakeReceipt {
  reference: string;
  status: 'received';
  message: string;
}

/**
 * The one explanation every intake receipt carries.
 *
 * @example
 * return { reference, status: 'received', message: INTAKE_MESSAGE };
 */
export const INTAKE_MESSAGE =
  'Your request is recorded. If a workspace customer of Aktok holds your data in its CRM, the request is forwarded to that workspace, which controls that data and answers you. If you hold an Aktok account, Aktok answers requests about it after verifying your identity (sign in and confirm it under /me/privacy/requests). Quote this reference in any follow-up.';
