// How often the inferred time of writing differs from the date field: on TimeBank/AQUAINT the DCT is the
// time of writing by construction, so every move there is an error; on Timeline17 moves are candidates to read.
//   npx tsx eval/timex-anchor.ts [--show N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTml, stripTextTags } from '../src/formats/timeml.js';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import { sharedPath } from '../src/util/paths.js';

const show = process.argv.includes('--show') ? Number(process.argv[process.argv.indexOf('--show') + 1]) : 0;
const report = (name: string, items: { id: string; date: string; text: string }[]) => {
  let moved = 0;
  const shown: string[] = [];
  for (const a of items) {
    const anchor = annotateTime(analyzeText(a)).anchor;
    if (anchor !== a.date) {
      moved++;
      if (shown.length < show) shown.push(`  ${a.id}: ${a.date} -> ${anchor}`);
    }
  }
  console.log(`${name}: anchor differs from the date field in ${moved} of ${items.length} articles`);
  if (shown.length) console.log(shown.join('\n'));
};

const tbaq = sharedPath('gold', 'timex', 'tbaq');
if (tbaq) {
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = join(tbaq, sub);
    report(sub, readdirSync(dir).filter((f) => f.endsWith('.tml')).map((f) => {
      const d = parseTml(stripTextTags(readFileSync(join(dir, f), 'utf8')), f);
      return { id: f, date: d.dct, text: d.text };
    }));
  }
}
const t17 = sharedPath('corpus', 't17');
if (t17) {
  const items: { id: string; date: string; text: string }[] = [];
  for (const topic of readdirSync(t17).sort()) {
    let days: string[];
    try { days = readdirSync(join(t17, topic, 'InputDocs')).sort(); } catch { continue; }
    for (const day of days) for (const f of readdirSync(join(t17, topic, 'InputDocs', day)).sort()) {
      items.push({ id: `${topic}/${day}/${f}`, date: day, text: readFileSync(join(t17, topic, 'InputDocs', day, f), 'utf8') });
    }
  }
  report('Timeline17', items.filter((_, i) => i % 4 === 0));
}
