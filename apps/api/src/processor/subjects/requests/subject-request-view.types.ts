import type { RequestView } from '../../../common/requests/request-view.types';

/**
 * A workspace's request record as the API shows it: the common view plus the CRM contact (when known), the
 * requester's email and who recorded it (`null` = routed by the platform).
 *
 * @example
 * const { contactId, requesterEmail, deadlines } = view;
 */
export type SubjectRequestView = RequestView & { contactId: string | null; requesterEmail: string | null; recordedByUserId: string | null };
