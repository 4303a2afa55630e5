import { WakeSignal } from './wake-signal';

describe('WakeSignal', () => {
  const settled = async (promise: Promise<void>): Promise<boolean> => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    return done;
  };

  it('given a sleeper, when woken, then it resolves before its timeout', async () => {
    const signal = new WakeSignal();
    const sleeping = signal.sleep(60_000);
    expect(await settled(sleeping)).toBe(false);
    signal.wake();
    expect(await settled(sleeping)).toBe(true);
  });

  it('given a wake while no one sleeps, when the loop next sleeps, then it returns at once, once', async () => {
    const signal = new WakeSignal();
    signal.wake();
    signal.wake();
    expect(await settled(signal.sleep(60_000))).toBe(true);
    const second = signal.sleep(60_000);
    expect(await settled(second)).toBe(false);
    signal.wake();
    await second;
  });

  it('given no wake, when the timeout passes, then the sleeper resolves', async () => {
    const signal = new WakeSignal();
    await signal.sleep(5);
  });
});
