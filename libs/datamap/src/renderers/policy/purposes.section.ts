import { isSameOrDescendant } from '@lawful/annotations';
import type { DataMap } from '../../model/data-map.types';
import { dataMapLabels } from '../html/datamap-labels.util';
import { legalBasisLabel } from '../legal-basis.labels';
import { mdTable } from '../markdown.util';
import { compareText, uniqueSorted } from '../text.util';

/**
 * Policy §3.1 (each permitted purpose with the categories of data it uses and its legal basis) and §3.2
 * (prohibited purposes). A purpose's categories include those of its sub-purposes; bases that fields declare
 * instead of the purpose's default are listed after it.
 *
 * @example
 * renderPurposes(map); // '### 3.1 Purposes and legal bases\n\n| Purpose | Description | Categories of data used | Legal basis (GDPR) |\n...'
 */
export function renderPurposes(map: DataMap): string {
  const labels = dataMapLabels(map);
  const purposes = [...map.purposes].sort((a, b) => compareText(a.id, b.id));
  const rows = purposes.filter((p) => !p.prohibited).map((p) => {
    const using = map.fields.filter((f) => f.purposes.some((fp) => isSameOrDescendant(fp.id, p.id)));
    const overrides = uniqueSorted(
      map.fields.flatMap((f) => f.purposes.filter((fp) => fp.id === p.id && fp.legalBasis !== p.legalBasis).map((fp) => legalBasisLabel(map, p.id, fp.legalBasis))),
    );
    const basis = [legalBasisLabel(map, p.id, p.legalBasis), ...overrides.map((o) => `${o} (for some data)`)].join('; ');
    const categories = uniqueSorted(using.map((f) => labels.category(f.category)));
    return [p.name, p.description, categories.length > 0 ? categories.join('; ') : '—', basis];
  });
  const prohibited = purposes.filter((p) => p.prohibited).map((p) => `- ${p.name}`);
  return [
    '### 3.1 Purposes and legal bases',
    '',
    mdTable(['Purpose', 'Description', 'Categories of data used', 'Legal basis (GDPR)'], rows),
    '',
    '### 3.2 We do not use personal information for',
    '',
    ...(prohibited.length > 0 ? prohibited : ['- (no prohibited purposes declared)']),
  ].join('\n');
}
