import fc from 'fast-check';
import { LruCache } from './lru.cache';

describe('LruCache', () => {
  it('evicts the least recently used entry beyond its capacity', () => {
    const cache = new LruCache<number>(2);
    cache.set(['a'], 1);
    cache.set(['b'], 2);
    expect(cache.get('a')).toBe(1); // refreshes a
    cache.set(['c'], 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('keys on every part: paths sharing a prefix are distinct entries', () => {
    const cache = new LruCache<string>(10);
    cache.set(['viewer', 'service.crm', 'Contact', ''], 'plain');
    cache.set(['viewer', 'service.crm', 'Contact', 'email'], 'hidden email');
    cache.set(['viewer', 'service', 'crm\u0000Contact'], 'no collision');
    expect(cache.get('viewer', 'service.crm', 'Contact')).toBe('plain');
    expect(cache.get('viewer', 'service.crm', 'Contact', 'email')).toBe('hidden email');
    expect(cache.get('viewer', 'service', 'crm\u0000Contact')).toBe('no collision');
    expect(cache.get('viewer', 'service.crm')).toBeUndefined();
  });

  it('overwrites without growing and stays bounded under many keys', () => {
    const cache = new LruCache<number>(100);
    for (let i = 0; i < 10_000; i++) cache.set(['k', String(i % 150)], i);
    expect(cache.size).toBe(100);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get('k', '149')).toBeUndefined();
  });

  it('caches nothing with capacity 0 and rejects invalid capacities', () => {
    const cache = new LruCache<number>(0);
    cache.set(['a'], 1);
    expect(cache.get('a')).toBeUndefined();
    expect(() => new LruCache(-1)).toThrow(RangeError);
    expect(() => new LruCache(1.5)).toThrow(RangeError);
  });

  it('behaves like a reference LRU over random operations (property)', () => {
    const op = fc.tuple(fc.boolean(), fc.constantFrom('a', 'b'), fc.constantFrom('x', 'y', 'z'), fc.nat(9));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 60 }), (capacity, ops) => {
        const cache = new LruCache<number>(capacity);
        const reference = new Map<string, number>();
        for (const [isSet, k1, k2, value] of ops) {
          const key = `${k1}/${k2}`;
          if (isSet) {
            cache.set([k1, k2], value);
            reference.delete(key);
            reference.set(key, value);
            if (reference.size > capacity) reference.delete(reference.keys().next().value as string);
          } else {
            const expected = reference.get(key);
            if (expected !== undefined) {
              reference.delete(key);
              reference.set(key, expected);
            }
            expect(cache.get(k1, k2)).toBe(expected);
          }
          expect(cache.size).toBe(reference.size);
        }
      }),
    );
  });
});
