/**
 * One deadline extension as a request row stores it (jsonb): months or days, the reason told to the requester,
 * and when it was recorded (ISO 8601).
 *
 * @example
 * const extension: StoredExtension = { months: 2, reason: 'Records in 14 systems', at: '2025-01-20T10:00:00.000Z' };
 */
export type StoredExtension = ({ months: number; days?: never } | { days: number; months?: never }) & { reason: string; at: string };
