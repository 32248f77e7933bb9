import type { DataMap } from '../../model/data-map.types';

/** Display names for the ids a data map refers to; unknown ids fall back to the id itself. */
export interface DataMapLabels {
  category(id: string): string;
  purpose(id: string): string;
  recipient(id: string): string;
  subject(id: string): string;
  retention(id: string): string;
  /** `provided`, `observed`, `derived`, or the named third party of `third_party:<id>`. */
  source(source: string): string;
}

/**
 * Builds the display-name lookups of a data map.
 *
 * @example
 * const labels = dataMapLabels(map);
 * labels.purpose('marketing'); // 'Marketing'
 */
export function dataMapLabels(map: DataMap): DataMapLabels {
  const names = (entries: { id: string; name: string }[]) => {
    const byId = new Map(entries.map((e) => [e.id, e.name]));
    return (id: string) => byId.get(id) ?? id;
  };
  const sourceName = names(map.sources);
  return {
    category: names(map.categories),
    purpose: names(map.purposes),
    recipient: names(map.recipients),
    subject: names(map.subjects),
    retention: names(map.retention),
    source: (source) => (source.startsWith(THIRD_PARTY) ? `Third party: ${sourceName(source.slice(THIRD_PARTY.length))}` : humanize(source)),
  };
}

const THIRD_PARTY = 'third_party:';

/**
 * Turns a vocabulary value into words: underscores become spaces.
 *
 * @example
 * humanize('legitimate_interests'); // 'legitimate interests'
 */
export function humanize(value: string): string {
  return value.replace(/_/g, ' ');
}
