// Timeline date F1 on the Timeline17 topics that have gold timelines (../shared/corpus/t17/*/timelines).
// Each topic's articles go through the real pipeline into a store (cached under $TMPDIR/dossier-eval-t17, timed);
// then `timeline` picks N dates, N = the gold timeline's length, and date F1 is scored against the gold dates.
// Split by story (folder name before "_"): a story is held out ("unseen") when the last hex digit of
// sha1(story) is odd, else it is for development. Weights were tuned on development topics only.
// Two settings: "range" restricts candidate dates to the gold timeline's first..last date (as in Martschat &
// Markert 2018 and news-tls), "open" does not.
//   npx tsx eval/timeline.ts [--fresh] [--topic NAME] [--json] [--grid]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readInputs, contentHash } from '../src/ingest/index.js';
import { annotate } from '../src/pipeline.js';
import { Store, type StoredInput } from '../src/store/index.js';
import { fuseNew } from '../src/fuse/index.js';
import { timeline, WEIGHTS } from '../src/analyze/index.js';
import { dateSignals, rankDates } from '../src/analyze/timeline.js';
import { sharedPath } from '../src/util/paths.js';

export interface Topic {
  name: string;
  story: string;
  split: 'dev' | 'unseen';
  docs: string;
  timelines: { file: string; dates: string[] }[];
}

export function splitOf(story: string): 'dev' | 'unseen' {
  const h = createHash('sha1').update(story).digest('hex');
  return parseInt(h[h.length - 1]!, 16) % 2 === 1 ? 'unseen' : 'dev';
}

/** Gold dates of a Timeline17 timeline file: lines that are a date, between "-----" separators. */
export function goldDates(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split('\n')) if (/^\d{4}-\d{2}-\d{2}$/.test(line.trim())) out.add(line.trim());
  return [...out].sort();
}

export function topics(root: string): Topic[] {
  const out: Topic[] = [];
  for (const name of readdirSync(root).sort()) {
    const tl = join(root, name, 'timelines');
    if (!existsSync(tl)) continue;
    const files = readdirSync(tl).filter((f) => f.endsWith('.txt')).sort();
    if (!files.length) continue;
    const story = name.split('_')[0]!;
    out.push({
      name, story, split: splitOf(story), docs: join(root, name, 'InputDocs'),
      timelines: files.map((f) => ({ file: f, dates: goldDates(readFileSync(join(tl, f), 'utf8')) })),
    });
  }
  return out;
}

