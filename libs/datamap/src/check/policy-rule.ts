import { isSameOrDescendant } from '@lawful/annotations';
import type { DataMapField } from '../model/data-map.types';
import { type CheckRule, fieldFinding } from './finding.types';

/** How a rule's keys match a field's keys (Fides policy semantics). */
export type MatchMode = 'ANY' | 'ALL' | 'NONE';

/** One dimension of a project rule: keys (hierarchical: a parent matches its descendants) and how they match. */
export interface RuleDimension {
  matches: MatchMode;
  values: string[];
}

/**
 * A project rule, in the spirit of Fides policies: a field *violates* it when every given dimension
 * (data categories × purposes × subjects) matches. Omitted dimensions match everything.
 *
 * @example
 * const rule: PolicyRuleConfig = { id: 'no-contact-marketing', description: 'CRM contacts are never marketed to',
 *   categories: { matches: 'ANY', values: ['user.contact'] }, purposes: { matches: 'ANY', values: ['marketing'] },
 *   subjects: { matches: 'ANY', values: ['crm_contact'] }, fix: 'Remove the marketing purpose.' };
 */
export interface PolicyRuleConfig {
  id: string;
  description: string;
  categories?: RuleDimension;
  purposes?: RuleDimension;
  subjects?: RuleDimension;
  fix?: string;
}

const MODES: readonly MatchMode[] = ['ANY', 'ALL', 'NONE'];

function dimensionMatches(dimension: RuleDimension | undefined, keys: string[]): boolean {
  if (!dimension) return true;
  const hit = (value: string) => keys.some((k) => isSameOrDescendant(k, value));
  if (dimension.matches === 'ANY') return dimension.values.some(hit);
  if (dimension.matches === 'ALL') return dimension.values.every(hit);
  return !dimension.values.some(hit);
}

/**
 * Checks a rule's shape; returns the problems, each saying what is wrong and how to fix it.
 *
 * @example
 * validatePolicyRule({ id: 'x' }); // ['rule "x": "description" must be a non-empty string']
 */
export function validatePolicyRule(rule: unknown, index = 0): string[] {
  const r = (rule ?? {}) as Record<string, unknown>;
  const name = typeof r['id'] === 'string' && r['id'] ? `rule "${r['id']}"` : `rules[${index}]`;
  const problems: string[] = [];
  if (typeof r['id'] !== 'string' || !/^[a-z][a-z0-9-]*$/.test(r['id'])) problems.push(`${name}: "id" must be kebab-case, e.g. "no-contact-marketing"`);
  if (typeof r['description'] !== 'string' || !r['description']) problems.push(`${name}: "description" must be a non-empty string`);
  const dims = ['categories', 'purposes', 'subjects'].filter((d) => r[d] !== undefined);
  if (dims.length === 0) problems.push(`${name}: give at least one of "categories", "purposes", "subjects"`);
  for (const d of dims) {
    const dim = r[d] as Record<string, unknown>;
    if (!MODES.includes(dim?.['matches'] as MatchMode)) problems.push(`${name}: "${d}.matches" must be ANY, ALL or NONE`);
    if (!Array.isArray(dim?.['values']) || dim['values'].length === 0 || dim['values'].some((v) => typeof v !== 'string')) problems.push(`${name}: "${d}.values" must be a non-empty array of keys`);
  }
  return problems;
}

/**
 * Turns a project rule into a check over fields.
 *
 * @example
 * runChecks(map, { rules: [policyRule(config)] });
 */
export function policyRule(config: PolicyRuleConfig): CheckRule {
  const violates = (f: DataMapField) =>
    dimensionMatches(config.categories, [f.category]) &&
    dimensionMatches(config.purposes, f.purposes.map((p) => p.id)) &&
    dimensionMatches(config.subjects, f.subject === null ? [] : [f.subject]);
  return {
    id: config.id,
    description: config.description,
    check: (map) => map.fields.filter(violates).map((f) =>
      fieldFinding(config.id, f, `violates project rule "${config.id}": ${config.description}`, config.fix ?? `Change the field's categories, purposes or subject so that rule "${config.id}" no longer matches.`)),
  };
}
