// The API's route handlers without HTTP, on a store: the CPU one request costs (handler and JSON text, one
// thread), and the answers themselves for comparing two versions byte for byte. --root points at another checkout
// (a `git worktree` of the baseline), so the baseline and the change run side by side on copies of one store.
//
//   npx tsx bench/api-handlers.ts cpu --db FILE [--root DIR] [--reps 4] [endpoint...]
//   npx tsx bench/api-handlers.ts answers --db FILE --out FILE [--root DIR] [endpoint...]
//
// Endpoint names as in bench/http.ts (stats, 'events?actor=', itinerary, ...). Run with tsx: --root imports that
// checkout's TypeScript sources.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/util/paths.js';
import { variants, workloads } from './api-urls.js';

interface Route { path: string; query: unknown; handle(q: unknown, p: Record<string, string>): unknown }

const { values: o, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string' }, root: { type: 'string' }, out: { type: 'string' }, reps: { type: 'string', default: '4' } },
});
const [mode, ...only] = positionals;
if ((mode !== 'cpu' && mode !== 'answers') || !o.db || (mode === 'answers' && !o.out)) {
  console.error('usage: api-handlers.ts cpu --db FILE [--root DIR] [--reps N] [endpoint...] | answers --db FILE --out FILE [--root DIR] [endpoint...]');
  process.exit(2);
}
const root = resolve(o.root ?? repoRoot);
const load = (rel: string) => import(pathToFileURL(join(root, rel)).href);
const app = await load('src/server/app.ts');
const { Store } = await load('src/store/index.ts');
const { parseQuery } = await load('src/server/params.ts');
// Older checkouts stringify every answer; newer ones may answer JSON text already built.
const toJson: (x: unknown) => string = app.toJson ?? JSON.stringify;
const store = new Store(o.db, { readonly: true });
const routes = app.makeRoutes(store) as Route[];
const ids = store.db.prepare('SELECT ext_id FROM articles WHERE id % 211 = 0 LIMIT 60').pluck().all() as string[];

/** One URL through its route: the answer's JSON text, or the error a client would get. */
function answer(url: string): string {
  const u = new URL(url, 'http://x');
  for (const r of routes) {
    const m = new RegExp(`^${r.path.replace(/:\w+/g, '([^/]+)')}$`).exec(u.pathname);
    if (!m) continue;
    try {
      return toJson(r.handle(parseQuery(r.query, Object.fromEntries(u.searchParams)), m[1] ? { id: decodeURIComponent(m[1]) } : {}));
    } catch (e) {
      return `ERROR ${(e as Error).message}`;
    }
  }
  return 'ERROR no route';
}

const sets = (mode === 'cpu' ? workloads(ids) : variants(ids)).filter(([name]) => !only.length || only.includes(name));
if (mode === 'answers') {
  const lines = sets.flatMap(([, urls]) => urls.map((url) => `${url}\t${answer(url)}`));
  writeFileSync(o.out!, lines.join('\n') + '\n');
  console.log(`${lines.length} answers -> ${o.out}`);
} else {
  const reps = Number(o.reps);
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  for (const [name, urls] of sets) {
    for (const u of urls) answer(u); // warm: statements prepared, pages cached
    const per = new Map<string, number>();
    const t0 = cpu();
    for (let k = 0; k < reps; k++) for (const u of urls) {
      const t = cpu();
      answer(u);
      per.set(u, (per.get(u) ?? 0) + (cpu() - t) / reps);
    }
    const mean = (cpu() - t0) / (reps * urls.length);
    const worst = [...per].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([u, t]) => `${u.replace('/api/', '')} ${t.toFixed(1)}`);
    console.log(`${name.padEnd(16)} CPU ms/request ${mean.toFixed(2)}  worst: ${worst.join(' | ')}`);
  }
}
store.close();
