import fc from 'fast-check';
import { classifyIntent } from './intent.classifier';
import { countTerms, intentTokens } from './intent-text.util';
import { INTENT_MODEL, INTENTS, type IntentModel } from './intent.model';

const VOCABULARY = [...new Set(INTENTS.flatMap((i) => Object.keys(INTENT_MODEL.weights[i])))];
const word = fc.oneof(fc.constantFrom(...VOCABULARY), fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ unit: 'grapheme', maxLength: 6 }));
const separator = fc.stringMatching(/^[ \t\n\r\u00a0\u2003.,!?;:()-]{1,4}$/);
const message = fc.array(fc.tuple(word, separator), { maxLength: 25 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
const recase = (text: string, flips: boolean[]) => [...text].map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c.toLowerCase())).join('');

describe('intent classifier (keyword_linear, intent-kw-1)', () => {
  it.each([
    ['Hi, is the Pro plan billed monthly?', 'billing'],
    ['I sent the signed contract.', 'sales_inquiry'],
    ['Where can I export my contacts?', 'support'],
    ['Thanks for the quick answer!', 'other'],
    ['Can we move our call to Thursday?', 'other'],
    ['This is UNACCEPTABLE, I am still waiting for an answer', 'complaint'],
    ["Please cancel our subscription, we don't renew", 'cancellation'],
    ['The export is not working and shows an error', 'support'],
    ['Could you send a quote for 20 seats?', 'sales_inquiry'],
    ['', 'other'],
  ])('classifies %j as %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });

  it('explains the winner: baseline = its bias, one factor per matched term with its weight × count, output = its score, score = softmax', () => {
    const c = classifyIntent('Billing question: my invoice and the other invoice show a VAT charge');
    expect(c.intent).toBe('billing');
    expect(c.explanation).toMatchObject({ method: 'keyword_linear', baseline: INTENT_MODEL.biases.billing });
    expect(c.explanation.factors.map((f) => [f.key, f.value, f.contribution])).toEqual([
      ['billing', 1, 1.5], ['charge', 1, 1], ['invoice', 2, 3], ['vat', 1, 1],
    ]);
    expect(c.explanation.output).toBe(6.5);
    expect(c.matchedTerms).toEqual({ billing: 1, charge: 1, invoice: 2, vat: 1 });
    const z = INTENTS.reduce((s, i) => s + Math.exp(c.scores[i]), 0);
    expect(c.probability).toBeCloseTo(Math.exp(6.5) / z, 12);
  });

  it('counts phrases over words, overlapping, whatever the punctuation between them', () => {
    expect(countTerms(intentTokens('Not-working; NOT   working... not working'), ['not working', 'working', 'not'])).toEqual(new Map([['not working', 3], ['working', 3], ['not', 3]]));
    expect(intentTokens("Don’t   CANCEL\tit")).toEqual(['dont', 'cancel', 'it']);
  });

  it('breaks ties in INTENTS order and uses only the given model', () => {
    const flat: IntentModel = {
      version: 'test',
      biases: { complaint: 0, cancellation: 0, billing: 0, support: 0, sales_inquiry: 0, other: 0 },
      weights: { complaint: {}, cancellation: {}, billing: { bill: 1 }, support: { bill: 1 }, sales_inquiry: {}, other: {} },
    };
    expect(classifyIntent('nothing', flat).intent).toBe('complaint');
    expect(classifyIntent('a bill', flat)).toMatchObject({ intent: 'billing', scores: { billing: 1, support: 1 } });
    expect(classifyIntent('a bill', flat).probability).toBeCloseTo(Math.E / (2 * Math.E + 4), 12);
  });

  it('for any message: baseline + Σ contributions = output = the winner\'s score, the highest; probability = softmax of the scores', () => {
    fc.assert(
      fc.property(message, (text) => {
        const c = classifyIntent(text);
        const e = c.explanation;
        expect(e.baseline + e.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(e.output, 12);
        expect(e.output).toBe(c.scores[c.intent]);
        for (const intent of INTENTS) expect(c.scores[intent]).toBeLessThanOrEqual(e.output);
        const z = INTENTS.reduce((s, i) => s + Math.exp(c.scores[i] - e.output), 0);
        expect(e.score).toBeCloseTo(1 / z, 12);
        expect(e.score).toBe(c.probability);
        for (const f of e.factors) {
          expect(f.value).toBe(c.matchedTerms[f.key]);
          expect(f.contribution).toBe((INTENT_MODEL.weights[c.intent][f.key] ?? 0) * f.value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic and ignores case, apostrophes, whitespace and punctuation between words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator, separator), { maxLength: 20 }), fc.array(fc.boolean(), { minLength: 1 }), (parts, flips) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const other = parts.map(([w, , s]) => recase(w, flips) + s).join('');
        const a = classifyIntent(text);
        expect(classifyIntent(text)).toEqual(a);
        expect(classifyIntent(other)).toEqual(a);
        expect(classifyIntent(text.toUpperCase())).toEqual(a);
        expect(classifyIntent(`  ${text.toLowerCase()}\n`)).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });
});
