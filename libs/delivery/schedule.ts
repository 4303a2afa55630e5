/**
 * When to try an event again. Entry i is the delay before attempt i+1 (entry 0 is the first attempt, normally 0);
 * once every entry was used the schedule is exhausted and the target is paused. Default: at once, 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h (8 attempts, about 28 hours). `G3N_DELIVERY_SCHEDULE_MS` overrides it (tests compress it).
 */
export const DEFAULT_DELIVERY_SCHEDULE_MS = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

export function deliveryScheduleFromEnv(env: Record<string, string | undefined> = process.env): number[] {
  const raw = env.G3N_DELIVERY_SCHEDULE_MS?.trim();
  if (!raw) return DEFAULT_DELIVERY_SCHEDULE_MS;
  const parsed = raw.split(',').map((part) => Number(part.trim()));
  if (parsed.length === 0 || parsed.some((n) => !Number.isInteger(n) || n < 0)) {
    throw new Error(`G3N_DELIVERY_SCHEDULE_MS=${JSON.stringify(raw)}: expected comma-separated whole milliseconds`);
  }
  return parsed;
}

/**
 * Delay before attempt `attempt` (1-based; attempt 1 is the first), or null when the schedule is exhausted. A
 * receiver's Retry-After wins over the schedule; otherwise the scheduled delay gets ±20 % jitter so many targets
 * failing together do not retry in lockstep.
 */
export function delayBeforeAttempt(schedule: number[], attempt: number, retryAfterS?: number, random: () => number = Math.random): number | null {
  if (attempt > schedule.length) return null;
  if (attempt > 1 && retryAfterS !== undefined) return retryAfterS * 1000;
  const base = schedule[attempt - 1];
  return Math.round(base * (0.8 + 0.4 * random()));
}
