// CPU ms per article of each pipeline stage (text, time, NER tagger, mentions and actors, events, quotes) on a
// spread sample of Timeline17. With --base DIR (another checkout, e.g. a `git worktree` of the last commit, with
// its node_modules and ../shared reachable) both versions run in this one process, alternating per article, so
// the host's noise falls on both alike: an A/B of a speed change that `npm run bench` runs too far apart to show.
// But not every bias: two copies of the same code (A/A, 2026-12-03, 200 articles) differed in the tagger stage
// by 5-27% in 4 runs of 4, the same copy ahead whichever was loaded first; other stages by up to 17% either way.
// So run the A/A first, and swap the roles (the change in the base folder) before believing a gain that size.
// V8 compiles on background threads whose CPU lands in whichever stage is running, so a change that saves compiles
// has its saving spread over both versions; `node --single-threaded --import tsx bench/stages.ts ...` compiles on the
// main thread, inside the stage (and the version) that asked for it.
//   npx tsx bench/stages.ts [--base DIR] [--limit 300] [--stride 15] [--passes 2]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t17Every } from './t17-every.js';
import type { Article } from '../src/model/index.js';
import { repoRoot } from '../src/util/paths.js';

const STAGES = ['text', 'time', 'tagger', 'entities', 'events', 'quotes'] as const;
type Times = Record<(typeof STAGES)[number], number>;

/* eslint-disable @typescript-eslint/no-explicit-any */
async function load(root: string) {
  const mod = (p: string): Promise<any> => import(pathToFileURL(resolve(root, p)).href);
  return {
    analyzeText: (await mod('src/text/index.ts')).analyzeText,
    annotateTime: (await mod('src/time/index.ts')).annotateTime,
    tagDoc: (await mod('src/entities/tagger/index.ts')).tagDoc,
    entitiesFromTagged: (await mod('src/entities/index.ts')).entitiesFromTagged,
    codeEvents: (await mod('src/events/index.ts')).codeEvents,
    findQuotes: (await mod('src/quotes/index.ts')).findQuotes,
    KnownActors: (await mod('src/actors/index.ts')).KnownActors,
  };
}
type Pipeline = Awaited<ReturnType<typeof load>>;

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** One article through every stage, each stage's CPU added to t. */
function run(p: Pipeline, a: Article, known: unknown, t: Times | undefined): void {
  let c0 = cpu();
  const lap = (k: keyof Times) => {
    const c1 = cpu();
    if (t) t[k] += c1 - c0;
    c0 = c1;
  };
  const doc = p.analyzeText(a); lap('text');
  const time = p.annotateTime(doc); lap('time');
  const tagged = p.tagDoc(doc); lap('tagger');
  const ents = p.entitiesFromTagged(doc, tagged, known); lap('entities');
  p.codeEvents(doc, ents, time); lap('events');
  p.findQuotes(doc, ents); lap('quotes');
}

async function main() {
  const args = process.argv.slice(2);
  const get = (k: string, d: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1]! : d; };
  const limit = Number(get('--limit', '300'));
  const stride = Number(get('--stride', '15'));
  const passes = Number(get('--passes', '2'));
  const base = args.includes('--base') ? get('--base', '') : undefined;
  const articles = await t17Every(stride, limit);
  const versions: [string, Pipeline][] = [['this tree', await load(repoRoot)]];
  if (base) versions.unshift([`base ${base}`, await load(base)]);
  const totals = versions.map(() => Object.fromEntries(STAGES.map((s) => [s, 0])) as Times);
  // Pass 0 warms the JIT and the tagger's word cache and is not counted.
  for (let pass = 0; pass <= passes; pass++) {
    const known = versions.map(([, p]) => new p.KnownActors([]));
    articles.forEach((a, i) => {
      for (let j = 0; j < versions.length; j++) {
        const v = (i + pass + j) % versions.length; // alternate which version goes first
        run(versions[v]![1], a, known[v], pass ? totals[v] : undefined);
      }
    });
  }
  console.log(`${articles.length} Timeline17 articles (every ${stride}th), ${passes} passes; CPU ms/article\n`);
  console.log(`| version | ${STAGES.join(' | ')} | whole | whole / text |`);
  console.log(`|---|${STAGES.map(() => '---:').join('|')}|---:|---:|`);
  versions.forEach(([name], j) => {
    const t = totals[j]!;
    const per = STAGES.map((s) => t[s] / (articles.length * passes));
    const whole = per.reduce((x, y) => x + y, 0);
    console.log(`| ${name} | ${per.map((x) => x.toFixed(2)).join(' | ')} | ${whole.toFixed(2)} | ${(whole / per[0]!).toFixed(2)}x |`);
  });
}

await main();
