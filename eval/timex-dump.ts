// Timexes of a Timeline17 sample, one line each, to diff two builds: npx tsx eval/timex-dump.ts [N] [offset]
import { t17Sample } from './t17-sample.js';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';

const limit = Number(process.argv[2] ?? 100);
const skip = Number(process.argv[3] ?? 0);
for (const a of t17Sample(limit + skip, 'eval/timex-dump').slice(skip)) {
  const layer = annotateTime(analyzeText(a));
  const name = a.id.split('/').slice(-4).join('/');
  for (const t of layer.timexes) {
    const s = a.text.slice(Math.max(0, t.start - 40), t.end + 30).replace(/\s+/g, ' ');
    console.log(`${name}\t${t.type}\t${t.value}\t${t.text}\t${s}`);
  }
}
