// Development set in the genre of the test: 25 Timeline17 news articles (../shared/corpus/t17), TIMEX3 annotated
// by hand for this project (round 9) following TimeBank's conventions. eval/data/t17-timex.dev.jsonl holds, per
// timex, the article (path under t17), character offsets in the file as read (UTF-8, JS string indices), a hash
// of the covered text (to catch drift of the corpus), type and value; no corpus text. The folder date is the
// creation time, as the pipeline uses it. Articles are split in two halves: "tune" (errors may be read) and
// "check" (figures only). Scored with the TempEval-3 measures of eval/timex.ts.
//   npx tsx eval/timex-t17.ts [--errors N]      (errors: tune half only)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import type { TimexType } from '../src/model/index.js';
import type { TmlTimex } from '../src/formats/timeml.js';
import { repoRoot, sharedPath } from '../src/util/paths.js';
import { figures, score, zero, type Figures } from './timex.js';

interface GoldLine {
  split: 'tune' | 'check';
  doc: string;
  start: number;
  end: number;
  hash: string;
  type: TimexType;
  value: string;
}

// from the repository (eval/data is not copied into dist/ by the build)
export const T17_GOLD = join(repoRoot, 'eval', 'data', 't17-timex.dev.jsonl');

const hash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

export function runT17(root: string, keepErrors = 0): { rows: Map<string, Figures>; errors: string[] } {
  const lines = readFileSync(T17_GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldLine);
  const docs = new Map<string, GoldLine[]>();
  for (const g of lines) docs.set(g.doc, [...(docs.get(g.doc) ?? []), g]);
  const counts = { tune: zero(), check: zero(), all: zero() };
  const ndocs = { tune: 0, check: 0, all: 0 };
  const errors: string[] = [];
  for (const [doc, gl] of docs) {
    const text = readFileSync(join(root, doc), 'utf8');
    const split = gl[0]!.split;
    const gold: TmlTimex[] = gl.map((g) => {
      const t = text.slice(g.start, g.end);
      if (hash(t) !== g.hash) throw new Error(`${doc}: text at ${g.start}-${g.end} changed (corpus drift)`);
      return { start: g.start, end: g.end, type: g.type, value: g.value, text: t };
    });
    const date = doc.split('/')[2]!;
    const layer = annotateTime(analyzeText({ id: doc, date, text }));
    const sys: TmlTimex[] = layer.timexes.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value, text: t.text }));
    score(counts.all, gold, sys);
    const pairs = score(counts[split], gold, sys);
    ndocs[split]++;
    ndocs.all++;
    if (split !== 'tune' || errors.length >= keepErrors) continue;
    const ctx = (t: TmlTimex) => JSON.stringify(text.slice(Math.max(0, t.start - 40), t.start) + '[' + t.text + ']' + text.slice(t.end, t.end + 25));
    const pg = new Set(pairs.map((p) => p.gold));
    const ps = new Set(pairs.map((p) => p.sys));
    const name = `${doc.split('/')[0]}/${date}`;
    for (const p of pairs) {
      if (p.gold.value !== p.sys.value || p.gold.start !== p.sys.start || p.gold.end !== p.sys.end || p.gold.type !== p.sys.type)
        errors.push(`${name}\tDIFF\t${p.gold.text}|${p.gold.type}|${p.gold.value}\t${p.sys.text}|${p.sys.type}|${p.sys.value}\t${ctx(p.gold)}`);
    }
    for (const g of gold) if (!pg.has(g)) errors.push(`${name}\tMISS\t${g.text}|${g.type}|${g.value}\t${ctx(g)}`);
    for (const s of sys) if (!ps.has(s)) errors.push(`${name}\tFALSE\t${s.text}|${s.type}|${s.value}\t${ctx(s)}`);
  }
  const rows = new Map<string, Figures>();
  for (const k of ['tune', 'check', 'all'] as const) rows.set(k, figures(counts[k], ndocs[k]));
  return { rows, errors };
}

function main(): void {
  const root = sharedPath('corpus', 't17');
  if (!root) {
    console.error('eval/timex-t17: needs ../shared/corpus/t17 (set DOSSIER_SHARED)');
    process.exitCode = 1;
    return;
  }
  const args = process.argv.slice(2);
  const ei = args.indexOf('--errors');
  const keep = ei >= 0 ? Number(args[ei + 1]) : 0;
  const { rows, errors } = runT17(root, keep);
  if (keep) console.log(errors.join('\n'));
  console.log('| set | docs | gold | sys | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 | value acc |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [k, f] of rows)
    console.log(`| Timeline17 news (${k}) | ${f.docs} | ${f.gold} | ${f.sys} | ${f.strictP} | ${f.strictR} | ${f.strictF1} | ${f.relaxedP} | ${f.relaxedR} | ${f.relaxedF1} | ${f.typeF1} | ${f.valueF1} | ${f.valueAcc} |`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
