import { UnsupportedConditionError } from '../errors/unsupported-condition.error';
import type { RowConditions } from '../types/policy.types';
import { ConditionsToSql } from './conditions-to-sql.translator';
import { SqlParams } from './sql-params.util';

const COLUMNS = new Set(['workspaceId', 'email', 'score', 'stage']);

function translate(conditions: unknown): { sql: string; params: Record<string, unknown> } {
  const params = new SqlParams();
  const column = (p: string) => {
    if (!COLUMNS.has(p)) throw new UnsupportedConditionError('Person', p, 'is not a column');
    return `"t"."${p}"`;
  };
  const sql = new ConditionsToSql('Person', column, params).translate(conditions as RowConditions);
  return { sql, params: params.values };
}

describe('ConditionsToSql', () => {
  it('translates plain equality and ANDs several keys, with parameters', () => {
    expect(translate({ workspaceId: 'w1', stage: 'lead' })).toEqual({
      sql: '("t"."workspaceId" = :lawful0_0 AND "t"."stage" = :lawful0_1)',
      params: { lawful0_0: 'w1', lawful0_1: 'lead' },
    });
    expect(translate({}).sql).toBe('TRUE');
  });

  it.each([
    [{ email: null }, '"t"."email" IS NULL', {}],
    [{ email: { $eq: 'a' } }, '"t"."email" = :lawful0_0', { lawful0_0: 'a' }],
    [{ email: { $ne: 'a' } }, '"t"."email" IS DISTINCT FROM :lawful0_0', { lawful0_0: 'a' }],
    [{ email: { $ne: null } }, '"t"."email" IS NOT NULL', {}],
    [{ score: { $lt: 5 } }, '"t"."score" < :lawful0_0', { lawful0_0: 5 }],
    [{ score: { $lte: 5 } }, '"t"."score" <= :lawful0_0', { lawful0_0: 5 }],
    [{ score: { $gt: 5 } }, '"t"."score" > :lawful0_0', { lawful0_0: 5 }],
    [{ score: { $gte: 5, $lt: 9 } }, '("t"."score" >= :lawful0_0 AND "t"."score" < :lawful0_1)', { lawful0_0: 5, lawful0_1: 9 }],
    [{ stage: { $in: ['a', 'b'] } }, '"t"."stage" IN (:...lawful0_0)', { lawful0_0: ['a', 'b'] }],
    [{ email: { $in: [null, 'a'] } }, '("t"."email" IS NULL OR "t"."email" IN (:...lawful0_0))', { lawful0_0: ['a'] }],
    [{ stage: { $in: [] } }, 'FALSE', {}],
    [{ email: { $nin: ['a'] } }, '("t"."email" IS NULL OR "t"."email" NOT IN (:...lawful0_0))', { lawful0_0: ['a'] }],
    [{ email: { $nin: [null, 'a'] } }, '("t"."email" IS NOT NULL AND "t"."email" NOT IN (:...lawful0_0))', { lawful0_0: ['a'] }],
    [{ email: { $nin: [] } }, 'TRUE', {}],
    [{ email: { $exists: true } }, '"t"."email" IS NOT NULL', {}],
    [{ email: { $exists: false } }, '"t"."email" IS NULL', {}],
  ])('translates %j', (conditions, sql, params) => {
    expect(translate(conditions)).toEqual({ sql, params });
  });

  it.each([
    ['an unknown operator', { email: { $regex: '^a' } }, /operator \$regex is not supported/],
    ['$elemMatch', { email: { $elemMatch: { a: 1 } } }, /\$elemMatch/],
    ['$nor', { $nor: [{ stage: 'a' }] }, /\$nor is not supported/],
    ['$where', { $where: 'true' }, /\$where is not supported/],
    ['$not', { score: { $not: { $gt: 1 } } }, /operator \$not/],
    ['an embedded document', { email: { domain: 'x' } }, /object values/],
    ['an array value', { stage: ['a', 'b'] }, /not a comparable scalar/],
    ['a regular expression', { email: /^a/ }, /not a comparable scalar/],
    ['a non-finite number', { score: Number.NaN }, /not a comparable scalar/],
    ['$in without an array', { stage: { $in: 'a' } }, /\$in needs an array/],
    ['a top-level $or (CASL in memory reads it as a field)', { $or: [{ stage: 'a' }] }, /top-level \$or is not supported/],
    ['a top-level $and', { $and: [{ stage: 'a' }] }, /top-level \$and/],
    ['$exists with a non-boolean', { email: { $exists: 1 } }, /true or false/],
    ['an unknown property', { 'company.name': 'x' }, /not a column/],
  ])('throws UnsupportedConditionError for %s instead of dropping it', (_name, conditions, message) => {
    expect(() => translate(conditions)).toThrow(UnsupportedConditionError);
    expect(() => translate(conditions)).toThrow(message);
  });

  it('carries entity, field and operator in the error context', () => {
    try {
      translate({ email: { $regex: 'x' } });
    } catch (e) {
      expect((e as UnsupportedConditionError).context).toMatchObject({ entity: 'Person', field: 'email', operator: '$regex' });
    }
    expect.assertions(1);
  });

  it('picks a parameter prefix the query builder does not use yet', () => {
    const params = new SqlParams({ lawful0_0: 'taken', other: 1 });
    expect(params.add('x')).toBe('lawful1_0');
  });
});
