// Quote stage throughput on Timeline17 articles: ms per article for findQuotes alone (text and entity layers
// computed beforehand). Usage: npx tsx bench/quotes.ts [N articles, default 400]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { findQuotes } from '../src/quotes/index.js';
import { sharedPath } from '../src/util/paths.js';

const root = sharedPath('corpus', 't17');
if (!root) {
  console.error('needs ../shared/corpus/t17');
  process.exit(1);
}
const limit = Number(process.argv[2] ?? 400);
const files: [string, string][] = [];
for (const topic of readdirSync(root).sort()) {
  const inputs = join(root, topic, 'InputDocs');
  let days: string[] = [];
  try { days = readdirSync(inputs).sort(); } catch { continue; }
  for (const day of days) for (const f of readdirSync(join(inputs, day)).sort()) files.push([day, join(inputs, day, f)]);
}
// spread the sample over all topics
const step = Math.max(1, Math.floor(files.length / limit));
const sample = files.filter((_, i) => i % step === 0).slice(0, limit);
const prepared = sample.map(([date, f], i) => {
  const doc = analyzeText({ id: String(i), date, text: readFileSync(f, 'utf8') });
  return { doc, ents: recognizeEntities(doc) };
});
let quotes = 0;
for (const p of prepared) findQuotes(p.doc, p.ents); // warm-up
// several rounds; the fastest is the least disturbed by other processes and by collections of earlier stages
const rounds = 7;
const times: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (const p of prepared) quotes += findQuotes(p.doc, p.ents).length;
  times.push((performance.now() - t0) / prepared.length);
}
times.sort((a, b) => a - b);
console.log(
  `findQuotes: ${prepared.length} T17 articles, ${times[0]!.toFixed(3)} ms/article best round, ` +
    `${times[rounds >> 1]!.toFixed(3)} median, ${(quotes / rounds / prepared.length).toFixed(1)} quotes/article`,
);
