/**
 * Lets worker loops sleep until there is work: `sleep(ms)` resolves after `ms` or at the next `wake()`, whichever
 * comes first. Projection and reactor workers wake their loops on appends instead of polling the log in a spin.
 *
 * A wake that finds no one asleep (the loop is busy reading or applying) is remembered, and the next `sleep` returns
 * at once: an append committed after the loop's read but before it slept is not left waiting for the timeout.
 */
export class WakeSignal {
  private readonly sleepers = new Set<() => void>();
  private pending = false;

  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  wake(): void {
    if (this.sleepers.size === 0) {
      this.pending = true;
      return;
    }
    for (const sleeper of [...this.sleepers]) sleeper();
  }
}
