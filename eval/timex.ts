// TempEval-3 timex scorer and runner: strict and relaxed extent F1, type and value F1 (attribute accuracy over
// relaxed matches x relaxed F1), over ../shared/gold/timex/tbaq (TimeBank and AQUAINT, the TempEval-3 training
// set: development) and ../shared/gold/timex/wikiwars (narratives, development). The unseen test set is MEANTIME
// (eval/timex-meantime.ts). Each gold file goes through annotateTimeML with its TEXT tags stripped, exactly as the
// CLI would see a raw TempEval-3 file.
//   npx tsx eval/timex.ts [--errors N] [--set TimeBank|AQUAINT|WikiWars]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotateTimeML, parseTml, stripTextTags, type TmlTimex } from '../src/formats/timeml.js';
import { sharedPath } from '../src/util/paths.js';

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxedGold: number;
  relaxedSys: number;
  typeOk: number;
  valueOk: number;
  pairs: number;
}

export const zero = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxedGold: 0, relaxedSys: 0, typeOk: 0, valueOk: 0, pairs: 0 });

export interface Pair {
  gold: TmlTimex;
  sys: TmlTimex;
}

/** Match system to gold timexes one to one: exact extents first, then the largest overlaps. */
export function matchTimexes(gold: TmlTimex[], sys: TmlTimex[]): { pairs: Pair[]; strict: number } {
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Pair[] = [];
  let strict = 0;
  sys.forEach((s, j) => {
    const i = gold.findIndex((g, k) => !usedG.has(k) && g.start === s.start && g.end === s.end);
    if (i >= 0) {
      usedG.add(i);
      usedS.add(j);
      strict++;
      pairs.push({ gold: gold[i]!, sys: s });
    }
  });
  const cand: [number, number, number][] = [];
  gold.forEach((g, i) => {
    if (usedG.has(i)) return;
    sys.forEach((s, j) => {
      if (usedS.has(j)) return;
      const ov = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (ov > 0) cand.push([ov, i, j]);
    });
  });
  cand.sort((a, b) => b[0] - a[0]);
  for (const [, i, j] of cand) {
    if (usedG.has(i) || usedS.has(j)) continue;
    usedG.add(i);
    usedS.add(j);
    pairs.push({ gold: gold[i]!, sys: sys[j]! });
  }
  return { pairs, strict };
}

export function score(c: Counts, gold: TmlTimex[], sys: TmlTimex[]): Pair[] {
  const { pairs, strict } = matchTimexes(gold, sys);
  c.gold += gold.length;
  c.sys += sys.length;
  c.strict += strict;
  c.relaxedGold += pairs.length;
  c.relaxedSys += pairs.length;
  c.pairs += pairs.length;
  for (const p of pairs) {
    if (p.gold.type === p.sys.type) c.typeOk++;
    if (p.gold.value === p.sys.value) c.valueOk++;
  }
  return pairs;
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export interface Figures {
  docs: number;
  gold: number;
  sys: number;
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  typeAcc: number;
  valueAcc: number;
  typeF1: number;
  valueF1: number;
}

export function figures(c: Counts, docs: number): Figures {
  const sp = c.sys ? c.strict / c.sys : 0;
  const sr = c.gold ? c.strict / c.gold : 0;
  const rp = c.sys ? c.relaxedSys / c.sys : 0;
  const rr = c.gold ? c.relaxedGold / c.gold : 0;
  const rf = f1(rp, rr);
  const ta = c.pairs ? c.typeOk / c.pairs : 0;
  const va = c.pairs ? c.valueOk / c.pairs : 0;
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return {
    docs, gold: c.gold, sys: c.sys,
    strictP: pct(sp), strictR: pct(sr), strictF1: pct(f1(sp, sr)),
    relaxedP: pct(rp), relaxedR: pct(rr), relaxedF1: pct(rf),
    typeAcc: pct(ta), valueAcc: pct(va), typeF1: pct(ta * rf), valueF1: pct(va * rf),
  };
}

function tmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tmlFiles(join(dir, e.name)) : e.name.endsWith('.tml') ? [join(dir, e.name)] : []))
    .sort();
}

