import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * The engagement of one test contact, turned into rows by `insertScoringContacts`.
 *
 * @example
 * const spec: ContactSpec = { won: 1, inboundChats: 3, jobTitle: 'CTO' };
 */
export interface ContactSpec {
  jobTitle?: string | null;
  source?: string | null;
  company?: boolean;
  lastContactedDaysAgo?: number | null;
  inboundChats?: number;
  memberReplies?: number;
  inboundEmails?: number;
  notes?: number;
  openTasks?: number;
  doneTasks?: number;
  openDealValues?: number[];
  won?: number;
  lost?: number;
}

/** A workspace made for a scoring test, with its owner, a project and a company. */
export interface ScoringWorkspace {
  workspaceId: string;
  userId: string;
  projectId: string;
  companyId: string;
}

/** The as-of time of scoring tests (features are computed relative to it). */
export const SCORING_AS_OF = new Date('2026-06-01T00:00:00Z');

/**
 * Creates a user, a workspace it owns, a project and a company.
 *
 * @example
 * const ws = await createScoringWorkspace(dataSource, 'alpha');
 */
export async function createScoringWorkspace(dataSource: DataSource, slug: string): Promise<ScoringWorkspace> {
  const [userId, workspaceId, projectId, companyId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  await dataSource.query(`INSERT INTO users (id, name, email, password_hash) VALUES ($1, 'Owner', $2, 'x')`, [userId, `${slug}-${userId}@test.example`]);
  await dataSource.query(`INSERT INTO workspaces (id, name, slug, owner_id) VALUES ($1, $2, $3, $4)`, [workspaceId, slug, `${slug}-${workspaceId}`, userId]);
  await dataSource.query(`INSERT INTO projects (id, workspace_id, name) VALUES ($1, $2, 'Project')`, [projectId, workspaceId]);
  await dataSource.query(`INSERT INTO companies (id, workspace_id, name) VALUES ($1, $2, 'Acme')`, [companyId, workspaceId]);
  return { workspaceId, userId, projectId, companyId };
}

/**
 * Inserts one contact per spec into `ws` with its chats, emails, notes, tasks and deals; returns the contact ids.
 * `rowsAbout` (default: the new contacts) names the contact each engagement row points at: pointing rows of one
 * workspace at another workspace's contacts makes cross-workspace references for isolation tests.
 *
 * @example
 * const [a, b] = await insertScoringContacts(dataSource, ws, [{ won: 1 }, { lost: 2 }]);
 */
export async function insertScoringContacts(dataSource: DataSource, ws: ScoringWorkspace, specs: readonly ContactSpec[], rowsAbout?: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  const q = (sql: string, params: unknown[]) => dataSource.query(sql, params);
  for (const [i, s] of specs.entries()) {
    const id = randomUUID();
    ids.push(id);
    const lastContacted = s.lastContactedDaysAgo == null ? null : new Date(SCORING_AS_OF.getTime() - s.lastContactedDaysAgo * 86_400_000).toISOString();
    await q(`INSERT INTO contacts (id, workspace_id, first_name, job_title, source, company_id, last_contacted_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      id, ws.workspaceId, `Contact ${i}`, s.jobTitle ?? null, s.source ?? null, s.company ? ws.companyId : null, lastContacted,
    ]);
    const about = rowsAbout?.[i % rowsAbout.length] ?? id;
    const w = ws.workspaceId;
    if ((s.inboundChats ?? 0) + (s.memberReplies ?? 0) > 0) {
      const thread = randomUUID();
      await q(`INSERT INTO chat_threads (id, workspace_id, channel, contact_id) VALUES ($1, $2, 'live_chat', $3)`, [thread, w, about]);
      await q(`INSERT INTO chat_messages (workspace_id, thread_id, sender_contact_id, body, sent_at) SELECT $1, $2, $3, 'hi', now() FROM generate_series(1, $4::int)`, [w, thread, about, s.inboundChats ?? 0]);
      await q(`INSERT INTO chat_messages (workspace_id, thread_id, sender_user_id, body, sent_at) SELECT $1, $2, $3, 'hello', now() FROM generate_series(1, $4::int)`, [w, thread, ws.userId, s.memberReplies ?? 0]);
    }
    await q(`INSERT INTO email_messages (workspace_id, user_id, contact_id, from_address, message_id_header, sent_at, direction)
      SELECT $1, $2, $3, 'x@test.example', 'm-' || gen_random_uuid(), now(), 'inbound' FROM generate_series(1, $4::int)`, [w, ws.userId, about, s.inboundEmails ?? 0]);
    for (let n = 0; n < (s.notes ?? 0); n++) {
      const note = randomUUID();
      await q(`INSERT INTO notes (id, workspace_id, body, author_user_id) VALUES ($1, $2, 'note', $3)`, [note, w, ws.userId]);
      await q(`INSERT INTO note_contacts (workspace_id, note_id, contact_id) VALUES ($1, $2, $3)`, [w, note, about]);
    }
    await q(`INSERT INTO tasks (workspace_id, project_id, title, contact_id, status) SELECT $1, $2, 'Call', $3, CASE WHEN g <= $4::int THEN 'todo' ELSE 'done' END FROM generate_series(1, $4::int + $5::int) g`, [
      w, ws.projectId, about, s.openTasks ?? 0, s.doneTasks ?? 0,
    ]);
    const deals = [...(s.openDealValues ?? []).map((v) => ['open', v] as const), ...Array.from({ length: s.won ?? 0 }, () => ['won', 1000] as const), ...Array.from({ length: s.lost ?? 0 }, () => ['lost', 1000] as const)];
    for (const [outcome, value] of deals) {
      await q(`INSERT INTO deals (workspace_id, title, value, stage, contact_id, outcome, closed_at) VALUES ($1, 'Deal', $2, $3, $4, $3, $5)`, [
        w, value, outcome, about, outcome === 'open' ? null : SCORING_AS_OF.toISOString(),
      ]);
    }
  }
  return ids;
}

/**
 * A deterministic workspace of `n` contacts whose engagement loosely predicts a won deal: every third contact won,
 * every third lost, the others unlabeled; enough of each label to train.
 *
 * @example
 * const ids = await insertScoringContacts(dataSource, ws, trainableSpecs(24));
 */
export function trainableSpecs(n: number): ContactSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    jobTitle: i % 4 === 0 ? null : 'CTO',
    source: ['website', 'import', 'live_chat', 'referral'][i % 4],
    company: i % 5 !== 0,
    lastContactedDaysAgo: i % 7 === 0 ? null : (i * 13) % 200,
    inboundChats: i % 3 === 0 ? 3 + (i % 4) : i % 2,
    memberReplies: i % 3,
    inboundEmails: (i * 7) % 4,
    notes: i % 3,
    openTasks: i % 2,
    doneTasks: (i + 1) % 2,
    openDealValues: i % 4 === 1 ? [500 + i * 10] : [],
    won: i % 3 === 0 ? 1 : 0,
    lost: i % 3 === 1 ? 1 + (i % 2) : 0,
  }));
}
