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

export class QueryPool {
  private readonly workers: { w: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
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
      });
      w.unref();
      this.workers.push(slot);
    }
    this.ready = Promise.all(loading).then(() => undefined);
  }

  get size(): number {
    return this.workers.length;
  }

  /** The route's JSON answer, computed by the least busy worker. */
  run(path: string, query: Record<string, unknown>, params: Record<string, string>): Promise<string> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.next++;
    slot.busy++;
    return new Promise<string>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.w.postMessage({ id, path, query, params: { ...params } });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((s) => s.w.terminate()));
  }
}
