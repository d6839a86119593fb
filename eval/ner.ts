// NER evaluation: exact-span CoNLL F1, overall and per type, on eng.testa (and CleanCoNLL dev when present),
// through the same annotate --format conll path users run; then the tagger's speed on Timeline17 articles.
//   npx tsx eval/ner.ts [--speed-docs N] [--speed-only]
import { t17Sample } from './t17-sample.js';
import { readFileSync } from 'node:fs';
import { tagDoc, tagTokenIds } from '../src/entities/tagger/index.js';
import { formatScore, scoreIob } from '../src/entities/tagger/score.js';
import { annotateConll, parseConll } from '../src/formats/conll.js';
import { analyzeText } from '../src/text/index.js';
import { sharedPath } from '../src/util/paths.js';

/** Score a CoNLL file: gold is the last column of the input, prediction the column annotateConll appends. */
export function scoreConllFile(file: string): ReturnType<typeof scoreIob> {
  const input = readFileSync(file, 'utf8');
  const out = parseConll(annotateConll(input));
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const d of out) {
    for (const s of d.sentences) pred.push(s.tags.map((t) => t || 'O'));
  }
  // Gold: the same file parsed before annotation (its last column).
  for (const d of parseConll(input)) for (const s of d.sentences) gold.push(s.tags.map((t) => t || 'O'));
  return scoreIob(gold, pred);
}

function t17Articles(max: number): { date: string; text: string; sentences: string[][] }[] {
  return t17Sample(max, 'eval/ner').map(({ date, text }) => ({
    date, text, sentences: text.split('\n').map((l) => l.trim().split(/\s+/).filter(Boolean)).filter((s) => s.length),
  }));
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--speed-docs');
  const speedDocs = (at >= 0 && Number(args[at + 1])) || 500;
  const speedOnly = args.includes('--speed-only');
  for (const [name, parts] of [
    ['eng.testa (CoNLL-2003 development)', ['gold', 'ner', 'eng.testa']],
    ['CleanCoNLL dev', ['gold', 'ner', 'cleanconll', 'cleanconll.dev']],
  ] as const) {
    if (speedOnly) break;
    const p = sharedPath(...parts);
    if (!p) { console.log(`${name}: skipped, needs ../shared/${parts.join('/')}`); continue; }
    console.log(`${name}, exact-span F1:`);
    console.log(formatScore(scoreConllFile(p)));
  }

  const arts = t17Articles(speedDocs);
  if (!arts.length) { console.log('speed: skipped, needs ../shared/corpus/t17'); return; }
  // Tagger alone on pre-tokenised sentences: warm up, then time several rounds.
  let tokens = 0;
  for (const a of arts) for (const s of a.sentences) tokens += s.length;
  for (const a of arts) tagTokenIds(a.sentences);
  // CPU time of this process (user + system), not wall time: the machine's 2 cores are shared.
  const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const rounds = 3;
  const t0 = cpu();
  for (let r = 0; r < rounds; r++) for (const a of arts) tagTokenIds(a.sentences);
  const sec = cpu() - t0;
  console.log(`speed, tagger alone: ${arts.length} T17 articles, ${tokens} tokens x ${rounds}: ` +
    `${Math.round((tokens * rounds) / sec).toLocaleString('en')} tokens/s, ${((1000 * sec) / (rounds * arts.length)).toFixed(2)} ms/article (CPU time, one core)`);
  // tagDoc on wink-nlp documents (the pipeline's path; text layer excluded from the timing).
  const docs = arts.map((a, i) => analyzeText({ id: String(i), date: a.date, text: a.sentences.map((s) => s.join(' ')).join('\n') }));
  let dTokens = 0;
  for (const d of docs) { dTokens += d.tokens.length; tagDoc(d); }
  const t1 = cpu();
  for (let r = 0; r < rounds; r++) for (const d of docs) tagDoc(d);
  const sec1 = cpu() - t1;
  console.log(`speed, tagDoc on wink-nlp tokens: ${Math.round((dTokens * rounds) / sec1).toLocaleString('en')} tokens/s, ` +
    `${((1000 * sec1) / (rounds * docs.length)).toFixed(2)} ms/article`);
}

main();
