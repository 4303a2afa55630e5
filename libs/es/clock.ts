import { randomUUID } from 'crypto';

/** Injected so deciders stay pure and tests control time and ids. */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A new unique id, optionally prefixed (`evt_…`, `ord_…`). */
  next(prefix?: string): string;
}

export const systemClock: Clock = { now: () => new Date() };

export const uuidIds: IdGenerator = {
  next: (prefix?: string) => (prefix ? `${prefix}_${randomUUID().replace(/-/g, '')}` : randomUUID()),
};

/** A clock tests can move by hand. */
export class FixedClock implements Clock {
  constructor(private current: Date = new Date('2026-01-01T00:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Sequential ids for deterministic tests: `evt_1`, `evt_2`, … */
export class SequentialIds implements IdGenerator {
  private n = 0;
  next(prefix = 'id'): string {
    this.n += 1;
    return `${prefix}_${this.n}`;
  }
}
