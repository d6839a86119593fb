// One query worker of the server's pool (pool.ts): its own read-only Store, the same route handlers as the
// main thread, answers as JSON text.
import { parentPort, workerData } from 'node:worker_threads';
import { Store } from '../store/index.js';
import { makeRoutes, toJson } from './app.js';
import type { WorkerError } from './pool.js';

const store = new Store((workerData as { file: string }).file, { readonly: true });
const routes = new Map(makeRoutes(store).map((r) => [r.path, r]));

parentPort!.on('message', (m: { id: number; path: string; query: Record<string, string | number | undefined>; params: Record<string, string> }) => {
  try {
    const r = routes.get(m.path);
    if (!r) throw new Error(`no route ${m.path}`);
    parentPort!.postMessage({ id: m.id, body: toJson(r.handle(m.query, m.params)) });
  } catch (err) {
    const e = err as Error & { statusCode?: number; code?: string };
    const error: WorkerError = { message: e.message };
    if (typeof e.statusCode === 'number') error.statusCode = e.statusCode;
    if (typeof e.code === 'string') error.code = e.code;
    parentPort!.postMessage({ id: m.id, error });
  }
});
// Loaded and connected: the pool may count this worker ready.
parentPort!.postMessage({ ready: true });
