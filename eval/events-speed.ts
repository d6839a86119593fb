// Time the event coder alone on Timeline17 articles (text, time and entity layers computed beforehand);
// prints the first pass (cold caches of actor lookups) and the best of five passes.
// Run: npx tsx eval/events-speed.ts [N]   (default 300 articles, the first N files in sorted order)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../src/util/paths.js';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { codeEvents } from '../src/events/index.js';

const root = sharedPath('corpus', 't17');
if (!root) throw new Error('needs ../shared/corpus/t17');
const n = Number(process.argv[2] ?? 300);
const files: { path: string; date: string }[] = [];
outer: for (const topic of readdirSync(root).sort()) {
  const inp = join(root, topic, 'InputDocs');
  let days: string[] = [];
  try { days = readdirSync(inp).sort(); } catch { continue; }
  for (const day of days) {
    for (const f of readdirSync(join(inp, day)).sort()) {
      files.push({ path: join(inp, day, f), date: day });
      if (files.length >= n * 4) break outer;
    }
  }
}
// Spread the sample over topics: every 4th file.
const sample = files.filter((_, i) => i % 4 === 0).slice(0, n);
const prepared = sample.map(({ path, date }, i) => {
  const text = readFileSync(path, 'utf8').split('\n').join(' ');
  const doc = analyzeText({ id: String(i), date, text });
  return { doc, ents: recognizeEntities(doc), time: annotateTime(doc), words: doc.tokens.length };
});
let events = 0;
for (const p of prepared.slice(0, 20)) codeEvents(p.doc, p.ents, p.time); // warm-up
// CPU time (user + system) is less disturbed than wall time on a shared machine; best of 5 passes.
let ms = Infinity;
let wall = Infinity;
let first = 0;
for (let pass = 0; pass < 5; pass++) {
  events = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const p of prepared) events += codeEvents(p.doc, p.ents, p.time).length;
  wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e6);
  const cu = process.cpuUsage(c0);
  ms = Math.min(ms, (cu.user + cu.system) / 1000);
  if (pass === 0) first = (cu.user + cu.system) / 1000;
}
const tokens = prepared.reduce((a, p) => a + p.words, 0);
console.log(`${prepared.length} articles, ${tokens} tokens, ${events} events: first pass (cold knowledge-base caches) ` +
  `${(first / prepared.length).toFixed(3)} ms CPU/article; best of 5 ${(ms / prepared.length).toFixed(3)} ms CPU, ${(wall / prepared.length).toFixed(3)} ms wall`);