/** Date precision, recall and F1 of a predicted date list against gold dates. */
export function dateF1(pred: string[], gold: string[]): { p: number; r: number; f: number } {
  const g = new Set(gold);
  const hit = new Set(pred.filter((d) => g.has(d))).size;
  const p = pred.length ? hit / new Set(pred).size : 0;
  const r = gold.length ? hit / g.size : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** A store with the topic's articles, ingested with the real pipeline unless cached; returns seconds spent. */
export async function topicStore(t: Topic, fresh: boolean): Promise<{ store: Store; seconds: number; cpu: number; fuse: number; articles: number }> {
  const dir = join(tmpdir(), 'dossier-eval-t17');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${t.name}.db`);
  if (fresh) for (const f of [file, file + '-wal', file + '-shm']) rmSync(f, { force: true });
  const cached = existsSync(file);
  const store = new Store(file);
  if (cached && store.stats().articles > 0) return { store, seconds: 0, cpu: 0, fuse: 0, articles: store.stats().articles };
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let batch: StoredInput[] = [];
  let n = 0;
  for await (const item of readInputs([t.docs])) {
    if ('error' in item) continue;
    batch.push({ article: item.article, annotation: annotate(item.article), hash: contentHash(item.article), origin: item.origin.file });
    n++;
    if (batch.length >= 256) {
      store.insert(batch);
      batch = [];
    }
  }
  store.insert(batch);
  const c1 = process.cpuUsage(c0);
  const f0 = process.hrtime.bigint();
  fuseNew(store.db);
  const fuse = Number(process.hrtime.bigint() - f0) / 1e9;
  return { store, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c1.user + c1.system) / 1e6, fuse, articles: n };
}

interface Result {
  topic: string;
  split: string;
  timeline: string;
  n: number;
  range: number;
  open: number;
  /** Baseline: dates ranked by the number of articles published on them, within the gold range. */
  pubOnly: number;
}

export async function evaluate(ts: Topic[], fresh: boolean, weights = WEIGHTS, quiet = false): Promise<Result[]> {
  const out: Result[] = [];
  for (const t of ts) {
    const { store, seconds, cpu, fuse, articles } = await topicStore(t, fresh);
    if (seconds > 0 && !quiet) {
      process.stderr.write(`ingested ${t.name}: ${articles} articles in ${seconds.toFixed(1)} s wall (${(articles / seconds).toFixed(1)} articles/s), ` +
        `pipeline+store CPU ${cpu.toFixed(1)} s (${(articles / cpu).toFixed(1)} articles/s), fusion ${(fuse * 1000).toFixed(0)} ms\n`);
    }
    try {
      for (const tl of t.timelines) {
        const n = tl.dates.length;
        const from = tl.dates[0]!;
        const to = tl.dates[n - 1]!;
        const inRange = timeline(store.db, { dates: n, from, to }, weights).map((e) => e.date);
        const open = timeline(store.db, { dates: n }, weights).map((e) => e.date);
        const base = timeline(store.db, { dates: n, from, to }, { ref: 0, pub: 1, pubNext: 0, events: 0, spread: 0 }).map((e) => e.date);
        out.push({ topic: t.name, split: t.split, timeline: tl.file, n, range: dateF1(inRange, tl.dates).f, open: dateF1(open, tl.dates).f, pubOnly: dateF1(base, tl.dates).f });
      }
    } finally {
      store.close();
    }
  }
  return out;
}

export function mean(rs: Result[], k: 'range' | 'open' | 'pubOnly'): number {
  return rs.length ? rs.reduce((s, r) => s + r[k], 0) / rs.length : 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { fresh: { type: 'boolean' }, topic: { type: 'string' }, json: { type: 'boolean' }, grid: { type: 'boolean' } } });
  const root = sharedPath('corpus', 't17');
  if (!root) {
    console.error('needs ../shared/corpus/t17 (or $DOSSIER_SHARED)');
    process.exit(1);
  }
  let ts = topics(root);
  if (values.topic) ts = ts.filter((t) => t.name === values.topic || t.story === values.topic);
  if (values.grid) return grid(ts.filter((t) => t.split === 'dev'));
  const rs = await evaluate(ts, !!values.fresh);
  if (values.json) {
    console.log(JSON.stringify(rs, null, 2));
    return;
  }
  console.log('split   topic                     N   F1 range  F1 open  baseline (published, range)');
  for (const r of rs) console.log(`${r.split.padEnd(7)} ${r.topic.padEnd(24)} ${String(r.n).padStart(4)}   ${r.range.toFixed(3)}    ${r.open.toFixed(3)}    ${r.pubOnly.toFixed(3)}`);
  for (const s of ['dev', 'unseen'] as const) {
    const sub = rs.filter((r) => r.split === s);
    if (sub.length) console.log(`mean ${s.padEnd(7)} (${sub.length} timelines)    ${mean(sub, 'range').toFixed(3)}    ${mean(sub, 'open').toFixed(3)}    ${mean(sub, 'pubOnly').toFixed(3)}`);
  }
}

/** Coarse search over the signal weights on the development topics (never on unseen ones). */
async function grid(dev: Topic[]): Promise<void> {
  const sets: { signals: ReturnType<typeof dateSignals>; gold: string[] }[] = [];
  for (const t of dev) {
    const { store } = await topicStore(t, false);
    const signals = dateSignals(store.db);
    for (const tl of t.timelines) sets.push({ signals, gold: tl.dates });
    store.close();
  }
  const score = (w: typeof WEIGHTS, range: boolean) => sets.reduce((s, x) => s + dateF1(rankDates(x.signals,
    { dates: x.gold.length, ...(range ? { from: x.gold[0], to: x.gold[x.gold.length - 1] } : {}) }, w).map((r) => r.d), x.gold).f, 0) / sets.length;
  let best = -1;
  const grid = [0, 0.25, 0.5, 1, 2];
  for (const ref of [0, 1])
    for (const pub of grid)
      for (const pubNext of grid)
        for (const events of grid)
          for (const spread of [0, 0.1, 0.25, 0.5]) {
            const w = { ref, pub, pubNext, events, spread };
            const f = score(w, true);
            if (f > best) {
              best = f;
              console.log(`range F1 ${f.toFixed(3)} open ${score(w, false).toFixed(3)}`, JSON.stringify(w));
            }
          }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('eval/timeline.ts')) await main();
