/**
 * Aktok's privacy policy (shared/reference/privacy-policy.txt), transcribed a second time as test data,
 * independently of the taxonomy files, so `policy-facts.spec.ts` catches drift between the two.
 */

/**
 * §2.1 (provided), §2.2 (collected automatically: observed, or derived from what was observed, such as the browser
 * parsed from a User-Agent), §2.5 (from third parties): row → fields representing it.
 */
export const POLICY_DATA_ROWS: { section: '2.1' | '2.2' | '2.5'; row: string; source?: string; fields: string[] }[] = [
  { section: '2.1', row: 'Account registration', fields: ['User.name', 'User.email', 'User.passwordHash', 'User.phone'] },
  { section: '2.1', row: 'Profile information', fields: ['User.firstName', 'User.lastName', 'User.timezone', 'User.language', 'User.photoUrl'] },
  { section: '2.1', row: 'Workspace data', fields: ['Workspace.name', 'Workspace.slug', 'Membership.role', 'Membership.permissions'] },
  { section: '2.1', row: 'CRM data', fields: ['Contact.firstName', 'Contact.email', 'Company.name', 'Deal.title', 'CustomFieldValue.value', 'Note.body', 'ContactTag.tagId'] },
  { section: '2.1', row: 'Project management data', fields: ['Task.title', 'TimeLog.minutes', 'Comment.body', 'Project.description'] },
  { section: '2.1', row: 'Communications', fields: ['ChatMessage.body', 'EmailMessage.bodyText', 'EmailMessage.subject'] },
  { section: '2.1', row: 'Files and attachments', fields: ['FileAttachment.fileName', 'FileAttachment.storageKey'] },
  { section: '2.1', row: 'Payment information', fields: ['PaymentRecord.cardToken', 'PaymentRecord.billingStreet', 'PaymentRecord.billingCity'] },
  { section: '2.1', row: 'AI interactions', fields: ['AiMessage.content', 'ChatbotConfiguration.systemPrompt'] },
  { section: '2.1', row: 'Enrichment lookups', fields: ['EnrichmentLookup.identifier'] },
  { section: '2.1', row: 'Website builder content', fields: ['WebsitePage.content', 'WebsitePage.seoSettings', 'BrandKit.logoUrl'] },
  { section: '2.1', row: 'Support requests', fields: ['SupportRequest.message', 'SupportRequest.feedbackRating'] },
  { section: '2.2', row: 'Device and browser information', fields: ['AuthSession.ipAddress', 'AuthSession.browser', 'AuthSession.operatingSystem', 'AuthSession.deviceType'] },
  { section: '2.2', row: 'Usage analytics', fields: ['AnalyticsEvent.page', 'AnalyticsEvent.feature', 'AnalyticsEvent.sessionDurationMs', 'AnalyticsEvent.clickData'] },
  { section: '2.2', row: 'Session recordings', fields: ['SessionRecording.events'] },
  { section: '2.2', row: 'Cookies and similar technologies', fields: ['AuthSession.tokenHash', 'AnalyticsEvent.visitorId'] },
  { section: '2.2', row: 'Error and diagnostic data', fields: ['ErrorEvent.stackTrace', 'ErrorEvent.errorContext', 'ErrorEvent.sessionId'] },
  { section: '2.2', row: 'Email tracking data', fields: ['EmailTrackingEvent.eventType', 'EmailTrackingEvent.linkUrl'] },
  { section: '2.2', row: 'Push notification data', fields: ['PushToken.deviceToken'] },
  { section: '2.2', row: 'Server logs', fields: ['ServerLog.endpoint', 'ServerLog.statusCode'] },
  { section: '2.5', row: 'Google OAuth', source: 'google_oauth', fields: ['User.googleSubjectId', 'User.googleAvatarUrl'] },
  { section: '2.5', row: 'SSO provider', source: 'sso_provider', fields: ['User.ssoClaims'] },
  { section: '2.5', row: 'QuickEmailVerification', source: 'quickemailverification', fields: ['User.emailValidity'] },
  { section: '2.5', row: 'NumVerify / Telnyx', source: 'numverify', fields: ['User.phoneValidity'] },
];

