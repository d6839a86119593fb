// Time-stage cost per Timeline17 article (text layer excluded): npx tsx eval/timex-speed.ts [N]
import { t17Sample } from './t17-sample.js';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import type { Doc } from '../src/model/index.js';

const limit = Number(process.argv[2] ?? 400);
const docs: Doc[] = t17Sample(limit, 'eval/timex-speed').map(analyzeText);
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
