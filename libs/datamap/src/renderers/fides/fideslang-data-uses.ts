/**
 * fideslang's default data uses (fideslang 2.x `default_taxonomy/data_uses.py`); a privacy declaration's
 * `data_use` must be one of them.
 *
 * @example
 * FIDESLANG_DATA_USE_KEYS.includes('essential.service.security'); // true
 */
export const FIDESLANG_DATA_USE_KEYS: readonly string[] = [
  'analytics', 'analytics.reporting', 'analytics.reporting.ad_performance', 'analytics.reporting.campaign_insights',
  'analytics.reporting.content_performance', 'analytics.reporting.system', 'analytics.reporting.system.performance',
  'collect', 'employment', 'employment.recruitment',
  'essential', 'essential.fraud_detection', 'essential.legal_obligation', 'essential.service', 'essential.service.authentication',
  'essential.service.notifications', 'essential.service.notifications.email', 'essential.service.notifications.sms',
  'essential.service.operations', 'essential.service.operations.improve', 'essential.service.operations.support',
  'essential.service.payment_processing', 'essential.service.security', 'essential.service.upgrades',
  'finance', 'functional', 'functional.service', 'functional.service.improve', 'functional.storage',
  'marketing', 'marketing.advertising', 'marketing.advertising.first_party', 'marketing.advertising.first_party.contextual',
  'marketing.advertising.first_party.targeted', 'marketing.advertising.frequency_capping', 'marketing.advertising.negative_targeting',
  'marketing.advertising.profiling', 'marketing.advertising.serving', 'marketing.advertising.third_party',
  'marketing.advertising.third_party.targeted', 'marketing.communications', 'marketing.communications.email', 'marketing.communications.sms',
  'operations', 'personalize', 'personalize.content', 'personalize.content.limited', 'personalize.content.profiled',
  'personalize.content.profiling', 'personalize.system', 'sales', 'third_party_sharing', 'third_party_sharing.legal_obligation',
  'train_ai_system',
];

/** Root purpose id pattern → fideslang data use; first match wins. */
const BY_ROOT: readonly [RegExp, string][] = [
  [/^service/, 'essential.service'],
  [/^secur/, 'essential.service.security'],
  [/^auth/, 'essential.service.authentication'],
  [/^fraud/, 'essential.fraud_detection'],
  [/^payment/, 'essential.service.payment_processing'],
  [/^billing/, 'essential.service.payment_processing'],
  [/^support/, 'essential.service.operations.support'],
  [/^improv/, 'functional.service.improve'],
  [/^enrich/, 'functional.service.improve'],
  [/^analytic/, 'analytics.reporting'],
  [/^marketing/, 'marketing.advertising'],
  [/^communication/, 'essential.service.notifications'],
  [/^notification/, 'essential.service.notifications'],
  [/^(compliance|legal)/, 'essential.legal_obligation'],
  [/^personali[sz]/, 'personalize'],
  [/^ai($|_)/, 'essential.service'],
  [/^(model_training|train)/, 'train_ai_system'],
  [/^sale/, 'third_party_sharing'],
];

/**
 * The fideslang data use for one of our purposes, chosen by its root (`service.crm` → `essential.service`);
 * `essential.service` when none fits (the declaration's `name` keeps our purpose id).
 *
 * @example
 * fideslangDataUse('improvement.reliability'); // 'functional.service.improve'
 * fideslangDataUse('compliance'); // 'essential.legal_obligation'
 */
export function fideslangDataUse(purposeId: string): string {
  const root = purposeId.split('.')[0];
  return BY_ROOT.find(([pattern]) => pattern.test(root))?.[1] ?? 'essential.service';
}
