import type { DecisionExplanation, DecisionFactor } from '@lawful/decisions';
import { countTerms, intentTokens } from './intent-text.util';
import { type Intent, INTENT_MODEL, INTENTS, type IntentModel } from './intent.model';

/**
 * What the classifier says about one message: the intent, every intent's linear score, the softmax probability of
 * the winner, the model's terms found in the text (with counts), and the explanation of the winner's score.
 *
 * @example
 * const { intent, probability, explanation } = classifyIntent('Why was I charged twice?');
 */
export interface IntentClassification {
  intent: Intent;
  probability: number;
  scores: Record<Intent, number>;
  matchedTerms: Record<string, number>;
  explanation: DecisionExplanation;
}

const termsCache = new WeakMap<IntentModel, string[]>();

function termsOf(model: IntentModel): string[] {
  let terms = termsCache.get(model);
  if (terms === undefined) {
    terms = [...new Set(INTENTS.flatMap((intent) => Object.keys(model.weights[intent])))].sort();
    termsCache.set(model, terms);
  }
  return terms;
}

/**
 * Classifies a message with a fixed linear bag-of-terms model (method `keyword_linear`): the score of an intent is
 * its bias plus, for every term of the model found in the text, the term's weight for that intent times its count.
 * The highest score wins (ties: `INTENTS` order); `probability` is its softmax over all intents. The explanation
 * is the winner's: `baseline` = its bias, one factor per matched term with a weight for it (value = count,
 * contribution = weight × count, sorted by term), `output` = `baseline + Σ contribution` = its score. Pure and
 * deterministic; case, apostrophes, whitespace and punctuation do not matter (`intentTokens`).
 *
 * @example
 * classifyIntent('Is the Pro plan billed monthly?').intent; // 'billing'
 */
export function classifyIntent(text: string, model: IntentModel = INTENT_MODEL): IntentClassification {
  const counts = countTerms(intentTokens(text), termsOf(model));
  const matched = [...counts.keys()].sort();
  const factorsOf = (intent: Intent): DecisionFactor[] =>
    matched
      .filter((term) => (model.weights[intent][term] ?? 0) !== 0)
      .map((term) => {
        const value = counts.get(term) ?? 0;
        const weight = model.weights[intent][term] ?? 0;
        return { key: term, label: `"${term}" (weight ${weight} for ${intent})`, value, contribution: weight * value };
      });
  const scoreOf = (intent: Intent, factors: readonly DecisionFactor[]): number => factors.reduce((sum, f) => sum + f.contribution, model.biases[intent]);
  const scores = {} as Record<Intent, number>;
  let winner: Intent = INTENTS[0];
  for (const intent of INTENTS) {
    scores[intent] = scoreOf(intent, factorsOf(intent));
    if (scores[intent] > scores[winner]) winner = intent;
  }
  const top = scores[winner];
  const denominator = INTENTS.reduce((sum, intent) => sum + Math.exp(scores[intent] - top), 0);
  const probability = 1 / denominator;
  const factors = factorsOf(winner);
  return {
    intent: winner,
    probability,
    scores,
    matchedTerms: Object.fromEntries(matched.map((term) => [term, counts.get(term) ?? 0])),
    explanation: { method: 'keyword_linear', baseline: model.biases[winner], factors, output: scoreOf(winner, factors), score: probability },
  };
}