export interface SetResult {
  name: string;
  figures: Figures;
  errors: string[];
  /** Files whose TEXT did not come back byte for byte. */
  altered: string[];
}

/** Run the tagger over every .tml file of a folder and score it against the gold TIMEX3 tags. */
export function runSet(name: string, dir: string, keepErrors = 0): SetResult {
  const c = zero();
  const errors: string[] = [];
  const altered: string[] = [];
  const files = tmlFiles(dir);
  for (const f of files) {
    const xml = readFileSync(f, 'utf8');
    const parsed = parseTml(xml, f);
    const gold = parsed.timexes;
    const ctx = (t: TmlTimex) => JSON.stringify(parsed.text.slice(Math.max(0, t.start - 40), t.start) + '[' + t.text + ']' + parsed.text.slice(t.end, t.end + 25));
    const raw = stripTextTags(xml);
    const out = annotateTimeML(raw, f);
    if (stripTextTags(out) !== raw) altered.push(f);
    const sys = parseTml(out, f).timexes;
    const pairs = score(c, gold, sys);
    if (errors.length < keepErrors) {
      const doc = f.split('/').pop();
      const pg = new Set(pairs.map((p) => p.gold));
      const ps = new Set(pairs.map((p) => p.sys));
      for (const p of pairs) {
        if (p.gold.value !== p.sys.value || p.gold.start !== p.sys.start || p.gold.end !== p.sys.end || p.gold.type !== p.sys.type)
          errors.push(`${doc}\tDIFF\t${p.gold.text}|${p.gold.type}|${p.gold.value}\t${p.sys.text}|${p.sys.type}|${p.sys.value}\t${ctx(p.gold)}`);
      }
      for (const g of gold) if (!pg.has(g)) errors.push(`${doc}\tMISS\t${g.text}|${g.type}|${g.value}\t${ctx(g)}`);
      for (const s of sys) if (!ps.has(s)) errors.push(`${doc}\tFALSE\t${s.text}|${s.type}|${s.value}\t${ctx(s)}`);
    }
  }
  return { name, figures: figures(c, files.length), errors, altered };
}

/** The three reported sets, where present. */
export function sets(): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = [];
  const tb = sharedPath('gold', 'timex', 'tbaq', 'TimeBank');
  const aq = sharedPath('gold', 'timex', 'tbaq', 'AQUAINT');
  const ww = sharedPath('gold', 'timex', 'wikiwars');
  if (tb) out.push({ name: 'TimeBank (dev)', dir: tb });
  if (aq) out.push({ name: 'AQUAINT (dev)', dir: aq });
  if (ww) out.push({ name: 'WikiWars (dev)', dir: ww });
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const ei = args.indexOf('--errors');
  const keep = ei >= 0 ? Number(args[ei + 1]) : 0;
  const si = args.indexOf('--set');
  const only = si >= 0 ? args[si + 1]!.toLowerCase() : undefined;
  const all = sets().filter((s) => !only || s.name.toLowerCase().startsWith(only));
  if (all.length === 0) {
    console.error('eval/timex: needs ../shared/gold/timex (set DOSSIER_SHARED)');
    process.exitCode = 1;
    return;
  }
  const rows: string[] = [];
  rows.push('| set | docs | gold | sys | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 | value acc |');
  rows.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of all) {
    const t0 = performance.now();
    const r = runSet(s.name, s.dir, keep);
    const f = r.figures;
    rows.push(`| ${s.name} | ${f.docs} | ${f.gold} | ${f.sys} | ${f.strictP} | ${f.strictR} | ${f.strictF1} | ${f.relaxedP} | ${f.relaxedR} | ${f.relaxedF1} | ${f.typeF1} | ${f.valueF1} | ${f.valueAcc} |`);
    if (r.altered.length) console.error(`${s.name}: TEXT altered in ${r.altered.length} files, e.g. ${r.altered[0]}`);
    if (keep) console.log(r.errors.join('\n'));
    console.error(`${s.name}: ${(performance.now() - t0).toFixed(0)} ms`);
  }
  console.log(rows.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
