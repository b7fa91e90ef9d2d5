/**
 * The one source of "now" for domain code. Production uses the system clock;
 * tests inject a {@link ManualClock} so they can travel in time without sleeping.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  #now: number;
  constructor(start: Date | string) {
    this.#now = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(to: Date | string): void {
    this.#now = new Date(to).getTime();
  }
  advanceMinutes(minutes: number): void {
    this.#now += minutes * 60_000;
  }
}
