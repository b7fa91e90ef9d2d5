/**
 * Counts failures per key in fixed windows, in this process's memory: failed sign-ins per account
 * and per client address. Only failures count, so a clinic's patients signing in from one address
 * are never refused because of each other. Nothing is written to the database for a failed attempt.
 * (With several API processes each keeps its own count, so the budget is per process.)
 */
export class FailureThrottle {
  readonly #windows = new Map<string, { failures: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    /** Oldest keys are forgotten past this many, so a flood of made-up keys cannot exhaust memory. */
    readonly maxKeys = 100_000,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const window = this.#windows.get(key);
    if (!window || window.resetAt <= now) return 0;
    return window.failures >= this.limit ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  fail(key: string, now: number): void {
    const window = this.#windows.get(key);
    if (window && window.resetAt > now) {
      window.failures += 1;
      return;
    }
    this.#windows.delete(key);
    this.#windows.set(key, { failures: 1, resetAt: now + this.windowMs });
    if (this.#windows.size > this.maxKeys) this.#windows.delete(this.#windows.keys().next().value!);
  }

  clear(key: string): void {
    this.#windows.delete(key);
  }
}
