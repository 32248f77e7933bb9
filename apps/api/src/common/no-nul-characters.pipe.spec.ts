import fc from 'fast-check';
import { BadRequestException } from '@nestjs/common';
import { NoNulCharactersPipe } from './no-nul-characters.pipe';

describe('NoNulCharactersPipe', () => {
  const pipe = new NoNulCharactersPipe();

  it('answers 400 naming every property holding a NUL, in bodies, queries and params', () => {
    const error = (() => {
      try {
        pipe.transform({ firstName: 'a\u0000b', address: { city: 'ok', street: '\u0000' }, tags: ['x', 'y\u0000'] }, { type: 'body' });
      } catch (e) {
        return e as BadRequestException;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(BadRequestException);
    expect((error.getResponse() as { message: string[] }).message).toEqual([
      'firstName must not contain NUL characters (\\u0000)',
      'address.street must not contain NUL characters (\\u0000)',
      'tags.1 must not contain NUL characters (\\u0000)',
    ]);
    expect(() => pipe.transform('a\u0000', { type: 'param', data: 'id' })).toThrow(BadRequestException);
    expect(() => pipe.transform({ size: 'a\u0000b' }, { type: 'query' })).toThrow(BadRequestException);
  });

  it('passes every value without NUL unchanged (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue().filter((v) => !JSON.stringify(v).includes('\\u0000')), (value) => {
        expect(pipe.transform(value, { type: 'body' })).toBe(value);
      }),
    );
  });

  it('rejects any string containing NUL wherever it is nested (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 4 }), (before, after, path) => {
        const value = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), `${before}\u0000${after}`);
        expect(() => pipe.transform(value, { type: 'body' })).toThrow(BadRequestException);
      }),
    );
  });
});
