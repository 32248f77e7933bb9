import { createMongoAbility, type RawRuleOf } from '@casl/ability';
import { UnsupportedConditionError } from '../errors/unsupported-condition.error';
import type { PolicyAbility, RowConditions } from '../types/policy.types';
import { ConditionsToSql } from './conditions-to-sql.translator';
import { rulesToSql } from './rules-to-sql.util';
import { SqlParams } from './sql-params.util';

function sqlOf(rules: RawRuleOf<PolicyAbility>[]): string {
  const ability = createMongoAbility<PolicyAbility>(rules);
  const translator = new ConditionsToSql('Person', (p) => p, new SqlParams());
  return rulesToSql(ability, 'read', 'Person', (c: RowConditions) => translator.translate(c));
}

describe('rulesToSql', () => {
  it('yields FALSE without a rule and TRUE for an unconditional grant', () => {
    expect(sqlOf([])).toBe('FALSE');
    expect(sqlOf([{ action: 'read', subject: 'Deal' }])).toBe('FALSE');
    expect(sqlOf([{ action: 'read', subject: 'Person' }])).toBe('TRUE');
  });

  it('ORs the conditions of can rules', () => {
    expect(sqlOf([
      { action: 'read', subject: 'Person', conditions: { workspaceId: 'w1' } },
      { action: 'read', subject: 'Person', conditions: { stage: 'lead' } },
    ])).toBe('(stage = :lawful0_0 OR workspaceId = :lawful0_1)');
  });

  it('keeps every later cannot rule as AND NOT COALESCE(…, FALSE) — a dropped inverted rule would be a leak', () => {
    expect(sqlOf([
      { action: 'read', subject: 'Person', conditions: { workspaceId: 'w1' } },
      { action: 'read', subject: 'Person', conditions: { id: { $in: ['p1'] } }, inverted: true },
      { action: ['read', 'update'], subject: 'Person', conditions: { email: 'x' }, inverted: true },
    ])).toBe('(workspaceId = :lawful0_2 AND NOT COALESCE(email = :lawful0_0, FALSE) AND NOT COALESCE(id IN (:...lawful0_1), FALSE))');
  });

  it('bounds an unconditional grant by the cannot rules', () => {
    expect(sqlOf([
      { action: 'read', subject: 'Person' },
      { action: 'read', subject: 'Person', conditions: { stage: 'lost' }, inverted: true },
    ])).toBe('NOT COALESCE(stage = :lawful0_0, FALSE)');
  });

  it('follows CASL priority: a cannot defined before a can does not bound it; an unconditional cannot denies all', () => {
    expect(sqlOf([
      { action: 'read', subject: 'Person', conditions: { stage: 'lost' }, inverted: true },
      { action: 'read', subject: 'Person', conditions: { workspaceId: 'w1' } },
    ])).toBe('workspaceId = :lawful0_0');
    expect(sqlOf([
      { action: 'read', subject: 'Person', conditions: { workspaceId: 'w1' } },
      { action: 'read', subject: 'Person', inverted: true },
    ])).toBe('FALSE');
  });

  it('leaves field-level cannot rules to the column selection', () => {
    expect(sqlOf([
      { action: 'read', subject: 'Person', conditions: { workspaceId: 'w1' } },
      { action: 'read', subject: 'Person', fields: ['email'], inverted: true },
    ])).toBe('workspaceId = :lawful0_0');
  });

  it('throws on an untranslatable cannot rule rather than dropping it', () => {
    expect(() => sqlOf([
      { action: 'read', subject: 'Person', conditions: { workspaceId: 'w1' } },
      { action: 'read', subject: 'Person', conditions: { email: { $regex: 'x' } }, inverted: true },
    ])).toThrow(UnsupportedConditionError);
  });
});
