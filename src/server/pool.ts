// Worker threads that run the API's queries, each with its own read-only connection: one Node thread and one
// SQLite connection answer one request at a time, so under concurrent clients a pool uses every core.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface WorkerError {
  message: string;
  statusCode?: number;
  code?: string;
}

type Reply = { id: number; body: string } | { id: number; error: WorkerError } | { ready: true };

interface Pending {
  resolve(body: string): void;
  reject(err: WorkerError): void;
}

/** The worker script next to this file: worker.ts under tsx, worker.js compiled. */
const here = fileURLToPath(import.meta.url);
const script = new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);

/**
 * Under tsx (tests, `npx tsx`) a worker does not inherit the TypeScript loader: a small bootstrap registers
 * tsx's loader in the worker, then imports worker.ts.
 */
function tsWorker(file: string): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(code, { eval: true, workerData: { file } });
}

/** Requests a worker holds at once: the one it runs and the next, so it never waits for the main thread. */
const DEPTH = 2;

interface Job extends Pending {
  id: number;
  message: { id: number; path: string; query: Record<string, unknown>; params: Record<string, string> };
}

export class QueryPool {
  private readonly workers: { w: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  /**
   * Requests no worker holds yet, in arrival order. A worker takes the next one when it has fewer than DEPTH: a
   * slow request then delays only the one queued behind it in its worker, not every request dealt to that worker.
   */
  private readonly queue: Job[] = [];
  private next = 1;
  /**
   * Resolves once every worker has loaded its modules and opened the store (or died): until then requests
   * wait in the queue of a loading worker, seconds for the first ones under tsx, so the server listens after.
   */
  readonly ready: Promise<void>;

  constructor(file: string, size: number) {
    const loading: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const w = here.endsWith('.ts') ? tsWorker(file) : new Worker(script, { workerData: { file } });
      const slot = { w, busy: 0 };
      let loaded!: () => void;
      loading.push(new Promise<void>((resolve) => (loaded = resolve)));
      w.once('error', () => loaded());
      w.once('exit', () => loaded());
      w.on('message', (m: Reply) => {
        if ('ready' in m) return loaded();
        slot.busy--;
        this.deal();
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if ('body' in m) p.resolve(m.body);
        else p.reject(m.error);
      });
      w.on('error', (err) => {
        // A worker that dies fails what it had; the others carry on.
        const i = this.workers.indexOf(slot);
        if (i >= 0) this.workers.splice(i, 1);
        for (const [id, p] of this.pending) {
          this.pending.delete(id);
          p.reject({ message: err.message });
        }
        if (!this.workers.length) for (const job of this.queue.splice(0)) job.reject({ message: err.message });
      });
      w.unref();
      this.workers.push(slot);
    }
    this.ready = Promise.all(loading).then(() => undefined);
  }

  get size(): number {
    return this.workers.length;
  }

  /** The route's JSON answer, computed by the first worker free to take it. */
  run(path: string, query: Record<string, unknown>, params: Record<string, string>): Promise<string> {
    if (!this.workers.length) return Promise.reject({ message: 'no query worker is running' } satisfies WorkerError);
    const id = this.next++;
    return new Promise<string>((resolve, reject) => {
      this.queue.push({ id, resolve, reject, message: { id, path, query, params: { ...params } } });
      this.deal();
    });
  }

  /** Hand queued requests to the least busy workers with room. */
  private deal(): void {
    while (this.queue.length) {
      let slot: { w: Worker; busy: number } | undefined;
      for (const x of this.workers) if (x.busy < DEPTH && (!slot || x.busy < slot.busy)) slot = x;
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.busy++;
      this.pending.set(job.id, job);
      slot.w.postMessage(job.message);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((s) => s.w.terminate()));
  }
}
