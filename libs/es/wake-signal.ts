/**
 * Lets worker loops sleep until there is work: `sleep(ms)` resolves after `ms` or at the next `wake()`, whichever
 * comes first. Projection and reactor workers wake their loops on appends instead of polling the log in a spin.
 */
export class WakeSignal {
  private readonly sleepers = new Set<() => void>();

  sleep(ms: number): Promise<void> {
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
    for (const sleeper of [...this.sleepers]) sleeper();
  }
}
