import { BUILTIN_CATEGORIES } from '@lawful/annotations';
import { FIDESLANG_CATEGORY_KEYS, toFideslangCategory } from './fideslang-categories';
import { FIDESLANG_DATA_USE_KEYS, fideslangDataUse } from './fideslang-data-uses';

describe('toFideslangCategory', () => {
  it('maps every built-in category to a fideslang key, keeping the built-ins fideslang defines', () => {
    for (const { key } of BUILTIN_CATEGORIES) {
      expect([key, FIDESLANG_CATEGORY_KEYS.includes(toFideslangCategory(key))]).toEqual([key, true]);
      if (FIDESLANG_CATEGORY_KEYS.includes(key)) expect(toFideslangCategory(key)).toBe(key);
    }
  });

  it('emits application categories as their nearest fideslang ancestor', () => {
    expect(toFideslangCategory('user.content.prompt')).toBe('user.content');
    expect(toFideslangCategory('user.behavior.product_usage')).toBe('user.behavior');
    expect(toFideslangCategory('user.commercial.deal')).toBe('user');
    expect(toFideslangCategory('system.operations.audit')).toBe('system.operations');
  });

  it('files the built-ins fideslang lacks under their fideslang equivalent or parent', () => {
    expect(toFideslangCategory('user.genetic')).toBe('user.health_and_medical.genetic');
    expect(toFideslangCategory('user.trade_union_membership')).toBe('user');
  });

  it('lists each fideslang key once, each below a listed parent', () => {
    expect(new Set(FIDESLANG_CATEGORY_KEYS).size).toBe(FIDESLANG_CATEGORY_KEYS.length);
    for (const key of FIDESLANG_CATEGORY_KEYS) {
      const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : null;
      if (parent) expect([key, FIDESLANG_CATEGORY_KEYS.includes(parent)]).toEqual([key, true]);
    }
  });
});

describe('fideslangDataUse', () => {
  it.each([
    ['service', 'essential.service'],
    ['service.crm', 'essential.service'],
    ['security', 'essential.service.security'],
    ['payments', 'essential.service.payment_processing'],
    ['support', 'essential.service.operations.support'],
    ['improvement.reliability', 'functional.service.improve'],
    ['analytics.session_recording', 'analytics.reporting'],
    ['marketing', 'marketing.advertising'],
    ['communication.push', 'essential.service.notifications'],
    ['compliance.legal_claims', 'essential.legal_obligation'],
    ['enrichment', 'functional.service.improve'],
    ['ai.lead_scoring', 'essential.service'],
    ['something_else', 'essential.service'],
  ])('maps %s to %s, a fideslang data use', (purpose, use) => {
    expect(fideslangDataUse(purpose)).toBe(use);
    expect(FIDESLANG_DATA_USE_KEYS).toContain(use);
  });
});
