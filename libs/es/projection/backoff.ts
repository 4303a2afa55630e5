/** Retry delay after `attempts` consecutive failures: 1 s doubling to 60 s, with ±20 % jitter so failing workers spread out. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
