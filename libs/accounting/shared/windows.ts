/** Export windows: consecutive [from, to) periods, hourly or daily, in UTC. */
export type Cadence = 'hourly' | 'daily';

export const PERIOD_MS: Record<Cadence, number> = { hourly: 3_600_000, daily: 86_400_000 };

/** The start of the period containing `at`. */
export function periodStart(at: Date, every: Cadence): Date {
  return new Date(Math.floor(at.getTime() / PERIOD_MS[every]) * PERIOD_MS[every]);
}

/** Consecutive windows covering [from, to); the last one is cut at `to`. */
export function splitWindows(from: Date, to: Date, every: Cadence): Array<{ from: string; to: string }> {
  const windows: Array<{ from: string; to: string }> = [];
  for (let start = from.getTime(); start < to.getTime(); start += PERIOD_MS[every]) {
    windows.push({ from: new Date(start).toISOString(), to: new Date(Math.min(start + PERIOD_MS[every], to.getTime())).toISOString() });
  }
  return windows;
}
