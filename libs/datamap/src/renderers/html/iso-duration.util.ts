import { ISO_DURATION_PATTERN } from '@lawful/annotations';

const UNITS: [string, string][] = [['Y', 'year'], ['M', 'month'], ['W', 'week'], ['D', 'day']];
const TIME_UNITS: [string, string][] = [['H', 'hour'], ['M', 'minute'], ['S', 'second']];

/**
 * Describes an ISO 8601 duration in words; anything it does not understand is returned unchanged.
 *
 * @example
 * describeIsoDuration('P1Y6M'); // '1 year 6 months'
 * describeIsoDuration('P30D'); // '30 days'
 */
export function describeIsoDuration(iso: string): string {
  // Validity is the registries' own grammar; this pattern only captures the numbers.
  const match = ISO_DURATION_PATTERN.test(iso) ? /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso) : null;
  if (!match) return iso;
  const parts = [...UNITS, ...TIME_UNITS]
    .map(([, unit], i) => [Number(match[i + 1] ?? 0), unit] as const)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(' ') : '0 days';
}
