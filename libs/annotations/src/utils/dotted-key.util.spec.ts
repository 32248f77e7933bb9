import fc from 'fast-check';
import { isSameOrDescendant, keyAndAncestors, parentKey } from './dotted-key.util';

const segment = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const dottedKey = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('.'));

describe('dotted keys', () => {
  it('lists the key then each ancestor, each the parent of the previous', () => {
    fc.assert(
      fc.property(dottedKey, (key) => {
        const chain = keyAndAncestors(key);
        expect(chain[0]).toBe(key);
        expect(chain).toHaveLength(key.split('.').length);
        chain.slice(1).forEach((ancestor, i) => expect(parentKey(chain[i])).toBe(ancestor));
        expect(parentKey(chain[chain.length - 1])).toBeNull();
      }),
    );
  });

  it('treats a key as descending exactly from its ancestors, never from a mere string prefix', () => {
    fc.assert(
      fc.property(dottedKey, dottedKey, (a, b) => {
        const expected = keyAndAncestors(a).includes(b);
        expect(isSameOrDescendant(a, b)).toBe(expected);
        expect(isSameOrDescendant(`${b}x`, b)).toBe(false);
      }),
    );
  });
});
