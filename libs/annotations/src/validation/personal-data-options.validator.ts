import { ART17_3_REASONS, ART9_CONDITIONS, ERASURE_STRATEGIES, KEY_PATTERN, LEGAL_BASES } from '../constants';
import { BasisOverrideError } from '../errors/basis-override.error';
import { EmptyPurposesError } from '../errors/empty-purposes.error';
import { InvalidAnnotationError } from '../errors/invalid-annotation.error';
import { MissingArt9ConditionError } from '../errors/missing-art9-condition.error';
import type { FieldErasure, FieldPurpose, PersonalFieldMetadata } from '../types/metadata.types';
import type { DataSource, PersonalDataOptions } from '../types/personal-data-options.types';
import type { EntityTarget, LegalBasis } from '../types/vocabulary.types';

const KNOWN_OPTIONS = new Set([
  'category', 'purposes', 'legalBases', 'subject', 'source', 'retention', 'recipients',
  'special', 'art9Condition', 'erasure', 'encrypted', 'description',
]);

type Where = { entity: string; property: string };

function invalid(at: Where, problem: string): never {
  throw new InvalidAnnotationError(at.entity, at.property, problem);
}

function key(at: Where, option: string, value: unknown): string {
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) {
    invalid(at, `"${option}" must be a dotted snake_case key such as "user.contact.email", got ${JSON.stringify(value)}`);
  }
  return value;
}

function source(at: Where, value: unknown): DataSource {
  if (value === 'provided' || value === 'observed' || value === 'derived') return value;
  if (value !== null && typeof value === 'object' && Object.keys(value).length === 1 && 'thirdParty' in value) {
    return { thirdParty: key(at, 'source.thirdParty', value.thirdParty) };
  }
  return invalid(at, `"source" must be "provided", "observed", "derived" or { thirdParty: "<registered source key>" }, got ${JSON.stringify(value)}`);
}

function purposes(at: Where, list: unknown, overrides: unknown): FieldPurpose[] {
  if (!Array.isArray(list) || list.length === 0) {
    throw new EmptyPurposesError(at.entity, at.property, 'personal data needs at least one purpose in "purposes"; list why the field is processed');
  }
  const keys = list.map((p) => key(at, 'purposes[]', p));
  if (new Set(keys).size !== keys.length) invalid(at, `"purposes" lists a purpose twice: ${keys.join(', ')}`);
  const map = (overrides ?? {}) as Record<string, unknown>;
  if (typeof map !== 'object' || Array.isArray(map)) invalid(at, '"legalBases" must map purpose keys to legal bases');
  for (const [purpose, basis] of Object.entries(map)) {
    if (!keys.includes(purpose)) {
      throw new BasisOverrideError(at.entity, at.property, `"legalBases" overrides "${purpose}", which is not one of this field's purposes (${keys.join(', ')}); add it to "purposes" or remove the override`, { purpose });
    }
    if (!LEGAL_BASES.includes(basis as LegalBasis)) {
      throw new BasisOverrideError(at.entity, at.property, `legal basis ${JSON.stringify(basis)} for "${purpose}" is not one of ${LEGAL_BASES.join(', ')}`, { purpose });
    }
  }
  return keys.map((k) => (map[k] === undefined ? { key: k } : { key: k, legalBasis: map[k] as LegalBasis }));
}

function erasure(at: Where, value: PersonalDataOptions['erasure']): FieldErasure {
  if (value === undefined) return { strategy: 'delete' };
  const rule = typeof value === 'string' ? { strategy: value } : value;
  if (rule === null || typeof rule !== 'object' || !ERASURE_STRATEGIES.includes(rule.strategy)) {
    invalid(at, `"erasure" must be one of ${ERASURE_STRATEGIES.join(', ')} or { strategy, replacement?, legalHold? }, got ${JSON.stringify(value)}`);
  }
  const out: FieldErasure = { strategy: rule.strategy };
  if ('replacement' in rule && rule.replacement !== undefined) {
    if (rule.strategy !== 'redact' || typeof rule.replacement !== 'string') invalid(at, '"erasure.replacement" is a string and only applies to strategy "redact"');
    out.replacement = rule.replacement;
  }
  if (rule.strategy === 'redact' && out.replacement === undefined) out.replacement = '[erased]';
  if ('legalHold' in rule && rule.legalHold !== undefined) {
    const hold = rule.legalHold;
    if (!ART17_3_REASONS.includes(hold?.reason) || typeof hold.description !== 'string' || hold.description.trim() === '') {
      invalid(at, `"erasure.legalHold" needs a reason (one of ${ART17_3_REASONS.join(', ')}) and a description`);
    }
    out.legalHold = { reason: hold.reason, description: hold.description };
  }
  return out;
}

/**
 * Checks the shape of `@PersonalData()` options and returns the normalized field metadata.
 * Registry ids are not resolved here (see `validateFieldReferences`).
 *
 * @example
 * const meta = validatePersonalDataOptions(User, 'email', { category: 'user.contact.email', purposes: ['service'], source: 'provided', retention: 'account' });
 */
export function validatePersonalDataOptions(target: EntityTarget, property: string, options: PersonalDataOptions): PersonalFieldMetadata {
  const at = { entity: target.name, property };
  if (options === null || typeof options !== 'object') invalid(at, '@PersonalData() needs an options object');
  const unknown = Object.keys(options).filter((k) => !KNOWN_OPTIONS.has(k));
  if (unknown.length > 0) invalid(at, `unknown option(s) ${unknown.join(', ')}; allowed: ${[...KNOWN_OPTIONS].join(', ')}`);
  if (options.special === true && !ART9_CONDITIONS.includes(options.art9Condition as never)) {
    throw new MissingArt9ConditionError(at.entity, at.property, `special-category data needs "art9Condition", one of ${ART9_CONDITIONS.join(', ')} (GDPR Art. 9(2))`);
  }
  if (options.special !== true && options.art9Condition !== undefined) {
    invalid(at, '"art9Condition" is only for special-category data; set "special: true" or remove it');
  }
  const recipients = options.recipients ?? [];
  if (!Array.isArray(recipients)) invalid(at, '"recipients" must be an array of recipient keys');
  for (const flag of ['special', 'encrypted'] as const) {
    if (options[flag] !== undefined && typeof options[flag] !== 'boolean') invalid(at, `"${flag}" must be a boolean`);
  }
  return {
    kind: 'personal',
    target,
    property,
    category: key(at, 'category', options.category),
    purposes: purposes(at, options.purposes, options.legalBases),
    ...(options.subject !== undefined ? { subject: key(at, 'subject', options.subject) } : {}),
    source: source(at, options.source),
    retention: key(at, 'retention', options.retention),
    recipients: recipients.map((r) => key(at, 'recipients[]', r)),
    special: options.special === true,
    ...(options.art9Condition !== undefined ? { art9Condition: options.art9Condition } : {}),
    erasure: erasure(at, options.erasure),
    encrypted: options.encrypted === true,
    ...(options.description !== undefined ? { description: options.description } : {}),
  };
}
