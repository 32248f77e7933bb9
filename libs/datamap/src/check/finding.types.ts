import type { DataMap, DataMapEntity, DataMapField, DataMapLocation } from '../model/data-map.types';

/** One policy violation, precise enough to act on. */
export interface Finding {
  /** Rule id, e.g. `unannotated-column`. */
  rule: string;
  severity: 'error' | 'warning';
  entity: string | null;
  property: string | null;
  location: DataMapLocation | null;
  message: string;
  /** How to fix it. */
  fix: string;
}

/**
 * A check over the data map. Built-in rules and project rules share this shape.
 *
 * @example
 * const rule: CheckRule = { id: 'no-ip', description: 'No IP addresses', check: (map) => [] };
 */
export interface CheckRule {
  id: string;
  description: string;
  check(map: DataMap): Finding[];
}

/**
 * A finding about one field, located at its declaration.
 *
 * @example
 * fieldFinding('planned-recipient', field, 'is sent to planned recipient "openai"', 'Remove the recipient until it is active.');
 */
export function fieldFinding(rule: string, field: DataMapField, message: string, fix: string): Finding {
  return { rule, severity: 'error', entity: field.entity, property: field.property, location: field.declaredAt, message: `${field.entity}.${field.property} ${message}`, fix };
}

/**
 * A finding about an entity (or one of its columns), located at the entity's declaration.
 *
 * @example
 * entityFinding('processor-without-workspace-key', entity, undefined, 'is processor data without a workspace key', 'Add @WorkspaceKey().');
 */
export function entityFinding(rule: string, entity: DataMapEntity, property: string | undefined, message: string, fix: string): Finding {
  const name = property === undefined ? entity.name : `${entity.name}.${property}`;
  return { rule, severity: 'error', entity: entity.name, property: property ?? null, location: entity.declaredAt, message: `${name} ${message}`, fix };
}
