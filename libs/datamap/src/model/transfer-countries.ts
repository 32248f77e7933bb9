/** EEA member states (GDPR applies; no transfer mechanism needed). */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/** Countries with a European Commission adequacy decision (GDPR Art. 45). The EU-US DPF is not assumed. */
export const ADEQUATE_COUNTRIES: ReadonlySet<string> = new Set([
  'AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JP', 'JE', 'KR', 'NZ', 'UY',
]);

/**
 * Whether personal data may go to `country` without an Art. 46 safeguard: inside the EEA or adequate.
 *
 * @example
 * needsNoSafeguard('CA'); // true (adequacy); needsNoSafeguard('US'); // false
 */
export function needsNoSafeguard(country: string): boolean {
  return EEA_COUNTRIES.has(country) || ADEQUATE_COUNTRIES.has(country);
}
