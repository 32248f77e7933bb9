import type { DataMap } from '../../model/data-map.types';
import { mdTable } from '../markdown.util';
import { retentionInWords } from '../retention-words';
import { compareText } from '../text.util';

/**
 * Policy §7.2: every retention class with its period in words and its rationale.
 *
 * @example
 * renderRetention(map); // '### 7.2 Retention periods\n\n| Data category | Retention period | Rationale |\n...'
 */
export function renderRetention(map: DataMap): string {
  const classes = [...map.retention].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const rows = classes.map((r) => [r.name, retentionInWords(r), r.rationale ?? '—']);
  return ['### 7.2 Retention periods', '', mdTable(['Data category', 'Retention period', 'Rationale'], rows)].join('\n');
}
