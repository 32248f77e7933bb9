import fc from 'fast-check';
import type { PropertyRule } from './dto-rules.util';

/**
 * One generated query-string parameter and whether the route's DTO accepts it.
 *
 * @example
 * const param: GeneratedParam = { property: 'pageSize', value: '101', valid: false };
 */
export interface GeneratedParam {
  property: string;
  value: string;
  valid: boolean;
}

function validValue(rule: PropertyRule, samples: readonly string[]): fc.Arbitrary<string> {
  const fitting = samples.filter((v) => v.length <= (rule.maxLength ?? Infinity) && (v !== '' || !rule.notEmpty));
  const seen = fitting.length > 0 ? [fc.constantFrom(...fitting)] : [];
  if (rule.oneOf !== undefined) return fc.constantFrom(...rule.oneOf.map(String));
  if (rule.uuid) return fc.oneof(...seen, fc.uuid());
  if (rule.int) return fc.integer({ min: rule.min ?? 0, max: rule.max ?? (rule.min ?? 0) + 4 }).map(String);
  const limit = Math.min(rule.maxLength ?? 30, 30);
  const text = fc.string({ unit: 'grapheme', minLength: rule.notEmpty ? 1 : 0, maxLength: limit }).filter((v) => v.length <= limit);
  return fc.oneof(...seen, text);
}

function invalidValue(rule: PropertyRule): fc.Arbitrary<string> | undefined {
  if (rule.oneOf !== undefined) return fc.constantFrom(...rule.oneOf.map((v) => `not-${String(v)}`));
  if (rule.uuid) return fc.constantFrom('not-a-uuid', '1234');
  if (rule.int) {
    const bad: string[] = ['abc', '1.5', ...(rule.min === undefined ? [] : [String(rule.min - 1)]), ...(rule.max === undefined ? [] : [String(rule.max + 1)])];
    return fc.constantFrom(...bad);
  }
  if (rule.maxLength !== undefined) return fc.constant('x'.repeat(rule.maxLength + 1));
  if (rule.notEmpty) return fc.constant('');
  return undefined;
}

/**
 * Random query parameters for a route's query DTO, derived from its class-validator rules: each property absent,
 * valid (an allowed value, a value `samples` gives for it such as ids and values of stored rows, a random UUID,
 * an integer in range, a short Unicode string) or now and then
 * invalid (a value outside `@IsIn`, a malformed UUID, an integer out of range, a string over `@MaxLength`), each
 * tagged with its validity so a test knows whether 400 is the right answer.
 *
 * @example
 * fc.sample(queryParams(dtoRules(ListDealsQuery), () => dealIds), 1); // [[{ property: 'outcome', value: 'won', valid: true }]]
 */
export function queryParams(rules: readonly PropertyRule[], samples: (property: string) => readonly string[]): fc.Arbitrary<GeneratedParam[]> {
  const perProperty = rules.map((rule) => {
    const valid = validValue(rule, samples(rule.property)).map((value) => ({ property: rule.property, value, valid: true }));
    const invalid = invalidValue(rule)?.map((value) => ({ property: rule.property, value, valid: false }));
    const choice = invalid === undefined ? valid : fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
    return fc.option(choice, { freq: 2 });
  });
  return fc.tuple(...perProperty).map((params) => params.filter((p): p is GeneratedParam => p !== null));
}

/**
 * The query string of `params` (`?a=1&b=x`, URI-encoded), or `''` without any.
 *
 * @example
 * queryString([{ property: 'stage', value: 'new deal', valid: true }]); // '?stage=new%20deal'
 */
export function queryString(params: readonly GeneratedParam[]): string {
  return params.length === 0 ? '' : `?${params.map((p) => `${p.property}=${encodeURIComponent(p.value)}`).join('&')}`;
}
