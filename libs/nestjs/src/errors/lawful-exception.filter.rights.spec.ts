import type { ArgumentsHost } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { extend, type SubjectRequest } from '@lawful/rights';
import { LawfulExceptionFilter } from './lawful-exception.filter';

/** The status and body the filter answers for the error `run` throws. */
function answer(run: () => unknown): { status: number; body: Record<string, unknown> } {
  const reply = jest.fn();
  const filter = new LawfulExceptionFilter({ httpAdapter: { reply } } as unknown as HttpAdapterHost);
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => ({}) }) } as unknown as ArgumentsHost;
  try {
    run();
  } catch (error) {
    filter.catch(error as never, host);
  }
  expect(reply).toHaveBeenCalledTimes(1);
  const [, body, status] = reply.mock.calls[0] as [unknown, Record<string, unknown>, number];
  return { status, body };
}

const request = (jurisdiction: SubjectRequest['jurisdiction'], extensions: SubjectRequest['extensions'] = []): SubjectRequest => ({
  id: 'dsr-1', jurisdiction, right: 'access', receivedAt: new Date('2024-01-31T10:00:00Z'), extensions,
});
const at = new Date('2024-02-05T10:00:00Z');

describe('LawfulExceptionFilter: deadline extensions refused by @lawful/rights', () => {
  it('answers 400 for a malformed extension: no reason, or not a whole number of months or days', () => {
    expect(answer(() => extend(request('gdpr'), { months: 1, reason: ' ', at }))).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'GDPR requires a reason for extending the response deadline', code: 'MISSING_EXTENSION_REASON', jurisdiction: 'gdpr' },
    });
    expect(answer(() => extend(request('pipeda'), { days: 0, reason: 'volume', at }))).toMatchObject({ status: 400, body: { code: 'INVALID_EXTENSION', jurisdiction: 'pipeda' } });
  });

  it('answers 409 when the law allows no extension, no further one, or not that long', () => {
    expect(answer(() => extend(request('quebec_law25'), { days: 10, reason: 'volume', at }))).toEqual({
      status: 409,
      body: { statusCode: 409, error: 'Conflict', message: 'Quebec Law 25 does not allow extending the response deadline', code: 'EXTENSION_NOT_ALLOWED', jurisdiction: 'quebec_law25' },
    });
    expect(answer(() => extend(request('ccpa', [{ days: 10, reason: 'volume', at }]), { days: 5, reason: 'volume', at }))).toMatchObject({ status: 409, body: { code: 'EXTENSION_LIMIT' } });
    expect(answer(() => extend(request('gdpr', [{ months: 2, reason: 'volume', at }]), { months: 1, reason: 'more', at }))).toMatchObject({ status: 409, body: { code: 'EXTENSION_TOO_LONG' } });
  });
});
