import { Injectable } from '@nestjs/common';

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;

/**
 * Counts failed logins per key (client address + account) in a sliding window; blocks after 5 failures in
 * 15 minutes. In memory: one process. Keys are hashed by the caller, so no email is held here.
 *
 * @example
 * if (limiter.retryAfterSeconds(key) > 0) throw new HttpException('Too many attempts', 429);
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  /** Seconds until `key` may try again, 0 when it may try now. */
  retryAfterSeconds(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    return recent.length < MAX_FAILURES ? 0 : Math.ceil((recent[0] + WINDOW_MS - now) / 1000);
  }

  recordFailure(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value as string);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  }
}
