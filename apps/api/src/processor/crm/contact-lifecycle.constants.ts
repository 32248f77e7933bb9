/**
 * Lifecycle stages of a CRM contact (the values of `Contact.lifecycleStage`).
 *
 * @example
 * @IsIn(CONTACT_LIFECYCLE_STAGES) lifecycleStage?: string;
 */
export const CONTACT_LIFECYCLE_STAGES = ['subscriber', 'lead', 'qualified', 'opportunity', 'customer', 'churned', 'disqualified'] as const;
