import type { DataMap, DataMapField } from '../../model/data-map.types';
import { dataMapLabels } from '../html/datamap-labels.util';
import { mdTable } from '../markdown.util';
import { compareText, dataPoint, uniqueSorted } from '../text.util';

const THIRD_PARTY = 'third_party:';
const list = (values: string[]) => (values.length > 0 ? values.join('; ') : '—');

/** One row per category: its data points and the purposes they serve. */
function byCategory(map: DataMap, fields: DataMapField[]): string[][] {
  const labels = dataMapLabels(map);
  const groups = new Map<string, DataMapField[]>();
  for (const f of fields) groups.set(labels.category(f.category), [...(groups.get(labels.category(f.category)) ?? []), f]);
  return uniqueSorted(groups.keys()).map((category) => {
    const group = groups.get(category) ?? [];
    const points = uniqueSorted(group.map((f) => `${dataPoint(f)}${f.source === 'derived' ? ' (derived)' : ''}`));
    return [category, list(points), list(uniqueSorted(group.flatMap((f) => f.purposes.map((p) => labels.purpose(p.id)))))];
  });
}

/**
 * Policy §2.1 (provided), §2.2 (observed or derived) and §2.5 (third-party sources) from the data map.
 *
 * @example
 * renderCollectedData(map); // '### 2.1 Information you provide directly\n\n| Category | Data points | Purpose |\n...'
 */
export function renderCollectedData(map: DataMap): string {
  const labels = dataMapLabels(map);
  const provided = map.fields.filter((f) => f.source === 'provided');
  const automatic = map.fields.filter((f) => f.source === 'observed' || f.source === 'derived');
  const sources = [...map.sources].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const fromSource = (id: string) => map.fields.filter((f) => f.source === `${THIRD_PARTY}${id}`);
  return [
    '### 2.1 Information you provide directly',
    '',
    mdTable(['Category', 'Data points', 'Purpose'], byCategory(map, provided)),
    '',
    '### 2.2 Information collected automatically',
    '',
    mdTable(['Category', 'Data points', 'Purpose'], byCategory(map, automatic)),
    '',
    '### 2.5 Information from third parties',
    '',
    mdTable(
      ['Source', 'Data received', 'Purpose', 'Data points'],
      sources.map((s) => [
        s.name,
        s.dataReceived,
        list(uniqueSorted(fromSource(s.id).flatMap((f) => f.purposes.map((p) => labels.purpose(p.id))))),
        list(uniqueSorted(fromSource(s.id).map(dataPoint))),
      ]),
    ),
  ].join('\n');
}