/** §3.1 purposes and their GDPR basis; §4.4 consent purposes; §3.2 exclusions (prohibited). */
export const POLICY_PURPOSES: { key: string; basis: string | null; prohibited?: true }[] = [
  { key: 'service', basis: 'contract' },
  { key: 'ai', basis: 'contract' },
  { key: 'enrichment', basis: 'legitimate_interests' },
  { key: 'security', basis: 'contract' },
  { key: 'payments', basis: 'contract' },
  { key: 'support', basis: 'legitimate_interests' },
  { key: 'improvement', basis: 'legitimate_interests' },
  { key: 'communication', basis: 'contract' },
  { key: 'compliance', basis: 'legal_obligation' },
  { key: 'analytics', basis: 'consent' },
  { key: 'analytics.session_recording', basis: 'consent' },
  { key: 'communication.push', basis: 'consent' },
  { key: 'marketing', basis: 'consent' },
  { key: 'sale_of_data', basis: null, prohibited: true },
  { key: 'ad_targeting_on_content', basis: null, prohibited: true },
  { key: 'model_training', basis: null, prohibited: true },
];

/** §5.2 sub-processors: countries (§5.2 location, §6), status, self-hosting. */
export const POLICY_SUBPROCESSORS: { key: string; name: string; countries: string[]; status: 'active' | 'planned'; selfHosted?: true }[] = [
  { key: 'anthropic', name: 'Anthropic', countries: ['US'], status: 'active' },
  { key: 'google_gemini', name: 'Gemini', countries: ['US'], status: 'active' },
  { key: 'groq', name: 'Groq', countries: ['US'], status: 'active' },
  { key: 'openai', name: 'OpenAI', countries: ['US'], status: 'planned' },
  { key: 'cohere', name: 'Cohere', countries: ['US', 'CA'], status: 'planned' },
  { key: 'voyage_ai', name: 'Voyage AI', countries: ['US'], status: 'planned' },
  { key: 'mistral', name: 'Mistral', countries: ['FR'], status: 'planned' },
  { key: 'jina_ai', name: 'Jina AI', countries: ['DE'], status: 'active' },
  { key: 'rasa', name: 'Rasa', countries: ['CA'], status: 'active', selfHosted: true },
  { key: 'google_dialogflow', name: 'Dialogflow', countries: ['US'], status: 'active' },
  { key: 'qdrant', name: 'Qdrant', countries: ['CA'], status: 'active', selfHosted: true },
  { key: 'stripe', name: 'Stripe', countries: ['US'], status: 'active' },
  { key: 'matomo', name: 'Matomo', countries: ['CA'], status: 'active', selfHosted: true },
  { key: 'posthog', name: 'PostHog', countries: ['US'], status: 'active' },
  { key: 'google_analytics', name: 'Google Analytics 4', countries: ['US'], status: 'active' },
  { key: 'microsoft_clarity', name: 'Microsoft Clarity', countries: ['US'], status: 'active' },
  { key: 'meta_pixel', name: 'Meta', countries: ['US'], status: 'active' },
  { key: 'google_ads', name: 'Google Ads', countries: ['US'], status: 'active' },
  { key: 'firebase', name: 'Firebase', countries: ['US'], status: 'active' },
  { key: 'telnyx', name: 'Telnyx', countries: ['US'], status: 'active' },
  { key: 'betterstack', name: 'BetterStack', countries: ['US'], status: 'active' },
  { key: 'sentry', name: 'Sentry', countries: ['US'], status: 'active' },
  { key: 'quickemailverification', name: 'QuickEmailVerification', countries: ['US'], status: 'active' },
  { key: 'numverify', name: 'NumVerify', countries: ['US'], status: 'active' },
];

/** §7.2 retention table. */
export const POLICY_RETENTION: { key: string; row: string; period: string; trigger: string }[] = [
  { key: 'account', row: 'Account data', period: 'P30D', trigger: 'account_closure' },
  { key: 'workspace_data', row: 'CRM and project management data', period: 'P30D', trigger: 'workspace_closure' },
  { key: 'communication_logs', row: 'Communication logs', period: 'P30D', trigger: 'workspace_closure' },
  { key: 'payment_records', row: 'Payment records', period: 'P7Y', trigger: 'last_transaction' },
  { key: 'server_logs', row: 'Server logs', period: 'P90D', trigger: 'creation' },
  { key: 'analytics', row: 'Analytics data', period: 'P26M', trigger: 'creation' },
  { key: 'error_tracking', row: 'Error tracking data', period: 'P90D', trigger: 'creation' },
  { key: 'email_tracking', row: 'Email tracking data', period: 'P12M', trigger: 'creation' },
  { key: 'backups', row: 'Backup data', period: 'P30D', trigger: 'primary_deletion' },
];
