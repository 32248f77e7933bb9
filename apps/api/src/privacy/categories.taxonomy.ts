import type { DataCategoryDefinition } from '@lawful/annotations';

/** Aktok's own data categories, below the built-in (fideslang-compatible) ones. Parents first. */
export const CATEGORIES: DataCategoryDefinition[] = [
  { key: 'user.account.role', name: 'Workspace role and permissions' },
  { key: 'user.account.verification', name: 'Email or phone validity status' },
  { key: 'user.account.sso_claims', name: 'Identity claims from single sign-on' },
  { key: 'user.behavior.product_usage', name: 'Pages visited, features used, session duration, click patterns' },
  { key: 'user.behavior.session_recording', name: 'Mouse movements, clicks, scrolls and form interactions' },
  { key: 'user.behavior.email_engagement', name: 'Email open and link click events' },
  { key: 'user.commercial', name: 'Commercial relationship data' },
  { key: 'user.commercial.deal', name: 'Deals and opportunities' },
  { key: 'user.commercial.custom_field', name: 'Custom CRM field values' },
  { key: 'user.commercial.tag', name: 'Tags on CRM records' },
  { key: 'user.content.prompt', name: 'AI prompts and conversations' },
  { key: 'user.content.message', name: 'Chat and email messages' },
  { key: 'user.content.file', name: 'Uploaded files and their metadata' },
  { key: 'user.content.note', name: 'Notes and comments' },
  { key: 'user.content.task', name: 'Projects, tasks and time logs' },
  { key: 'user.content.website', name: 'Website builder content' },
  { key: 'user.content.support', name: 'Support requests and feedback' },
  { key: 'user.content.enrichment_query', name: 'Identifiers submitted for enrichment' },
  { key: 'user.device.browser', name: 'Browser type and version, operating system, device type' },
  { key: 'user.device.push_token', name: 'Push notification device token' },
  { key: 'user.inferred', name: 'Derived or inferred data' },
  { key: 'user.inferred.score', name: 'Lead score and its explanation' },
  { key: 'user.telemetry.error', name: 'Stack traces, error context, session identifiers' },
  { key: 'user.telemetry.server_log', name: 'Request timestamps, endpoints, response codes' },
];
