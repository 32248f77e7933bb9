/**
 * The intents an inbound chat message is classified into (policy §5.4.2(c)), in tie-break order.
 *
 * @example
 * INTENTS.includes('billing'); // true
 */
export const INTENTS = ['complaint', 'cancellation', 'billing', 'support', 'sales_inquiry', 'other'] as const;

/**
 * One of `INTENTS`.
 *
 * @example
 * const intent: Intent = 'sales_inquiry';
 */
export type Intent = (typeof INTENTS)[number];

/**
 * A fixed linear bag-of-terms model: per intent a bias and weights of terms (one word or a phrase of words, in the
 * normalised form `normalizeForIntent` produces). Nothing is learned from any workspace's data.
 *
 * @example
 * const model: IntentModel = { version: 'kw-test', biases: { ... }, weights: { billing: { invoice: 1.5 }, ... } };
 */
export interface IntentModel {
  readonly version: string;
  readonly biases: Readonly<Record<Intent, number>>;
  readonly weights: Readonly<Record<Intent, Readonly<Record<string, number>>>>;
}

/**
 * The intent model of the reference API, version `intent-kw-1`: every term and weight is listed here and shown to
 * reviewers through the decisions' explanations. `other` wins when no term moves another intent past its bias.
 *
 * @example
 * INTENT_MODEL.weights.billing.invoice; // 1.5
 */
export const INTENT_MODEL: IntentModel = Object.freeze({
  version: 'intent-kw-1',
  biases: Object.freeze({ complaint: -0.2, cancellation: -0.2, billing: 0, support: 0, sales_inquiry: 0, other: 0.5 }),
  weights: Object.freeze({
    complaint: Object.freeze({
      unacceptable: 1.8, complaint: 1.8, complain: 1.5, disappointed: 1.5, terrible: 1.5, awful: 1.5, angry: 1.5, worst: 1.5, rude: 1.5,
      frustrated: 1.2, 'still waiting': 1.2, 'no response': 1, 'not happy': 1.2, problem: 0.4, refund: 0.4, thanks: -0.8, 'thank you': -0.6,
    }),
    cancellation: Object.freeze({
      cancel: 1.8, cancellation: 1.8, 'close my account': 1.8, 'delete my account': 1.5, 'not renew': 1.5, 'dont renew': 1.5, terminate: 1.4,
      unsubscribe: 1.2, downgrade: 1, competitor: 0.8, leaving: 0.8, 'switch to': 0.6, subscription: 0.4,
    }),
    billing: Object.freeze({
      invoice: 1.5, billing: 1.5, billed: 1.4, charged: 1.2, payment: 1.2, refund: 1.2, receipt: 1.2, 'credit card': 1.2, charge: 1, vat: 1,
      pay: 0.6, monthly: 0.6, annually: 0.6, tax: 0.6, subscription: 0.4, card: 0.4,
    }),
    support: Object.freeze({
      'not working': 1.5, error: 1.2, bug: 1.2, crash: 1.2, broken: 1, 'how do i': 1, 'where can i': 0.8, 'how to': 0.8, export: 0.8, import: 0.8,
      login: 0.8, 'log in': 0.8, password: 0.8, configure: 0.8, issue: 0.8, help: 0.6, problem: 0.6, setup: 0.6,
    }),
    sales_inquiry: Object.freeze({
      pricing: 1.2, quote: 1.2, buy: 1.2, purchase: 1.2, price: 1, demo: 1, upgrade: 1, interested: 1, trial: 0.8, contract: 0.8, discount: 0.8,
      license: 0.8, seats: 0.8, proposal: 0.8, sales: 0.8, 'pro plan': 0.8, 'signed contract': 0.6, plan: 0.4,
    }),
    other: Object.freeze({ thanks: 0.6, 'thank you': 0.6, meeting: 0.4, call: 0.3 }),
  }),
});
