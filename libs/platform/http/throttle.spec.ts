import { Throttle } from './throttle';

describe('throttle (token bucket per credential)', () => {
  it('lets a burst through, then asks to wait, then refills at the rate', () => {
    let now = 0;
    const throttle = new Throttle(2, 3, () => now);
    expect([throttle.take('k'), throttle.take('k'), throttle.take('k')]).toEqual([0, 0, 0]);
    expect(throttle.take('k')).toBe(1);
    expect(throttle.take('other')).toBe(0);
    now += 500;
    expect(throttle.take('k')).toBe(0);
    expect(throttle.take('k')).toBeGreaterThan(0);
  });

  it('is off at rate 0', () => {
    const throttle = new Throttle(0, 1);
    for (let i = 0; i < 100; i++) expect(throttle.take('k')).toBe(0);
  });
});
