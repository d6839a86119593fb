// Quote scorer on PolNeAR: direct quotes (gold contents containing a quotation mark) matched by character
// overlap / union >= 0.5, precision / recall / F1, and speaker accuracy (predicted speaker span overlaps the
// gold Source). Usage: npx tsx eval/quotes.ts [train|dev] [--errors N] [--all]
// (--errors prints misses per article, FN~/FP~ marking boundary disagreements: use it on train only; --all
// scores every attribution, quoted or not.
// --agreement: the second annotator against the first on the articles of the split annotated twice, scored
// the same way: how far the annotation itself agrees.
// Speed: bench/quotes.ts; --double: double quotation marks only, the definition before 2026-12-03.)
import { analyzeText } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { findQuotes } from '../src/quotes/index.js';
import type { Quote } from '../src/model/index.js';
import { sharedPath } from '../src/util/paths.js';
import { DOUBLE_QUOTE_MARK, loadDoubleAnnotated, loadPolnear, QUOTE_MARK as ANY_QUOTE_MARK, spanText, type PolnearArticle } from './polnear.js';

// --double: count double quotation marks only, as the scorer did before 2026-12-03
const QUOTE_MARK = process.argv.includes('--double') ? DOUBLE_QUOTE_MARK : ANY_QUOTE_MARK;

type Ranges = [number, number][];

export interface Item {
  ranges: Ranges;
  speaker?: Ranges;
  text: string;
}

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched gold quotes that have a gold Source, and those whose predicted speaker overlaps it. */
  withSource: number;
  speakerHits: number;
  speakerAccuracy: number;
}

const size = (r: Ranges): number => r.reduce((n, [a, b]) => n + (b - a), 0);

function intersect(x: Ranges, y: Ranges): number {
  let n = 0;
  for (const [a, b] of x) for (const [c, d] of y) n += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return n;
}

/** Sorted, overlapping ranges merged: the characters a set of ranges covers, each once. */
function merged(r: Ranges): Ranges {
  if (r.length < 2) return r;
  const s = [...r].sort((p, q) => p[0] - q[0]);
  const out: Ranges = [[s[0]![0], s[0]![1]]];
  for (let k = 1; k < s.length; k++) {
    const last = out[out.length - 1]!;
    if (s[k]![0] <= last[1]) last[1] = Math.max(last[1], s[k]![1]);
    else out.push([s[k]![0], s[k]![1]]);
  }
  return out;
}

/** Character overlap over union. The parts of one predicted item may overlap (two quoted phrases of one reported
 *  clause each give the clause from its start): each character counts once, or the ratio could pass 1. */
export function iou(x: Ranges, y: Ranges): number {
  const mx = merged(x);
  const my = merged(y);
  const i = intersect(mx, my);
  return i / (size(mx) + size(my) - i);
}

/** Predicted quotes that count as direct, the parts of one attribution (same `attribution` index; without
 *  one, same speaker span) as one item. */
export function predictedItems(quotes: Quote[]): Item[] {
  const groups = new Map<string, Item>();
  const out: Item[] = [];
  // attributions with a direct part: their parts without marks are fragments of the same item
  const quoting = new Set<number>();
  for (const q of quotes) if (q.attribution !== undefined && (q.kind === 'direct' || QUOTE_MARK.test(q.text))) quoting.add(q.attribution);
  for (const q of quotes) {
    if (q.kind !== 'direct' && !QUOTE_MARK.test(q.text) && !(q.attribution !== undefined && quoting.has(q.attribution))) continue;
    const speaker: Ranges | undefined = q.speaker ? [[q.speaker.start, q.speaker.end]] : undefined;
    const key = q.attribution !== undefined ? `a${q.attribution}` : q.speaker ? `${q.speaker.start}:${q.speaker.end}` : undefined;
    const g = key ? groups.get(key) : undefined;
    // parts of one attribution: '"…," he said, "…"', '"…," he said. "…"', and the paragraphs that continue
    // it; PolNeAR annotates these as one Content with several fragments
    if (g) {
      g.ranges.push([q.start, q.end]);
      g.text += ' | ' + q.text;
      continue;
    }
    const item: Item = { ranges: [[q.start, q.end]], speaker, text: q.text };
    if (key) groups.set(key, item); // the latest item of this speaker
    out.push(item);
  }
  return out;
}

export function goldItems(a: PolnearArticle, all = false): Item[] {
  const out: Item[] = [];
  for (const at of a.attributions) {
    const text = spanText(a.text, at.content);
    if (!all && !QUOTE_MARK.test(text)) continue;
    out.push({ ranges: at.content.fragments, speaker: at.source?.fragments, text });
  }
  return out;
}

