/** The one source of "now" for the server: expiries, deadlines and timestamps all read it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; tests use it to cross expiries without waiting. */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: Date = new Date()) {
    this.#now = start.getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  set(date: Date): void {
    this.#now = date.getTime();
  }

  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void {
    this.#now += ms;
  }
}

/** A clock that can be moved forward: a test's, or a dev server's (`POST /v1/dev/clock`). */
export interface AdjustableClock extends Clock {
  advance(ms: number): void;
}

export const isAdjustable = (clock: Clock): clock is AdjustableClock =>
  typeof (clock as Partial<AdjustableClock>).advance === 'function';

/** The system's time plus an offset that only grows: a dev server whose campaigns a person can fast-forward. */
export class OffsetClock implements AdjustableClock {
  #offset = 0;

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.#offset);
  }

  advance(ms: number): void {
    this.#offset += ms;
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const iso = (date: Date): string => date.toISOString();
