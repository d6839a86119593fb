// Quote stage throughput on Timeline17 articles: ms per article for findQuotes alone (text and entity layers
// computed beforehand), wall clock and process CPU time (user + system: the fair figure on a shared machine).
// Usage: npx tsx bench/quotes.ts [N articles, default 400]
import { t17Sample } from '../eval/t17-sample.js';
import { analyzeText } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { findQuotes } from '../src/quotes/index.js';

const limit = Number(process.argv[2] ?? 400);
const prepared = t17Sample(limit, 'bench/quotes').map((a) => {
  const doc = analyzeText(a);
  return { doc, ents: recognizeEntities(doc) };
});
let quotes = 0;
for (const p of prepared) findQuotes(p.doc, p.ents); // warm-up
// several rounds; the fastest is the least disturbed by other processes and by collections of earlier stages
const rounds = 7;
const times: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const p of prepared) quotes += findQuotes(p.doc, p.ents).length;
  const c1 = process.cpuUsage(c0);
  times.push((performance.now() - t0) / prepared.length);
  cpu.push((c1.user + c1.system) / 1000 / prepared.length);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
console.log(
  `findQuotes: ${prepared.length} T17 articles, ${times[0]!.toFixed(3)} ms/article best round, ` +
    `${times[rounds >> 1]!.toFixed(3)} median; CPU time ${cpu[0]!.toFixed(3)} best, ${cpu[rounds >> 1]!.toFixed(3)} median; ` +
    `${(quotes / rounds / prepared.length).toFixed(1)} quotes/article`,
);
