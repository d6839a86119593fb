// The server's query workers (src/server/pool.ts): over a read-only store, answers computed in worker threads
// are the main thread's answers, byte for byte, errors included (404, a bad full-text query's 400).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/server/index.js';
import { Store } from '../src/store/index.js';
import { fuseNew } from '../src/fuse/index.js';
import { fixtureStore } from './server-fixture.js';

const URLS = [
  '/api/stats', '/api/events?actor=Blinken', '/api/events?actor=usa&limit=2&offset=1', '/api/events?source=RUS',
  '/api/quotes?speaker=Lavrov', '/api/actors/Blinken', '/api/articles?q=Geneva', '/api/articles?q=%22unbalanced',
  '/api/articles/nope', '/api/itinerary?actor=Blinken', '/api/timeline?dates=3', '/api/escalation?a=USA&b=RUS&by=day',
  '/api/network', '/api/events?from=notadate',
];

test('query workers answer as the main thread does, errors included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pool-'));
  const file = join(dir, 'pool.db');
  const w = fixtureStore(file);
  fuseNew(w.db);
  w.close();
  const store = new Store(file, { readonly: true });
  try {
    const answers: string[][] = [];
    for (const workers of [0, 2]) {
      const app = buildServer(store, { workers, cache: false, webRoot: join(dir, 'none') });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
      try {
        // Concurrently, so both workers take requests.
        answers.push(await Promise.all(URLS.map(async (u) => {
          const r = await fetch(base + u);
          return `${r.status} ${await r.text()}`;
        })));
      } finally {
        await app.close();
      }
    }
    const [main, pooled] = answers as [string[], string[]];
    URLS.forEach((u, i) => assert.equal(pooled[i], main[i], u));
    assert.match(main[URLS.indexOf('/api/articles/nope')]!, /^404 /);
    assert.match(main[URLS.indexOf('/api/articles?q=%22unbalanced')]!, /^400 /);
    assert.match(main[URLS.indexOf('/api/events?actor=Blinken')]!, /^200 .*Blinken/);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
