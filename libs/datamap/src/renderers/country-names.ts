import { EU_MEMBER_STATES } from './ropa/adequacy';

const NAMES: Readonly<Record<string, string>> = {
  AD: 'Andorra', AR: 'Argentina', AT: 'Austria', AU: 'Australia', BE: 'Belgium', BG: 'Bulgaria', BR: 'Brazil', CA: 'Canada',
  CH: 'Switzerland', CN: 'China', CY: 'Cyprus', CZ: 'Czechia', DE: 'Germany', DK: 'Denmark', EE: 'Estonia', ES: 'Spain',
  FI: 'Finland', FO: 'Faroe Islands', FR: 'France', GB: 'United Kingdom', GG: 'Guernsey', GR: 'Greece', HK: 'Hong Kong',
  HR: 'Croatia', HU: 'Hungary', IE: 'Ireland', IL: 'Israel', IM: 'Isle of Man', IN: 'India', IS: 'Iceland', IT: 'Italy',
  JE: 'Jersey', JP: 'Japan', KR: 'South Korea', LI: 'Liechtenstein', LT: 'Lithuania', LU: 'Luxembourg', LV: 'Latvia',
  MT: 'Malta', MX: 'Mexico', NL: 'Netherlands', NO: 'Norway', NZ: 'New Zealand', PL: 'Poland', PT: 'Portugal', RO: 'Romania',
  SE: 'Sweden', SG: 'Singapore', SI: 'Slovenia', SK: 'Slovakia', UA: 'Ukraine', US: 'USA', UY: 'Uruguay', ZA: 'South Africa',
};

/**
 * A country's name for documents, EU member states marked `(EU)` as privacy policies usually do; unknown codes
 * are returned as they are.
 *
 * @example
 * countryName('US'); // 'USA'
 * countryName('FR'); // 'France (EU)'
 */
export function countryName(code: string): string {
  const name = NAMES[code] ?? code;
  return EU_MEMBER_STATES.has(code) ? `${name} (EU)` : name;
}
