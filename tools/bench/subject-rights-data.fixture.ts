import type { DataSource } from 'typeorm';

/** Per-contact volumes generated around each contact (averages; each row picks its contact at random). */
export const SUBJECT_VOLUMES = {
  deals: 1,
  notes: 1.5,
  /** Share of notes linked to a second contact (a note shared by two contacts). */
  sharedNotes: 0.2,
  chatThreads: 0.4,
  messagesPerThread: 3,
  emails: 2,
  tasks: 0.3,
  /** Contact tags: 0, 1 or 2 per contact (1 on average), of 20 tags. */
  tags: 1,
  customFieldValues: 0.5,
  leadScores: 0.5,
  attachments: 0.1,
  consents: 0.3,
  /** Access-audit entries naming the contact (its processing history). */
  auditEntries: 2,
} as const;

/**
 * Where the generated rows go: the workspace, a member used as author/mailbox/uploader, and one of its projects.
 *
 * @example
 * const into: GenerationTarget = { workspaceId, userId: ownerId, projectId, prefix: 'demo' };
 */
export interface GenerationTarget {
  workspaceId: string;
  userId: string;
  projectId: string;
  /** Makes generated ids and unique texts distinct per workspace. */
  prefix: string;
}

/**
 * Inserts `contacts` contacts into one workspace with set-based SQL (generate_series), and around them deals, notes
 * (some shared by two contacts through note_contacts), chat threads and messages (the contact sends every other
 * message), email messages, tasks, contact tags, custom field values, lead scores, attachments, consents and
 * access-audit entries, in the proportions of `SUBJECT_VOLUMES`. Contact ids are `md5(prefix-c-n)` as uuids, so the
 * statements refer to "contact n" without a lookup table. Values are inlined (checked uuids, a letters-only prefix).
 *
 * @example
 * await generateSubjectData(dataSource, { workspaceId, userId, projectId, prefix: 'demo' }, 100_000);
 */
