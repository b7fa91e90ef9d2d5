/** First retry after about 30 s, then doubling: 1, 2, 4, 8 minutes … */
const BASE_MS = 30_000;
/** No wait longer than 6 hours between attempts. */
const MAX_MS = 6 * 3600_000;
/** Up to 10 % extra, so a burst of failures does not retry in lockstep against a recovering endpoint. */
const JITTER = 0.1;

/**
 * How long to wait after the `attempts`-th failed attempt: exponential, capped, with a little jitter
 * on top (never below the exponential value, so the waits still grow attempt by attempt).
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(BASE_MS * 2 ** Math.max(0, attempts - 1), MAX_MS);
  return Math.round(exponential * (1 + JITTER * random()));
}


/** Consecutive failed attempts after which a webhook subscription is shown as failing. */
export const FAILING_AFTER = 5;
