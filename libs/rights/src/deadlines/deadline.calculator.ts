import { addBusinessDays } from '../dates/business-days.util';
import { addDays, addMonths } from '../dates/utc-date.util';
import { JURISDICTION_RULES } from '../rules/jurisdiction.rules';
import type { DeadlineOptions, RequestDeadlines } from '../types/deadlines.types';
import type { Period } from '../types/period.types';
import type { SubjectRequest } from '../types/subject-request.types';

/** Months and days added up separately, so month lengths are measured from the day of receipt. */
function sum(periods: readonly Period[]): { months: number; days: number } {
  return periods.reduce((total, p) => ({ months: total.months + (p.months ?? 0), days: total.days + (p.days ?? 0) }), {
    months: 0,
    days: 0,
  });
}

function dueAfter(receivedAt: Date, periods: readonly Period[]): Date {
  const { months, days } = sum(periods);
  return addDays(addMonths(receivedAt, months), days);
}

/**
 * The deadlines of a request from its UTC day of receipt, jurisdiction and recorded extensions. A month is the
 * same day number in the next month, or that month's last day (31 Jan → 28/29 Feb); business days skip
 * Saturdays, Sundays and `options.holidays`.
 *
 * @example
 * const { respondBy } = computeDeadlines({ id: 'r1', jurisdiction: 'gdpr', right: 'access',
 *   receivedAt: new Date('2023-01-31T09:00:00Z'), extensions: [] });
 * respondBy.toISOString(); // '2023-02-28T00:00:00.000Z'
 */
export function computeDeadlines(request: SubjectRequest, options: DeadlineOptions = {}): RequestDeadlines {
  const rule = JURISDICTION_RULES[request.jurisdiction];
  const deadlines: RequestDeadlines = {
    respondBy: dueAfter(request.receivedAt, [rule.respond, ...request.extensions]),
    maxRespondBy: dueAfter(request.receivedAt, rule.extension ? [rule.respond, rule.extension.max] : [rule.respond]),
  };
  if (rule.acknowledgeBusinessDays !== undefined) {
    deadlines.acknowledgeBy = addBusinessDays(request.receivedAt, rule.acknowledgeBusinessDays, options.holidays);
  }
  return deadlines;
}
