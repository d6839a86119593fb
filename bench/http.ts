// HTTP API load benchmark: a synthetic store of >= 100k events made from the real annotated examples/
// (articles copied across three years, with every date shifted and most person names varied), served by
// `dossier serve` in its own process, hammered by autocannon with 50 concurrent connections per endpoint.
// Each endpoint gets a rotating set of varied URLs (actors, date windows, words, ids), run twice: with the
// server's answer cache off (every request hits SQLite) and on (the default). Reports p50/p95/p99 latency.
//
//   npx tsx bench/http.ts [--articles 13000] [--seconds 5] [--connections 50] [--db FILE] [--build-only] [--only itinerary,timeline]
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentHash, readInputs } from '../src/ingest/index.js';
import type { Annotation, Article } from '../src/model/index.js';
import { annotate } from '../src/pipeline.js';
import { fuseNew } from '../src/fuse/index.js';
import { Store, type StoredInput } from '../src/store/index.js';
import { repoRoot, sampleInputs } from '../src/util/paths.js';
import { workloads } from './api-urls.js';

interface Cannon {
  (opts: Record<string, unknown>): { on(ev: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void } & PromiseLike<{ non2xx: number; errors: number; timeouts: number; requests: { total: number; average: number } }>;
}
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const { values: o } = parseArgs({
  options: {
    articles: { type: 'string', default: '13000' }, seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' }, db: { type: 'string' }, 'build-only': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const N = Number(o.articles);
const SECONDS = Number(o.seconds);
const CONNECTIONS = Number(o.connections);

const DAY = 86400000;
const shiftDay = (v: string, days: number) => new Date(Date.parse(`${v.slice(0, 10)}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10) + v.slice(10);
const shiftValue = (v: string | undefined, days: number) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? shiftDay(v, days) : v);

/** The same letters shifted by v places: another surname of the same length, so text offsets stay valid. */
function caesar(word: string, v: number): string {
  return word.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(base + ((c.charCodeAt(0) - base + v) % 26));
  });
}

/** Copy i of an annotated article: dates shifted; in 39 copies of 40 every person's surname is another one
 * (in the text and in the annotations alike), so an actor appears in a realistic share of the corpus. */
function copy(a: Article, n: Annotation, i: number): StoredInput {
  const days = (i * 7) % 1095 - 400; // spread over three years around the originals
  const v = i % 40;
  const surnames = new Set<string>();
  if (v) for (const e of n.entities) if (e.type === 'PER' && e.actor) { const w = /(\p{L}{4,})$/u.exec(e.actor.name); if (w) surnames.add(w[1]!); }
  const re = surnames.size ? new RegExp(`\\b(${[...surnames].join('|')})\\b`, 'g') : undefined;
  const sw = (s: string) => (re ? s.replace(re, (w) => caesar(w, v)) : s);
  const swOpt = (s: string | undefined) => (s === undefined ? s : sw(s));
  const span = <T extends { text: string; name?: string }>(x: T | null): T | null => (x ? { ...x, text: sw(x.text), ...(x.name ? { name: sw(x.name) } : {}) } : x);
  const article: Article = { ...a, id: `${a.id}#${i}`, date: shiftDay(a.date, days), text: sw(a.text), title: `${swOpt(a.title) ?? a.id} (${i})` };
  const annotation: Annotation = {
    anchor: shiftDay(n.anchor, days),
    entities: n.entities.map((e) => ({ ...e, text: sw(e.text), ...(e.actor ? { actor: { ...e.actor, name: sw(e.actor.name) } } : {}) })),
    timexes: n.timexes.map((t) => ({ ...t, value: shiftValue(t.value, days)! })),
    events: n.events.map((e) => ({ ...e, date: shiftValue(e.date, days), source: span(e.source), target: span(e.target) })),
    quotes: n.quotes.map((q) => ({ ...q, text: sw(q.text), speaker: span(q.speaker) })),
  };
  return { article, annotation, hash: `bench-${i}-${contentHash(a)}` };
}

async function build(file: string): Promise<{ events: number; articles: number; secs: number; fuseSecs: number }> {
  const templates: { a: Article; n: Annotation }[] = [];
  for await (const item of readInputs(sampleInputs())) if ('article' in item) templates.push({ a: item.article, n: annotate(item.article) });
  const t0 = Date.now();
  const store = new Store(file);
  for (let start = 0; start < N; start += 500) {
    const batch: StoredInput[] = [];
    for (let i = start; i < Math.min(N, start + 500); i++) {
      const t = templates[i % templates.length]!;
      batch.push(copy(t.a, t.n, i));
    }
    store.insert(batch);
  }
  const secs = (Date.now() - t0) / 1000;
  const t1 = Date.now();
  fuseNew(store.db);
  const fuseSecs = (Date.now() - t1) / 1000;
  const st = store.stats();
  store.close();
  return { events: st.events, articles: st.articles, secs, fuseSecs };
}

function serve(db: string, cache: boolean): Promise<{ child: ChildProcess; url: string }> {
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  const args = compiled ? [join(repoRoot, 'dist', 'src', 'cli', 'main.js')] : ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts')];
  const child = spawn(process.execPath, [...args, 'serve', '--db', db, '--port', '0', ...(cache ? [] : ['--no-cache'])], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

interface Load { requests: number; rps: number; p50: number; p95: number; p99: number; bad: number }

const ms = (x: number) => Math.round(x * 10) / 10;

async function hammer(url: string, paths: string[]): Promise<Load> {
  const lat: number[] = [];
  let k = 0;
  const t0 = Date.now();
  const inst = autocannon({
    url, connections: CONNECTIONS, timeout: 300, duration: SECONDS,
    requests: [{ method: 'GET', setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[k++ % paths.length] }) }],
  });
  inst.on('response', (_c, _s, _b, t) => lat.push(t));
  const r = await inst;
  lat.sort((a, b) => a - b);
  const q = (p: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]! : NaN);
  return { requests: lat.length, rps: lat.length / ((Date.now() - t0) / 1000), p50: ms(q(0.5)), p95: ms(q(0.95)), p99: ms(q(0.99)), bad: r.non2xx + r.errors + r.timeouts };
}

/** One client, one request at a time, no cache: the time each request costs the server (plus the loopback). */
async function single(url: string, paths: string[]): Promise<{ mean: number; max: number; slowest: string }> {
  let sum = 0;
  let max = 0;
  let slowest = '';
  const distinct = [...new Set(paths)];
  for (const p of distinct) {
    const t = performance.now();
    await fetch(url + p).then((r) => r.text());
    const d = performance.now() - t;
    sum += d;
    if (d > max) [max, slowest] = [d, p];
  }
  return { mean: ms(sum / distinct.length), max: ms(max), slowest };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-http-bench-'));
  const db = o.db ?? join(dir, 'bench.db');
  try {
    if (!existsSync(db)) {
      const b = await build(db);
      console.error(`store: ${b.articles} articles, ${b.events} events (written in ${b.secs.toFixed(1)} s, fused in ${b.fuseSecs.toFixed(1)} s) at ${db}`);
    }
    if (o['build-only']) return;
    const probe = new Store(db); // writable once: migrates a store made by an older version
    const ids = probe.db.prepare('SELECT ext_id FROM articles WHERE id % 211 = 0 LIMIT 60').pluck().all() as string[];
    const stats = probe.stats();
    probe.close();
    const only = o.only?.split(',');
    const loads = workloads(ids).filter(([name]) => !only || only.includes(name));
    const one = new Map<string, Awaited<ReturnType<typeof single>>>();
    const off = new Map<string, Load>();
    const warm = new Map<string, Load>();
    for (const cache of [false, true]) {
      const { child, url } = await serve(db, cache);
      try {
        for (const [name, paths] of loads) {
          if (!cache) {
            await fetch(url + paths[0]!).then((r) => r.text()); // SQLite's page cache and prepared statements
            const s1 = await single(url, paths);
            one.set(name, s1);
            console.error(`${name.padEnd(16)} 1 client: mean ${s1.mean} ms, max ${s1.max} ms (${s1.slowest})`);
          } else {
            // Every URL of the set is asked once first: the run measures repeated views, what the cache is for.
            for (const p of new Set(paths)) await fetch(url + p).then((r) => r.text());
          }
          const r = await hammer(url, paths);
          (cache ? warm : off).set(name, r);
          console.error(`${name.padEnd(16)} ${CONNECTIONS} clients, cache ${cache ? 'warm' : 'off '}: ${r.requests} req, ${r.rps.toFixed(0)}/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms${r.bad ? `, non-2xx/errors ${r.bad}` : ''}`);
        }
      } finally {
        child.kill('SIGTERM');
      }
    }
    const head = `${stats.events.toLocaleString('en')} events in ${stats.articles.toLocaleString('en')} articles; ${CONNECTIONS} concurrent connections, `
      + `${SECONDS} s per endpoint with the cache off and again warm; 60 varied URLs per endpoint; `
      + `${cpus().length} × ${cpus()[0]?.model.trim()}; Node ${process.version}`;
    const table = [
      '| endpoint | 1 client, no cache: mean / max ms | 50 clients, no cache: req/s | p50 ms | **p95 ms** | 50 clients, warm cache: req/s | p50 ms | **p95 ms** |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...loads.map(([name]) => {
        const a = one.get(name)!;
        const b = off.get(name)!;
        const c = warm.get(name)!;
        const bad = (l: Load) => (l.bad ? ` (${l.bad} failed)` : '');
        return `| ${name} | ${a.mean} / ${a.max} | ${b.rps.toFixed(0)} | ${b.p50} | **${b.p95}**${bad(b)} | ${c.rps.toFixed(0)} | ${c.p50} | **${c.p95}**${bad(c)} |`;
      }),
    ].join('\n');
    const slow = loads.map(([name]) => `- ${name}: slowest ${one.get(name)!.max} ms for \`${one.get(name)!.slowest}\``).join('\n');
    process.stdout.write(`${head}\n\n${table}\n\nSlowest single request per endpoint:\n${slow}\n`);
  } finally {
    if (!o.db) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
