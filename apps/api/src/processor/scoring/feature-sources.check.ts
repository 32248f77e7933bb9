import type { PrivacyMetadataStorage } from '@lawful/annotations';
import type { FeatureSourceField } from './lead-scoring.features';

/**
 * What is wrong with the source fields of lead-scoring features, from the annotations: an entity or property
 * without annotation, a personal field not annotated for `purpose`, or special-category data (GDPR Art. 9, which
 * Art. 22(4) keeps out of automated decisions). Non-personal fields (keys, workflow states, timestamps) may be
 * read. An empty list means every feature may run under `purpose`.
 *
 * @example
 * featureSourceProblems(LEAD_SCORING_FEATURES, getMetadataStorage(), 'ai.lead_scoring'); // []
 */
export function featureSourceProblems(
  features: readonly { key: string; sourceFields: readonly FeatureSourceField[] }[],
  storage: PrivacyMetadataStorage,
  purpose: string,
): string[] {
  const problems: string[] = [];
  for (const feature of features) {
    if (feature.sourceFields.length === 0) problems.push(`${feature.key}: no source field declared`);
    for (const { entity, property } of feature.sourceFields) {
      const at = `${feature.key}: ${entity}.${property}`;
      const target = storage.entities().find((t) => t.name === entity);
      const field = target === undefined ? undefined : storage.fieldOf(target, property);
      if (field === undefined) {
        problems.push(`${at} is not an annotated field`);
        continue;
      }
      if (field.kind !== 'personal') continue;
      if (!field.purposes.some((p) => p.key === purpose)) problems.push(`${at} is personal data not annotated for ${purpose}`);
      if (field.special || storage.registry.categories.get(field.category)?.special === true) problems.push(`${at} is special-category data (${field.category})`);
    }
  }
  return problems;
}
