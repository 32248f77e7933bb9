import { LawfulError } from '@lawful/annotations';
import { isoDay } from '../dates/utc-date.util';
import { ExtensionLimitError } from '../errors/extension-limit.error';
import { ExtensionNotAllowedError } from '../errors/extension-not-allowed.error';
import { ExtensionTooLongError } from '../errors/extension-too-long.error';
import { InvalidExtensionError } from '../errors/invalid-extension.error';
import { MissingExtensionReasonError } from '../errors/missing-extension-reason.error';
import { RightsError } from '../errors/rights.error';
import { subjectRequest } from '../testing/subject-request.fixture';
import { computeDeadlines } from './deadline.calculator';
import { extend } from './request.extender';

const at = new Date('2024-02-10T12:00:00Z');
const gdpr = subjectRequest('gdpr', '2024-01-31T10:00:00Z');
const ccpa = subjectRequest('ccpa', '2024-01-31T10:00:00Z');
const respondBy = (r: typeof gdpr) => isoDay(computeDeadlines(r).respondBy);

describe('extend', () => {
  it('extends a GDPR request by two further months with a reason, returning a new request', () => {
    const extended = extend(gdpr, { months: 2, reason: '  Records spread over 14 systems ', at });
    expect(respondBy(extended)).toBe('2024-04-30');
    expect(extended.extensions).toEqual([{ months: 2, reason: 'Records spread over 14 systems', at }]);
    expect(gdpr.extensions).toEqual([]);
    expect(respondBy(gdpr)).toBe('2024-02-29');
  });

  it('allows GDPR extensions in steps up to two months in total, and refuses going beyond', () => {
    const once = extend(gdpr, { months: 1, reason: 'volume', at });
    const twice = extend(once, { months: 1, reason: 'complexity', at: new Date('2024-03-20T00:00:00Z') });
    expect(respondBy(twice)).toBe('2024-04-30');
    expect(() => extend(twice, { days: 1, reason: 'more', at: new Date('2024-04-01T00:00:00Z') })).toThrow(ExtensionTooLongError);
  });

  it('refuses a GDPR extension longer than two months, naming the jurisdiction and the limit', () => {
    expect(() => extend(gdpr, { months: 3, reason: 'volume', at })).toThrow(
      'GDPR allows extending the response deadline by at most 2 months in total (to 2024-04-30); the extension would reach 2024-05-31',
    );
    expect(() => extend(subjectRequest('uk_gdpr', '2024-01-31T10:00:00Z'), { days: 92, reason: 'volume', at })).toThrow(/^UK GDPR .* at most 2 months/);
  });

  it('extends a CCPA request once by 45 days, refusing a second extension and a longer one', () => {
    const extended = extend(ccpa, { days: 45, reason: 'volume of requests', at });
    expect(respondBy(extended)).toBe(isoDay(computeDeadlines(ccpa).maxRespondBy));
    expect(respondBy(extended)).toBe('2024-04-30');
    const partly = extend(ccpa, { days: 10, reason: 'volume', at });
    expect(() => extend(partly, { days: 10, reason: 'again', at })).toThrow('CCPA/CPRA allows extending the response deadline only once');
    expect(() => extend(ccpa, { days: 46, reason: 'volume', at })).toThrow(/^CCPA\/CPRA .* at most 45 days/);
  });

  it('extends a PIPEDA request by up to 30 days, once', () => {
    const pipeda = subjectRequest('pipeda', '2024-02-15T09:00:00Z');
    expect(respondBy(extend(pipeda, { days: 30, reason: 'consultation needed', at: new Date('2024-03-01T00:00:00Z') }))).toBe('2024-04-15');
    expect(() => extend(pipeda, { days: 31, reason: 'consultation needed', at: new Date('2024-03-01T00:00:00Z') })).toThrow(ExtensionTooLongError);
  });

  it('refuses any Quebec Law 25 extension', () => {
    const quebec = subjectRequest('quebec_law25', '2024-02-15T09:00:00Z');
    expect(() => extend(quebec, { days: 1, reason: 'volume', at: new Date('2024-02-20T00:00:00Z') })).toThrow(
      'Quebec Law 25 does not allow extending the response deadline',
    );
  });

  it.each(['', '   ', undefined])('refuses an extension without a reason (%p)', (reason) => {
    expect(() => extend(gdpr, { months: 1, reason: reason as string, at })).toThrow(MissingExtensionReasonError);
    expect(() => extend(gdpr, { months: 1, reason: reason as string, at })).toThrow('GDPR requires a reason');
  });

  it.each([{ months: 0 }, { days: -5 }, { months: 1.5 }, { months: 1, days: 2 }, {}])('refuses a malformed amount %p', (amount) => {
    expect(() => extend(gdpr, { ...amount, reason: 'volume', at } as never)).toThrow(InvalidExtensionError);
  });

  it('refuses an extension recorded before receipt or after the current deadline', () => {
    expect(() => extend(gdpr, { months: 1, reason: 'volume', at: new Date('2024-01-30T23:00:00Z') })).toThrow(InvalidExtensionError);
    expect(() => extend(gdpr, { months: 1, reason: 'volume', at: new Date('2024-03-01T00:00:00Z') })).toThrow(/between receipt and 2024-02-29/);
    expect(respondBy(extend(gdpr, { months: 1, reason: 'volume', at: new Date('2024-02-29T23:00:00Z') }))).toBe('2024-03-31');
    expect(() => extend(gdpr, { months: 1, reason: 'volume', at: new Date('invalid') })).toThrow(InvalidExtensionError);
  });

  it('raises RightsErrors (LawfulErrors) with a code and context free of personal data', () => {
    const error = (() => {
      try {
        extend(ccpa, { days: 50, reason: 'volume', at });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RightsError);
    expect(error).toBeInstanceOf(LawfulError);
    expect(error).toMatchObject({ name: 'ExtensionTooLongError', code: 'EXTENSION_TOO_LONG', context: { requestId: 'dsr-ccpa', jurisdiction: 'ccpa' } });
    expect(new ExtensionLimitError('r', 'ccpa', 1).code).toBe('EXTENSION_LIMIT');
    expect(new ExtensionNotAllowedError('r', 'quebec_law25').context).toEqual({ requestId: 'r', jurisdiction: 'quebec_law25' });
  });
});
