// A one-line progress display on a terminal: count, rate, ETA. Silent when stderr is not a terminal.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total bytes under the given paths (hidden entries skipped), to estimate time left. */
export function totalBytes(paths: string[]): number {
  let sum = 0;
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (!name.startsWith('.')) walk(join(p, name));
    } else sum += st.size;
  };
  for (const p of paths) walk(p);
  return sum;
}

export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly tty = process.stderr.isTTY === true;
  count = 0;
  private doneBytes = 0;
  private fileBytes = 0;
  private file = '';
  private fileSize = 0;

  constructor(private readonly label: string, private readonly total: number) {}

  /** One item done, from `file`; `approxBytes` is its share of that file (text length is a fair guess). */
  tick(file: string, approxBytes: number): void {
    if (file !== this.file) {
      this.doneBytes += this.fileBytes;
      this.file = file;
      this.fileBytes = 0;
      try {
        this.fileSize = statSync(file).size;
      } catch {
        this.fileSize = 0;
      }
    }
    this.fileBytes = Math.min(this.fileSize, this.fileBytes + approxBytes);
    this.count++;
    const now = Date.now();
    if (this.tty && now - this.lastDraw > 200) {
      this.lastDraw = now;
      this.draw(now);
    }
  }
  /** Print a message above the progress line. */
  log(msg: string): void {
    if (this.tty && this.lastDraw) process.stderr.write('\r\x1b[K');
    process.stderr.write(msg + '\n');
  }

  private draw(now: number): void {
    const secs = (now - this.started) / 1000;
    const rate = this.count / Math.max(secs, 1e-3);
    const done = this.doneBytes + this.fileBytes;
    const frac = this.total > 0 ? Math.min(1, done / this.total) : 0;
    const eta = frac > 0.01 ? (secs / frac) * (1 - frac) : NaN;
    const width = 24;
    const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '.');
    process.stderr.write(`\r${this.label} [${bar}] ${(frac * 100).toFixed(0).padStart(3)}%  ${this.count} articles  ${rate.toFixed(1)}/s  ETA ${clock(eta)}   `);
  }

  /** Clear the progress line (the caller prints its own summary). */
  end(): void {
    if (this.tty && this.lastDraw) process.stderr.write('\r\x1b[K');
  }

  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }
}

function clock(s: number): string {
  if (!Number.isFinite(s)) return '--:--';
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const ss = String(Math.floor(s % 60)).padStart(2, '0');
  return h ? `${h}:${String(m % 60).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
