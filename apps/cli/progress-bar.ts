/**
 * One progress line on stderr: redrawn in place on a terminal, printed at most once a second otherwise (CI logs).
 */
export class ProgressBar {
  private lastPrint = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(private readonly label: string, private readonly width = 30) {}

  update(done: number, total: number, rate: number, etaSeconds: number | null, force = false): void {
    const now = Date.now();
    if (!force && !this.tty && now - this.lastPrint < 1000) return;
    if (!force && this.tty && now - this.lastPrint < 100) return;
    this.lastPrint = now;
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(fraction * this.width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(this.width - filled)}`;
    const eta = etaSeconds === null ? '--' : `${etaSeconds.toFixed(etaSeconds < 10 ? 1 : 0)}s`;
    const line = `${this.label} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${fmt(rate)} events/s, ${eta} left`;
    process.stderr.write(this.tty ? `\r${line}\x1b[K` : `${line}\n`);
  }

  finish(summary: string): void {
    process.stderr.write(this.tty ? `\r${this.label} ${summary}\x1b[K\n` : `${this.label} ${summary}\n`);
  }
}

export function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
