import { createMongoAbility, type RawRuleOf } from '@casl/ability';
import type { PolicyAbility } from '../types/policy.types';
import { selectableFields } from './selectable-fields.util';

const ALL = ['id', 'name', 'email', 'phone'];
const select = (rules: RawRuleOf<PolicyAbility>[]) => selectableFields(createMongoAbility<PolicyAbility>(rules), 'read', 'Person', ALL);

describe('selectableFields', () => {
  it('keeps the fields of the grant, or all of them for a grant without fields', () => {
    expect(select([{ action: 'read', subject: 'Person', fields: ['id', 'email'], conditions: { workspaceId: 'w1' } }])).toEqual(['id', 'email']);
    expect(select([{ action: 'read', subject: 'Person' }])).toEqual(ALL);
    expect(select([])).toEqual([]);
  });

  it('removes fields named by field-level cannot rules, conditional or not (fail closed)', () => {
    expect(select([
      { action: 'read', subject: 'Person' },
      { action: 'read', subject: 'Person', fields: ['phone'], inverted: true, conditions: { stage: 'lead' } },
    ])).toEqual(['id', 'name', 'email']);
  });

  it('keeps only the fields every grant permits when grants differ', () => {
    expect(select([
      { action: 'read', subject: 'Person', fields: ['id', 'name'], conditions: { workspaceId: 'w1' } },
      { action: 'read', subject: 'Person', fields: ['id', 'name', 'email'], conditions: { ownerId: 'u1' } },
    ])).toEqual(['id', 'name']);
  });
});
