// A/B timing of this checkout's event coder against another checkout's (a worktree of HEAD), in one process over
// the same prepared Timeline17 documents, so both meet the same machine load; the order alternates by pass.
// Run: npx tsx eval/events-speed-ab.ts OTHER_CHECKOUT [N] [--other-first]   (e.g. /tmp/base-events 300)
// Whoever runs first in a pass pays for shared lazy work: run both ways and compare like with like.
// Prints CPU ms per article for each pass; pass 1 is the cold one (each coder has its own actor-lookup caches,
// being a separate module tree).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { codeEvents } from '../src/events/index.js';
import { t17Sample } from './t17-sample.js';

const other = process.argv[2];
if (!other) {
  console.error('usage: npx tsx eval/events-speed-ab.ts OTHER_CHECKOUT [N]');
  process.exit(2);
}
type Coder = typeof codeEvents;
const otherCoder = (await import(pathToFileURL(resolve(other, 'src/events/index.ts')).href)).codeEvents as Coder;
const n = Number(process.argv[3] && !process.argv[3].startsWith('--') ? process.argv[3] : 300);
const prepared = t17Sample(n, 'events-speed-ab').map((a) => {
  const doc = analyzeText({ ...a, text: a.text.split('\n').join(' ') });
  return { doc, ents: recognizeEntities(doc), time: annotateTime(doc) };
});
const coders: [string, Coder][] = [['this', codeEvents], ['other', otherCoder]];
if (process.argv.includes('--other-first')) coders.reverse();
for (const [, c] of coders) for (const p of prepared.slice(0, 20)) c(p.doc, p.ents, p.time); // warm-up
const ms: Record<string, number[]> = { this: [], other: [] };
for (let pass = 0; pass < 4; pass++) {
  const order = pass % 2 ? [...coders].reverse() : coders;
  for (const [name, c] of order) {
    const c0 = process.cpuUsage();
    for (const p of prepared) c(p.doc, p.ents, p.time);
    const cu = process.cpuUsage(c0);
    ms[name]!.push((cu.user + cu.system) / 1000 / prepared.length);
  }
}
for (const [name, v] of Object.entries(ms)) console.log(`${name}: ${v.map((x) => x.toFixed(3)).join(' ')} ms CPU/article (passes 1-4)`);
