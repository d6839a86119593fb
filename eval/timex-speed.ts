// Time-stage cost per Timeline17 article (text layer excluded): npx tsx eval/timex-speed.ts [N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import type { Doc } from '../src/model/index.js';
import { sharedPath } from '../src/util/paths.js';

const root = sharedPath('corpus', 't17');
if (!root) {
  console.error('eval/timex-speed: needs ../shared/corpus/t17');
  process.exit(1);
}
const limit = Number(process.argv[2] ?? 400);
const files: { path: string; day: string }[] = [];
for (const topic of readdirSync(root).sort()) {
  const input = join(root, topic, 'InputDocs');
  let days: string[];
  try { days = readdirSync(input).sort(); } catch { continue; }
  for (const day of days) for (const f of readdirSync(join(input, day)).sort()) files.push({ path: join(input, day, f), day });
}
// an even spread over all topics: every k-th article
const step = Math.max(1, Math.floor(files.length / limit));
const docs: Doc[] = [];
for (let i = 0; i < files.length && docs.length < limit; i += step) {
  const { path, day } = files[i]!;
  docs.push(analyzeText({ id: path, date: day, text: readFileSync(path, 'utf8') }));
}
let words = 0;
for (const d of docs) words += d.tokens.length;
for (const d of docs.slice(0, 50)) annotateTime(d); // warm up
// CPU time rather than wall time: other processes on a shared machine inflate the latter
const c0 = process.cpuUsage();
let n = 0;
for (let rep = 0; rep < 3; rep++) for (const d of docs) n += annotateTime(d).timexes.length;
const cu = process.cpuUsage(c0);
const ms = (cu.user + cu.system) / 1000 / 3;
n /= 3;
console.log(`${docs.length} articles, ${Math.round(words / docs.length)} tokens/article, ${n} timexes: ${(ms / docs.length).toFixed(3)} ms/article (time stage only)`);
