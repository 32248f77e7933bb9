import { needsNoSafeguard } from '../../model/transfer-countries';

/**
 * EU member states (27): the EEA of `model/transfer-countries` without Iceland, Liechtenstein and Norway. Used to
 * mark locations `(EU)` as privacy policies do.
 *
 * @example
 * EU_MEMBER_STATES.has('FR'); // true
 */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/**
 * Whether sending personal data to `country` is a transfer to a third country needing an Art. 46 safeguard:
 * outside the EEA and without an adequacy decision (the lists live in `model/transfer-countries`: EEA, plus
 * AD, AR, CA, CH, FO, GB, GG, IL, IM, JP, JE, KR, NZ, UY; the US is not assumed adequate).
 *
 * @example
 * isThirdCountry('US'); // true
 * isThirdCountry('CA'); // false (adequacy)
 */
export function isThirdCountry(country: string): boolean {
  return !needsNoSafeguard(country);
}