export async function generateSubjectData(dataSource: DataSource, into: GenerationTarget, contacts: number): Promise<void> {
  const v = SUBJECT_VOLUMES;
  const n = Math.trunc(contacts);
  if (!UUID.test(into.workspaceId) || !UUID.test(into.userId) || !UUID.test(into.projectId) || !/^[a-z]+$/.test(into.prefix)) throw new Error('generateSubjectData: ids must be uuids and the prefix lowercase letters');
  const [ws, user, project, prefix] = [`'${into.workspaceId}'::uuid`, `'${into.userId}'::uuid`, `'${into.projectId}'::uuid`, `'${into.prefix}'`];
  const id = (kind: string, k: string) => `md5(${prefix} || '-${kind}-' || (${k}))::uuid`; // "contact k", "note k", "thread k"
  const rnd = `(1 + floor(random() * ${n})::int)`; // a contact at random
  const count = (perContact: number) => Math.round(n * perContact);
  const ago = (days: number) => `now() - random() * interval '${days} days'`;
  const statements = [
    `INSERT INTO contacts (id, workspace_id, first_name, last_name, email, phone, job_title, owner_user_id, address_city, address_country, lifecycle_stage, source, last_contacted_at, do_not_contact)
      SELECT ${id('c', 'g')}, ${ws}, 'First' || g, 'Last' || (g % 997), 'person' || g || '@' || ${prefix} || '.example', '+1-555-' || lpad((g % 10000)::text, 4, '0'),
        (ARRAY['CEO','CTO','Buyer','Founder'])[1 + g % 4], ${user}, 'Montréal', 'CA', (ARRAY['lead','qualified','customer'])[1 + g % 3], 'import', ${ago(300)}, g % 20 = 0
      FROM generate_series(1, ${n}) g`,
    `INSERT INTO deals (workspace_id, title, value, currency, stage, contact_id, owner_user_id, outcome)
      SELECT ${ws}, 'Deal ' || g, (g % 500) * 100, 'CAD', 'new', ${id('c', rnd)}, ${user}, (ARRAY['open','open','won','lost'])[1 + g % 4] FROM generate_series(1, ${count(v.deals)}) g`,
    `INSERT INTO notes (id, workspace_id, body, author_user_id)
      SELECT ${id('n', 'g')}, ${ws}, 'Called about the renewal; follow up next week. #' || g, ${user} FROM generate_series(1, ${count(v.notes)}) g`,
    `INSERT INTO note_contacts (workspace_id, note_id, contact_id)
      SELECT ${ws}, ${id('n', 'g')}, ${id('c', rnd)} FROM generate_series(1, ${count(v.notes)}) g
      UNION ALL SELECT ${ws}, ${id('n', 'g')}, ${id('c', rnd)} FROM generate_series(1, ${count(v.notes * v.sharedNotes)}) g
      ON CONFLICT DO NOTHING`,
    `INSERT INTO chat_threads (id, workspace_id, channel, contact_id) SELECT ${id('t', 'g')}, ${ws}, 'live_chat', ${id('c', rnd)} FROM generate_series(1, ${count(v.chatThreads)}) g`,
    `INSERT INTO chat_messages (workspace_id, thread_id, sender_user_id, sender_contact_id, body, sent_at)
      SELECT ${ws}, t.id, CASE WHEN m % 2 = 0 THEN ${user} END, CASE WHEN m % 2 = 1 THEN t.contact_id END,
        CASE WHEN m % 2 = 1 THEN 'Hello, I have a question about my invoice.' ELSE 'Happy to help — let me check.' END, ${ago(200)}
      FROM chat_threads t CROSS JOIN generate_series(1, ${v.messagesPerThread}) m WHERE t.workspace_id = ${ws}`,
    `INSERT INTO email_messages (workspace_id, user_id, contact_id, from_address, to_addresses, subject, body_text, message_id_header, sent_at, direction)
      SELECT ${ws}, ${user}, ${id('c', 'k')}, 'person' || k || '@' || ${prefix} || '.example', '["sales@demo.test"]', 'Your quote', 'Thanks for the quote, a few questions inline.',
        '<bench-' || g || '@' || ${prefix} || '.example>', ${ago(300)}, 'inbound'
      FROM (SELECT g, ${rnd} AS k FROM generate_series(1, ${count(v.emails)}) g) s`,
    `INSERT INTO tasks (workspace_id, project_id, title, assignee_user_id, contact_id, due_at)
      SELECT ${ws}, ${project}, 'Call back', ${user}, ${id('c', rnd)}, now() + interval '7 days' FROM generate_series(1, ${count(v.tasks)}) g`,
    `INSERT INTO tags (workspace_id, name) SELECT ${ws}, 'bench-' || g FROM generate_series(1, 20) g`,
    `INSERT INTO contact_tags (workspace_id, contact_id, tag_id)
      SELECT ${ws}, ${id('c', 'g')}, tag.id FROM generate_series(1, ${n}) g CROSS JOIN generate_series(0, 1) t
        JOIN tags tag ON tag.workspace_id = ${ws} AND tag.name = 'bench-' || (1 + (g * 7 + t * 3) % 20)
      WHERE t < g % 3`,
    `INSERT INTO custom_field_definitions (workspace_id, name) VALUES (${ws}, 'Bench preference')`,
    `INSERT INTO custom_field_values (workspace_id, definition_id, contact_id, value)
      SELECT ${ws}, d.id, ${id('c', 'g')}, 'prefers email' FROM generate_series(1, ${n}) g JOIN custom_field_definitions d ON d.workspace_id = ${ws} AND d.name = 'Bench preference'
      WHERE g % ${Math.round(1 / v.customFieldValues)} = 0`,
    `INSERT INTO lead_scores (workspace_id, contact_id, score, model_version, explanation, scored_at)
      SELECT ${ws}, ${id('c', 'g')}, round(random()::numeric, 4), 'v3', '{"signals":["opened 3 emails"]}', ${ago(60)} FROM generate_series(1, ${n}) g
      WHERE g % ${Math.round(1 / v.leadScores)} = 0`,
    `INSERT INTO file_attachments (workspace_id, file_name, mime_type, size_bytes, storage_key, uploaded_by_user_id, contact_id)
      SELECT ${ws}, 'contract-' || g || '.pdf', 'application/pdf', 120000, ${prefix} || '/files/' || g, ${user}, ${id('c', rnd)} FROM generate_series(1, ${count(v.attachments)}) g`,
    `INSERT INTO contact_consents (workspace_id, contact_id, purpose, granted, method, recorded_by_user_id)
      SELECT ${ws}, ${id('c', rnd)}, 'service.communications.campaigns', true, 'web_form', ${user} FROM generate_series(1, ${count(v.consents)}) g`,
    `INSERT INTO access_audit_records (occurred_at, workspace_id, actor_id, purpose, entity, action, subject_ids, record_ids, fields)
      SELECT ${ago(80)}, ${ws}, ${user}, 'service.crm', 'Contact', 'read', ARRAY[${id('c', rnd)}], NULL, ARRAY['firstName','lastName','email'] FROM generate_series(1, ${count(v.auditEntries)}) g`,
  ];
  for (const sql of statements) await dataSource.query(sql);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
