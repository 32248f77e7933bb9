/**
 * The deadlines of one request, each a UTC midnight whose whole day is still in time.
 *
 * @example
 * const { respondBy, maxRespondBy } = computeDeadlines(request);
 * const canStillExtend = respondBy < maxRespondBy;
 */
export interface RequestDeadlines {
  /** Acknowledge receipt by this day (only where the jurisdiction requires it, e.g. CCPA). */
  acknowledgeBy?: Date;
  /** Respond by this day, with the recorded extensions applied. */
  respondBy: Date;
  /** The latest response day any allowed extension can reach. */
  maxRespondBy: Date;
}

/**
 * Options of `computeDeadlines` and `classify`.
 *
 * @example
 * const options: DeadlineOptions = { holidays: ['2024-12-25', '2025-01-01'] };
 */
export interface DeadlineOptions {
  /** Non-business days besides Saturdays and Sundays, as `YYYY-MM-DD` (UTC) strings. */
  holidays?: readonly string[];
}
