// npm run bench: annotate all of Timeline17 with one worker and with all workers; articles/s, words/s, peak RSS.
// Each run is a fresh child process so peak RSS is its own. Runs are interleaved and repeated; medians reported.
// Baseline, side by side: the text layer alone (wink-nlp sentences, tokens, POS), which DESIGN.md calls the floor.
//   npm run bench [-- --limit N] [--reps 3] [--node-flags "--max-semi-space-size=32"]
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.js';
import type { Article } from '../src/model/index.js';
import { annotateAll } from '../src/parallel/pool.js';
import { analyzeText } from '../src/text/index.js';
import { sharedPath } from '../src/util/paths.js';

interface Result { mode: string; workers: number; articles: number; words: number; secs: number; cpuSecs: number; rssMB: number }

async function load(limit: number): Promise<Article[]> {
  const dir = sharedPath('corpus', 't17');
  if (!dir) throw new Error('needs ../shared/corpus/t17 (set DOSSIER_SHARED to its folder)');
  const out: Article[] = [];
  for await (const item of readInputs([dir])) {
    if ('article' in item) out.push(item.article);
    if (out.length >= limit) break;
  }
  return out;
}

async function child(mode: string, workers: number, limit: number): Promise<Result> {
  const articles = await load(limit);
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  if (mode === 'text') for (const a of articles) analyzeText(a);
  else for await (const r of annotateAll(articles.map((article) => ({ tag: 0, article })), workers)) if ('error' in r) throw new Error(r.error);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0); // all threads of the process
  return { mode, workers, articles: articles.length, words, secs, cpuSecs: (c.user + c.system) / 1e6, rssMB: process.resourceUsage().maxRSS / 1024 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

async function main() {
  const args = process.argv.slice(2);
  const get = (k: string, d: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1]! : d; };
  const limit = Number(get('--limit', '1000000'));
  if (args[0] === '--child') {
    process.stdout.write(JSON.stringify(await child(args[1]!, Number(args[2]), limit)) + '\n');
    return;
  }
  const reps = Number(get('--reps', '3'));
  // Extra V8/Node flags for the runs, e.g. --node-flags "--max-semi-space-size=32" (a larger young generation).
  const nodeFlags = get('--node-flags', '').split(' ').filter(Boolean);
  const all = availableParallelism();
  // workers=0 runs the pipeline in the main thread: one core, no worker overhead.
  const configs: [string, number][] = [['text', 0], ['pipeline', 0], ['pipeline', all]];
  const results: Result[] = [];
  for (let r = 0; r < reps; r++) {
    for (const [mode, w] of configs) {
      const out = spawnSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), '--child', mode, String(w), '--limit', String(limit)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (out.status !== 0) throw new Error(`bench child failed: ${out.stderr}`);
      const res = JSON.parse(out.stdout) as Result;
      results.push(res);
      process.stderr.write(`rep ${r + 1}/${reps} ${mode} workers=${w || 1}${w ? '' : ' (main thread)'}: ${(res.articles / res.secs).toFixed(1)} articles/s, ${res.rssMB.toFixed(0)} MB\n`);
    }
  }
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  console.log(`corpus: ${results[0]!.articles} Timeline17 articles, ${results[0]!.words} words; median of ${reps} runs each\n`);
  // CPU ms per article is steadier than wall-clock rates on a shared machine.
  console.log('| run | workers | articles/s | words/s | CPU ms/article | peak RSS (MB) | vs text layer |');
  console.log('|---|---|---|---|---|---|---|');
  const base = median(results.filter((r) => r.mode === 'text').map((r) => r.articles / r.secs));
  for (const [mode, w] of configs) {
    const rs = results.filter((r) => r.mode === mode && r.workers === w);
    const aps = median(rs.map((r) => r.articles / r.secs));
    const wps = median(rs.map((r) => r.words / r.secs));
    const label = mode === 'text' ? 'text layer only (baseline)' : 'whole pipeline';
    const cpuMs = median(rs.map((r) => (r.cpuSecs * 1000) / r.articles));
    console.log(`| ${label} | ${w || 1} | ${aps.toFixed(1)} | ${Math.round(wps).toLocaleString('en-US')} | ${cpuMs.toFixed(2)} | ${median(rs.map((r) => r.rssMB)).toFixed(0)} | ${(aps / base).toFixed(2)}x |`);
  }
}

await main();