/** Greedy one-to-one matching, best overlap first. */
export function match(gold: Item[], pred: Item[]): [number, number][] {
  const cands: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const v = iou(g.ranges, p.ranges);
    if (v >= 0.5) cands.push([v, i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>();
  const pu = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of cands) {
    if (gu.has(i) || pu.has(j)) continue;
    gu.add(i);
    pu.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export function scoreQuotes(articles: PolnearArticle[], opts: { all?: boolean; errors?: number; find?: typeof findQuotes } = {}): Score {
  let gold = 0, predicted = 0, matched = 0, withSource = 0, speakerHits = 0;
  let shown = 0;
  for (const a of articles) {
    const doc = analyzeText({ id: a.name, date: a.date, text: a.text });
    const ents = recognizeEntities(doc);
    const quotes = (opts.find ?? findQuotes)(doc, ents);
    const p = opts.all ? quotes.map((q) => ({ ranges: [[q.start, q.end]] as Ranges, speaker: q.speaker ? [[q.speaker.start, q.speaker.end]] as Ranges : undefined, text: q.text })) : predictedItems(quotes);
    const g = goldItems(a, opts.all);
    const pairs = match(g, p);
    gold += g.length;
    predicted += p.length;
    matched += pairs.length;
    const badSpeaker: string[] = [];
    for (const [i, j] of pairs) {
      if (!g[i]!.speaker) continue;
      withSource++;
      const ok = !!p[j]!.speaker && intersect(g[i]!.speaker!, p[j]!.speaker!) > 0;
      if (ok) speakerHits++;
      else badSpeaker.push(`  SPK gold=${JSON.stringify(spanText(a.text, { type: '', fragments: g[i]!.speaker! }))} pred=${JSON.stringify(p[j]!.speaker ? a.text.slice(p[j]!.speaker![0]![0], p[j]!.speaker![0]![1]) : null)} :: ${g[i]!.text.slice(0, 90)}`);
    }
    if (opts.errors && shown < opts.errors) {
      const gm = new Set(pairs.map(([i]) => i));
      const pm = new Set(pairs.map(([, j]) => j));
      const lines: string[] = [];
      // FN~ / FP~: a boundary disagreement (some item of the other side overlaps it); FN / FP: nothing does
      const touches = (x: Item, ys: Item[]): boolean => ys.some((y) => intersect(x.ranges, y.ranges) > 0);
      g.forEach((x, i) => { if (!gm.has(i)) lines.push(`  FN${touches(x, p) ? '~' : ' '} ${JSON.stringify(x.text.slice(0, 160))}`); });
      p.forEach((x, j) => { if (!pm.has(j)) lines.push(`  FP${touches(x, g) ? '~' : ' '} ${JSON.stringify(x.text.slice(0, 160))}`); });
      lines.push(...badSpeaker);
      if (lines.length) {
        console.log(`# ${a.name}\n${lines.join('\n')}`);
        shown++;
      }
    }
  }
  const precision = predicted ? matched / predicted : 0;
  const recall = gold ? matched / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    gold, predicted, matched, precision, recall, f1, withSource, speakerHits,
    speakerAccuracy: withSource ? speakerHits / withSource : 0,
  };
}

const isMain = /eval[\\/]quotes\.(ts|js)$/.test(process.argv[1] ?? '');
if (isMain) {
  const dir = sharedPath('gold', 'quotes', 'polnear');
  if (!dir) {
    console.error('needs ../shared/gold/quotes/polnear (or DOSSIER_SHARED)');
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const split = args.includes('dev') ? 'dev' : 'train';
  const ei = args.indexOf('--errors');
  const errors = ei >= 0 ? Number(args[ei + 1] ?? 20) : 0;
  if (args.includes('--agreement')) {
    let g = 0, p = 0, m = 0;
    const twice = loadDoubleAnnotated(dir, split);
    for (const a of twice) {
      const items = (ats: typeof a.first): Item[] => goldItems({ name: a.name, date: '', text: a.text, attributions: ats });
      const first = items(a.first);
      const second = items(a.second);
      g += first.length;
      p += second.length;
      m += match(first, second).length;
    }
    const P = m / p, R = m / g;
    console.log(`PolNeAR ${split}, ${twice.length} articles annotated twice: second annotator against the first, ${g} / ${p} quotes, ${m} matched`);
    console.log(`  P ${(100 * P).toFixed(1)}  R ${(100 * R).toFixed(1)}  F1 ${((200 * P * R) / (P + R)).toFixed(1)}`);
    process.exit(0);
  }
  const articles = loadPolnear(dir, split);
  const s = scoreQuotes(articles, { errors, all: args.includes('--all') });
  const pct = (x: number): string => (100 * x).toFixed(1);
  console.log(`PolNeAR ${split}: ${articles.length} articles, ${args.includes('--all') ? 'all attributions' : 'direct quotes'}`);
  console.log(`  gold ${s.gold}  predicted ${s.predicted}  matched ${s.matched}`);
  console.log(`  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`);
  console.log(`  speaker accuracy ${pct(s.speakerAccuracy)}% (${s.speakerHits}/${s.withSource} matched quotes with a gold Source)`);
}
