import type { RecipientDefinition } from '@lawful/annotations';

// Policy §5.2 gives no location for the platform services; we record them in the USA, the conservative case,
// covered by SCCs (§6.4). Self-hosted services run on Aktok's own infrastructure in Canada (§2.3, §5.2).
const US: Pick<RecipientDefinition, 'countries' | 'safeguard'> = { countries: ['US'], safeguard: 'scc' };
const SELF: Pick<RecipientDefinition, 'countries' | 'safeguard' | 'selfHosted'> = { countries: ['CA'], safeguard: 'not_transferred', selfHosted: true };

/** Aktok's sub-processors (policy §5.2) with their countries and transfer safeguards (§6). */
export const RECIPIENTS: RecipientDefinition[] = [
  // AI and LLM providers
  { key: 'anthropic', name: 'Anthropic (Claude)', purpose: 'Premium LLM: conversational AI, content generation', dataShared: ['user.content.prompt', 'user.commercial'], ...US, status: 'active' },
  { key: 'google_gemini', name: 'Google (Gemini)', purpose: 'Fallback LLM, text embeddings', dataShared: ['user.content.prompt'], ...US, status: 'active' },
  { key: 'groq', name: 'Groq', purpose: 'Free-tier LLM (fast inference)', dataShared: ['user.content.prompt', 'user.commercial'], ...US, status: 'active' },
  { key: 'openai', name: 'OpenAI', purpose: 'Tier 2 fallback LLM', dataShared: ['user.content.prompt', 'user.commercial'], ...US, status: 'planned' },
  { key: 'cohere', name: 'Cohere', purpose: 'Search result reranking', dataShared: ['user.content'], countries: ['US', 'CA'], safeguard: 'scc', status: 'planned' },
  { key: 'voyage_ai', name: 'Voyage AI', purpose: 'Fallback embedding provider', dataShared: ['user.content'], ...US, status: 'planned' },
  { key: 'mistral', name: 'Mistral', purpose: 'Premium embedding option', dataShared: ['user.content'], countries: ['FR'], safeguard: 'eea', status: 'planned' },
  { key: 'jina_ai', name: 'Jina AI', purpose: 'Web content extraction for the knowledge base', dataShared: ['user.content.website', 'user.contact.url'], countries: ['DE'], safeguard: 'eea', status: 'active' },
  // Other AI infrastructure
  { key: 'rasa', name: 'Rasa', purpose: 'NLP and intent classification', dataShared: ['user.content.message'], ...SELF, status: 'active' },
  { key: 'google_dialogflow', name: 'Google Dialogflow', purpose: 'Dialog management', dataShared: ['user.content.message'], ...US, status: 'active' },
  { key: 'qdrant', name: 'Qdrant', purpose: 'Vector database for retrieval-augmented generation (embeddings only)', dataShared: [], ...SELF, status: 'active' },
  // Platform services
  { key: 'stripe', name: 'Stripe', purpose: 'Payment processing', dataShared: ['user.payment', 'user.contact.address', 'user.contact.email', 'user.name'], ...US, status: 'active' },
  { key: 'matomo', name: 'Matomo', purpose: 'Web analytics', dataShared: ['user.behavior.product_usage', 'user.device.ip_address', 'user.device.browser'], ...SELF, status: 'active' },
  { key: 'posthog', name: 'PostHog', purpose: 'Product analytics, session recording, feature flags', dataShared: ['user.behavior.product_usage', 'user.behavior.session_recording'], ...US, status: 'active' },
  { key: 'google_analytics', name: 'Google Analytics 4', purpose: 'Web traffic analysis', dataShared: ['user.behavior.product_usage', 'user.device.ip_address', 'user.device.browser'], ...US, status: 'active' },
  { key: 'microsoft_clarity', name: 'Microsoft Clarity', purpose: 'Session recording and heatmaps', dataShared: ['user.behavior.session_recording'], ...US, status: 'active' },
  { key: 'meta_pixel', name: 'Meta (Facebook Pixel)', purpose: 'Advertising audiences and conversion tracking', dataShared: ['user.behavior.product_usage'], ...US, status: 'active' },
  { key: 'google_ads', name: 'Google Ads / AdSense', purpose: 'Ad serving and conversion tracking', dataShared: ['user.behavior.product_usage'], ...US, status: 'active' },
  { key: 'firebase', name: 'Firebase (Google)', purpose: 'Push notifications', dataShared: ['user.device.push_token', 'user.unique_id'], ...US, status: 'active' },
  { key: 'telnyx', name: 'Telnyx', purpose: 'SMS and phone verification', dataShared: ['user.contact.phone_number'], ...US, status: 'active' },
  { key: 'betterstack', name: 'BetterStack', purpose: 'Log monitoring and alerting', dataShared: ['user.telemetry.error', 'user.telemetry.server_log', 'user.device.ip_address'], ...US, status: 'active' },
  { key: 'sentry', name: 'Sentry', purpose: 'Error tracking', dataShared: ['user.telemetry.error', 'user.unique_id'], ...US, status: 'active' },
  { key: 'quickemailverification', name: 'QuickEmailVerification', purpose: 'Email address validation', dataShared: ['user.contact.email'], ...US, status: 'active' },
  { key: 'numverify', name: 'NumVerify', purpose: 'Phone number validation', dataShared: ['user.contact.phone_number'], ...US, status: 'active' },
];
