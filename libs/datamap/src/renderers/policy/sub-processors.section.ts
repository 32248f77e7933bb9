import type { DataMap, DataMapRecipient } from '../../model/data-map.types';
import { countryName } from '../country-names';
import { dataMapLabels } from '../html/datamap-labels.util';
import { mdTable } from '../markdown.util';
import { compareText, uniqueSorted } from '../text.util';

/**
 * The "Location" of a self-hosted sub-processor, as the policy words it.
 *
 * @example
 * recipientLocation({ selfHosted: true, countries: ['CA'] }) === SELF_HOSTED_LOCATION; // true
 */
export const SELF_HOSTED_LOCATION = 'Self-hosted (no external data transfer)';

/**
 * A recipient's location: country names joined by ` / `, or the self-hosted note.
 *
 * @example
 * recipientLocation({ selfHosted: false, countries: ['US', 'CA'] }); // 'USA / Canada'
 */
export function recipientLocation(recipient: Pick<DataMapRecipient, 'selfHosted' | 'countries'>): string {
  return recipient.selfHosted ? SELF_HOSTED_LOCATION : recipient.countries.map(countryName).join(' / ');
}

/**
 * Policy §5.2: every sub-processor with its purpose, the data shared (declared categories plus those of fields
 * sent to it), location and status (planned ones are marked).
 *
 * @example
 * renderSubProcessors(map); // '### 5.2 Service providers and sub-processors\n\n| Service | Purpose | ...'
 */
export function renderSubProcessors(map: DataMap): string {
  const labels = dataMapLabels(map);
  const recipients = [...map.recipients].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const rows = recipients.map((r) => {
    const sent = map.fields.filter((f) => f.recipients.includes(r.id)).map((f) => f.category);
    const data = uniqueSorted([...r.dataShared, ...sent].map(labels.category));
    return [r.name, r.purpose, data.length > 0 ? data.join('; ') : '—', recipientLocation(r), r.status === 'planned' ? 'Planned (not yet active)' : 'Active'];
  });
  return ['### 5.2 Service providers and sub-processors', '', mdTable(['Service', 'Purpose', 'Data shared', 'Location', 'Status'], rows)].join('\n');
}
