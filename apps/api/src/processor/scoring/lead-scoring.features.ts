/**
 * A column a lead-scoring feature reads, named as in the annotations (`storage.fieldOf(<entity class>, property)`).
 *
 * @example
 * const source: FeatureSourceField = { entity: 'Contact', property: 'jobTitle' };
 */
export interface FeatureSourceField {
  readonly entity: string;
  readonly property: string;
}

/**
 * One input of the lead-scoring model (policy §5.4.2(a): engagement signals and fit criteria). `sql` is a numeric
 * expression over one eligible contact `e` and its per-contact aggregates (see `leadScoringFeaturesSql`):
 * `chat_in`, `threads`, `email_in`, `notes`, `tasks`, `deals`; `$3` is the as-of timestamp, `$4` the inbound
 * sources. Personal source fields must be annotated for `ai.lead_scoring` and never special category (Art. 9,
 * Art. 22(4)); `lead-scoring.features.spec.ts` checks it against the annotations.
 *
 * @example
 * LEAD_SCORING_FEATURES.map((f) => f.key); // ['inbound_chat_messages', ...]
 */
export interface LeadScoringFeature {
  readonly key: string;
  readonly description: string;
  readonly sourceFields: readonly FeatureSourceField[];
  readonly sql: string;
}

/**
 * Contact sources counted as inbound (the contact came to the workspace: a web form or a live chat).
 *
 * @example
 * INBOUND_SOURCES.includes('live_chat'); // true
 */
export const INBOUND_SOURCES: readonly string[] = Object.freeze(['website', 'form', 'web_form', 'live_chat', 'chat']);

/** Days since the last exchange are capped here; a contact never contacted counts as this many days. */
const DAYS_CAP = 365;

const field = (entity: string, property: string): FeatureSourceField => Object.freeze({ entity, property });

/**
 * The model's features, in the order of its coefficients. Deal outcomes are the training label (see
 * `LEAD_SCORING_LABEL`), so no feature depends on whether a closed deal was won or lost: the deal features only
 * count deals still open (label leakage is tested by flipping outcomes).
 *
 * @example
 * const keys = LEAD_SCORING_FEATURES.map((f) => f.key);
 */
export const LEAD_SCORING_FEATURES: readonly LeadScoringFeature[] = Object.freeze(
  [
    {
      key: 'inbound_chat_messages',
      description: 'chat messages the contact sent',
      sourceFields: [field('ChatMessage', 'senderContactId')],
      sql: 'COALESCE(chat_in.n, 0)',
    },
    {
      key: 'thread_messages',
      description: "messages (from anyone) in the contact's chat threads",
      sourceFields: [field('ChatThread', 'contactId'), field('ChatMessage', 'threadId')],
      sql: 'COALESCE(threads.n, 0)',
    },
    {
      key: 'inbound_emails',
      description: 'emails received from the contact',
      sourceFields: [field('EmailMessage', 'contactId'), field('EmailMessage', 'direction')],
      sql: 'COALESCE(email_in.n, 0)',
    },
    {
      key: 'linked_notes',
      description: 'notes linked to the contact (counted, never read)',
      sourceFields: [field('NoteContact', 'contactId')],
      sql: 'COALESCE(notes.n, 0)',
    },
    {
      key: 'open_tasks',
      description: 'tasks about the contact not done yet',
      sourceFields: [field('Task', 'contactId'), field('Task', 'status')],
      sql: 'COALESCE(tasks.open_n, 0)',
    },
    {
      key: 'open_deals',
      description: "the contact's deals still open",
      sourceFields: [field('Deal', 'contactId'), field('Deal', 'outcome')],
      sql: 'COALESCE(deals.open_n, 0)',
    },
    {
      key: 'open_deal_value',
      description: "sum of the open deals' values (currencies not converted)",
      sourceFields: [field('Deal', 'contactId'), field('Deal', 'outcome'), field('Deal', 'value')],
      sql: 'COALESCE(deals.open_value, 0)',
    },
    {
      key: 'days_since_last_contact',
      description: `days since the latest email or chat exchange, at most ${DAYS_CAP} (also when never contacted)`,
      sourceFields: [field('Contact', 'lastContactedAt')],
      sql: `COALESCE(LEAST(${DAYS_CAP}, GREATEST(0, EXTRACT(EPOCH FROM ($3::timestamptz - e.last_contacted_at)) / 86400)), ${DAYS_CAP})`,
    },
    {
      key: 'has_job_title',
      description: 'a job title is known (1) or not (0); the title itself is not used',
      sourceFields: [field('Contact', 'jobTitle')],
      sql: "CASE WHEN btrim(COALESCE(e.job_title, '')) <> '' THEN 1 ELSE 0 END",
    },
    {
      key: 'inbound_source',
      description: `the contact came inbound (source ${INBOUND_SOURCES.join(', ')}): 1, else 0`,
      sourceFields: [field('Contact', 'source')],
      sql: 'CASE WHEN e.source = ANY($4::text[]) THEN 1 ELSE 0 END',
    },
    {
      key: 'has_company',
      description: 'the contact is linked to a company (1) or not (0)',
      sourceFields: [field('Contact', 'companyId')],
      sql: 'CASE WHEN e.company_id IS NOT NULL THEN 1 ELSE 0 END',
    },
  ].map((f) => Object.freeze({ ...f, sourceFields: Object.freeze(f.sourceFields) })),
);

/**
 * The training label: 1 when the contact has a won deal, 0 when its closed deals were all lost, none (not a
 * training row) when no deal of it is closed. Never a feature.
 *
 * @example
 * LEAD_SCORING_LABEL.sourceFields; // [{ entity: 'Deal', property: 'contactId' }, { entity: 'Deal', property: 'outcome' }]
 */
export const LEAD_SCORING_LABEL = Object.freeze({
  description: 'won deal (1); closed deals all lost (0); no closed deal: unlabeled',
  sourceFields: Object.freeze([field('Deal', 'contactId'), field('Deal', 'outcome')]),
  sql: 'CASE WHEN deals.won THEN 1 WHEN deals.lost THEN 0 END',
});
