import type { EntityManager } from 'typeorm';
import type { WorkspaceRole } from '../../../controller/workspaces/workspace-role';

/**
 * An unclassified inbound message of a contact's thread, with the contact's state for the run's purpose; `body` is
 * only read when the contact is neither restricted nor objecting (null otherwise).
 *
 * @example
 * const pending: PendingMessage = { id, threadId, contactId, body: 'Why was I charged twice?', sentAt, restricted: false, objected: false };
 */
export interface PendingMessage {
  id: string;
  threadId: string;
  contactId: string;
  body: string | null;
  sentAt: Date;
  restricted: boolean;
  objected: boolean;
}

/**
 * A thread as routing sees it: its contact, current assignee, the contact's owner and the member who last replied.
 *
 * @example
 * const facts: ThreadFacts = { id, contactId, assignedUserId: null, contactOwnerId, lastReplierId: null };
 */
export interface ThreadFacts {
  id: string;
  contactId: string;
  assignedUserId: string | null;
  contactOwnerId: string | null;
  lastReplierId: string | null;
}

/**
 * The workspace's unclassified inbound messages (sent by the contact of their thread), oldest first. Contacts under
 * a restriction in force (when `withholdRestricted`) or an objection in force to one of `objectionPurposes` are
 * flagged and their message bodies not read.
 *
 * @example
 * const pending = await pendingInboundMessages(manager, workspaceId, ['ai.intent_routing', 'ai'], true);
 */
export async function pendingInboundMessages(manager: EntityManager, workspaceId: string, objectionPurposes: readonly string[], withholdRestricted: boolean): Promise<PendingMessage[]> {
  const rows = (await manager.query(
    `WITH pending AS (
       SELECT m.id, m.thread_id, m.sender_contact_id AS contact_id, m.sent_at,
         $3::boolean AND EXISTS (SELECT 1 FROM contact_processing_restrictions r WHERE r.workspace_id = $1 AND r.contact_id = m.sender_contact_id AND r.lifted_at IS NULL) AS restricted,
         EXISTS (SELECT 1 FROM contact_objections o WHERE o.workspace_id = $1 AND o.contact_id = m.sender_contact_id AND o.withdrawn_at IS NULL AND o.purpose = ANY($2::text[])) AS objected
       FROM chat_messages m JOIN chat_threads t ON t.id = m.thread_id AND t.workspace_id = $1
       WHERE m.workspace_id = $1 AND m.intent IS NULL AND t.contact_id IS NOT NULL AND m.sender_contact_id = t.contact_id
     )
     SELECT p.id, p.thread_id, p.contact_id, p.sent_at, p.restricted, p.objected,
       CASE WHEN p.restricted OR p.objected THEN NULL ELSE (SELECT m.body FROM chat_messages m WHERE m.id = p.id) END AS body
     FROM pending p ORDER BY p.sent_at, p.id`,
    [workspaceId, [...objectionPurposes], withholdRestricted],
  )) as { id: string; thread_id: string; contact_id: string; sent_at: Date | string; restricted: boolean; objected: boolean; body: string | null }[];
  return rows.map((r) => ({ id: r.id, threadId: r.thread_id, contactId: r.contact_id, body: r.body, sentAt: new Date(r.sent_at), restricted: r.restricted, objected: r.objected }));
}

/**
 * Writes the intents of messages still unclassified (one statement); returns how many rows changed.
 *
 * @example
 * await writeIntents(manager, workspaceId, [{ id: messageId, intent: 'billing' }]);
 */
export async function writeIntents(manager: EntityManager, workspaceId: string, rows: readonly { id: string; intent: string }[]): Promise<number> {
  if (rows.length === 0) return 0;
  const written = (await manager.query(
    `WITH written AS (
       UPDATE chat_messages m SET intent = u.intent, updated_at = now() FROM unnest($2::uuid[], $3::text[]) AS u(id, intent)
        WHERE m.id = u.id AND m.workspace_id = $1 AND m.intent IS NULL RETURNING m.id
     ) SELECT count(*)::int AS n FROM written`,
    [workspaceId, rows.map((r) => r.id), rows.map((r) => r.intent)],
  )) as [{ n: number }];
  return Number(written[0].n);
}

/**
 * Routing facts of some threads of the workspace, the members' roles and the workspace owner.
 *
 * @example
 * const { threads, roles, workspaceOwnerId } = await routingFacts(manager, workspaceId, threadIds);
 */
export async function routingFacts(
  manager: EntityManager,
  workspaceId: string,
  threadIds: readonly string[],
): Promise<{ threads: ThreadFacts[]; roles: Map<string, WorkspaceRole>; workspaceOwnerId: string }> {
  const threads = (await manager.query(
    `SELECT t.id, t.contact_id AS "contactId", t.assigned_user_id AS "assignedUserId", c.owner_user_id AS "contactOwnerId",
       (SELECT m.sender_user_id FROM chat_messages m WHERE m.workspace_id = $1 AND m.thread_id = t.id AND m.sender_user_id IS NOT NULL
         ORDER BY m.sent_at DESC, m.id DESC LIMIT 1) AS "lastReplierId"
     FROM chat_threads t JOIN contacts c ON c.id = t.contact_id AND c.workspace_id = $1
     WHERE t.workspace_id = $1 AND t.id = ANY($2::uuid[]) ORDER BY t.id`,
    [workspaceId, [...threadIds]],
  )) as ThreadFacts[];
  const members = (await manager.query('SELECT user_id, role FROM memberships WHERE workspace_id = $1', [workspaceId])) as { user_id: string; role: WorkspaceRole }[];
  const [{ owner_id }] = (await manager.query('SELECT owner_id FROM workspaces WHERE id = $1', [workspaceId])) as [{ owner_id: string }];
  return { threads, roles: new Map(members.map((m) => [m.user_id, m.role])), workspaceOwnerId: owner_id };
}
