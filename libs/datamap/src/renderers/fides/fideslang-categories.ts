import { keyAndAncestors } from '@lawful/annotations';

/**
 * fideslang's default data categories (`user.*` and `system.*`, fideslang 2.x `default_taxonomy/data_categories.py`).
 * Fides rejects a dataset or privacy declaration naming a category outside its taxonomy.
 *
 * @example
 * FIDESLANG_CATEGORY_KEYS.includes('user.contact.email'); // true
 */
export const FIDESLANG_CATEGORY_KEYS: readonly string[] = [
  'system', 'system.authentication', 'system.operations',
  'user',
  'user.account', 'user.account.settings', 'user.account.username',
  'user.authorization', 'user.authorization.biometric', 'user.authorization.credentials', 'user.authorization.password',
  'user.behavior', 'user.behavior.browsing_history', 'user.behavior.media_consumption', 'user.behavior.purchase_history', 'user.behavior.search_history',
  'user.biometric', 'user.biometric.fingerprint', 'user.biometric.health', 'user.biometric.retinal', 'user.biometric.voice',
  'user.childrens',
  'user.contact', 'user.contact.address', 'user.contact.address.city', 'user.contact.address.country', 'user.contact.address.postal_code',
  'user.contact.address.state', 'user.contact.address.street', 'user.contact.email', 'user.contact.fax_number', 'user.contact.organization',
  'user.contact.phone_number', 'user.contact.url',
  'user.content', 'user.content.private', 'user.content.public', 'user.content.self_image',
  'user.criminal_history',
  'user.demographic', 'user.demographic.age_range', 'user.demographic.date_of_birth', 'user.demographic.gender', 'user.demographic.language',
  'user.demographic.marital_status', 'user.demographic.political_opinion', 'user.demographic.profile', 'user.demographic.race_ethnicity',
  'user.demographic.religious_belief', 'user.demographic.sexual_orientation',
  'user.device', 'user.device.cookie', 'user.device.cookie_id', 'user.device.device_id', 'user.device.ip_address',
  'user.financial', 'user.financial.bank_account', 'user.financial.credit_card',
  'user.government_id', 'user.government_id.birth_certificate', 'user.government_id.drivers_license_number', 'user.government_id.immigration',
  'user.government_id.national_identification_number', 'user.government_id.passport_number', 'user.government_id.vehicle_registration',
  'user.health_and_medical', 'user.health_and_medical.genetic', 'user.health_and_medical.insurance_beneficiary_id', 'user.health_and_medical.record_id',
  'user.job_title',
  'user.location', 'user.location.imprecise', 'user.location.precise',
  'user.name', 'user.name.first', 'user.name.last',
  'user.payment', 'user.privacy_preferences', 'user.sensor', 'user.social', 'user.telemetry',
  'user.unique_id', 'user.unique_id.pseudonymous', 'user.user_sensor', 'user.workplace',
];

/** Lawful built-ins that fideslang files elsewhere (the rest of our built-ins carry fideslang's own keys). */
const ALIASES: Readonly<Record<string, string>> = {
  'user.genetic': 'user.health_and_medical.genetic',
};

const KNOWN = new Set(FIDESLANG_CATEGORY_KEYS);

/**
 * The fideslang category to emit for one of ours: the key itself when fideslang has it, its fideslang
 * equivalent for the few built-ins fideslang files elsewhere, else its nearest ancestor fideslang knows
 * (`user.content.prompt` → `user.content`; `user.trade_union_membership` → `user`).
 *
 * @example
 * toFideslangCategory('user.content.prompt'); // 'user.content'
 * toFideslangCategory('user.genetic'); // 'user.health_and_medical.genetic'
 */
export function toFideslangCategory(key: string): string {
  for (const k of keyAndAncestors(key)) {
    if (KNOWN.has(k)) return k;
    const alias = ALIASES[k];
    if (alias) return alias;
  }
  return key.startsWith('system') ? 'system' : 'user';
}
