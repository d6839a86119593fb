// Trains the quote speaker ranker (src/quotes/ranker.ts) on PolNeAR TRAIN only: an averaged perceptron over
// the candidate phrases of every predicted direct quote that matches a gold quote with a Source; a candidate
// is right when it overlaps that Source. Deterministic (fixed order and seed).
// Usage: npx tsx scripts/train-quote-speakers.ts [--cv 5] [--epochs N] [--seeds N] [--show] [--write]
//   --cv K     K-fold cross-validation by article on train (prints rules vs ranker speaker accuracy)
//   --show     with --cv: the changed and wrong speakers of the first fold (train only)
//   --seeds N  average N perceptrons trained in different orders (default 1)
//   --write    trains on all of train and writes models/quotes-speaker.tsv
// The candidates come from findQuotes with the model off, so training never sees its own output.
import { writeFileSync } from 'node:fs';
import { analyzeText } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { findQuotes } from '../src/quotes/index.js';
import { SPEAKER_MODEL_FILE, fullFeatures, scoreOf, type RankedQuote, type Weights } from '../src/quotes/ranker.js';
import { sharedPath } from '../src/util/paths.js';
import { loadPolnear } from '../eval/polnear.js';
import { goldItems, match, predictedItems } from '../eval/quotes.js';

interface Example {
  article: number;
  feats: string[][];
  labels: boolean[];
  /** Candidates overlapping the rules' speaker (they win ties). */
  ruleCand: boolean[];
  rule: boolean;
  how: string;
  /** For --show: quote, gold Source, candidate texts. */
  show?: string;
  texts?: string[];
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const EPOCHS = opt('--epochs', 10);

function examples(): Example[] {
  const dir = sharedPath('gold', 'quotes', 'polnear');
  if (!dir) throw new Error('needs ../shared/gold/quotes/polnear');
  const out: Example[] = [];
  loadPolnear(dir, 'train').forEach((a, ai) => {
    const doc = analyzeText({ id: a.name, date: a.date, text: a.text });
    const ents = recognizeEntities(doc);
    const ranked: RankedQuote[] = [];
    const quotes = findQuotes(doc, ents, { model: null, collect: (r) => ranked.push(r) });
    const items = predictedItems(quotes);
    const gold = goldItems(a);
    for (const [gi, pi] of match(gold, items)) {
      const src = gold[gi]!.speaker;
      if (!src) continue;
      const start = items[pi]!.ranges[0]![0];
      const r = ranked.find((x) => x.quote.start === start);
      const hit = (a0: number, b0: number): boolean => src.some(([x, y]) => Math.min(y, b0) > Math.max(x, a0));
      const sp = items[pi]!.speaker?.[0];
      const rule = !!sp && hit(sp[0], sp[1]);
      const cands = r?.candidates ?? [];
      out.push({
        article: ai,
        feats: cands.map((x) => fullFeatures(x, !!r!.ruleSpan)),
        labels: cands.map((x) => hit(doc.tokens[x.start]!.start, doc.tokens[x.end - 1]!.end)),
        ruleCand: cands.map((x) => x.rule),
        rule,
        how: `${r?.ruleSpan ? 'R' : 'N'}:${r?.how ?? '?'}`,
        show: `${JSON.stringify(items[pi]!.text.slice(0, 70))} gold=${JSON.stringify(src.map(([x, y]) => a.text.slice(x, y)).join(' '))} rules=${JSON.stringify(sp ? a.text.slice(sp[0], sp[1]) : null)}`,
        texts: cands.map((x) => a.text.slice(doc.tokens[x.start]!.start, doc.tokens[x.end - 1]!.end)),
      });
    }
  });
  return out;
}

/** Deterministic shuffle (mulberry32). */
function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function argmax(w: Weights, ex: Example): number {
  let best = -1;
  let bs = -Infinity;
  ex.feats.forEach((f, i) => {
    const s = scoreOf(w, f) + (ex.ruleCand[i] ? 1e-9 : 0);
    if (s > bs) {
      bs = s;
      best = i;
    }
  });
  return best;
}

function train1(data: Example[], seed: number): Weights {
  const w: Weights = new Map();
  const total: Weights = new Map(); // sum of weights over steps, via the lazy-update trick
  const stamp = new Map<string, number>();
  let step = 0;
  const bump = (f: string, d: number): void => {
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0)));
    stamp.set(f, step);
    w.set(f, cur + d);
  };
  const usable = data.filter((x) => x.labels.some(Boolean));
  for (let e = 0; e < EPOCHS; e++) {
    for (const ex of shuffle(usable, seed * 1000 + 17 + e)) {
      step++;
      const p = argmax(w, ex);
      if (p >= 0 && ex.labels[p]) continue;
      let g = -1;
      let gs = -Infinity;
      ex.feats.forEach((f, i) => {
        if (!ex.labels[i]) return;
        const s = scoreOf(w, f);
        if (s > gs) {
          gs = s;
          g = i;
        }
      });
      for (const f of ex.feats[g]!) bump(f, 1);
      if (p >= 0) for (const f of ex.feats[p]!) bump(f, -1);
    }
  }
  const avg: Weights = new Map();
  for (const [f, cur] of w) {
    const sum = (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0));
    const v = sum / step;
    if (Math.abs(v) >= 1e-4) avg.set(f, v);
  }
  return avg;
}

const SEEDS = opt('--seeds', 1);

/** The mean of perceptrons trained in SEEDS different orders: steadier than one order. */
function train(data: Example[]): Weights {
  const sum: Weights = new Map();
  for (let k = 0; k < SEEDS; k++) for (const [f, v] of train1(data, k)) sum.set(f, (sum.get(f) ?? 0) + v / SEEDS);
  return sum;
}

/** Speaker accuracy of the ranker on data (ties go to the rules' pick, as in src/quotes/ranker.ts). */
const byRegime = { nullFixed: 0, spanFixed: 0, spanBroke: 0 };
const byRoute = new Map<string, [number, number, number]>();
function accuracy(w: Weights, data: Example[]): { rules: number; ranker: number; n: number } {
  let rules = 0;
  let ranker = 0;
  for (const ex of data) {
    if (ex.rule) rules++;
    // no candidates (a quote the ranker does not rank): the rules' speaker stands, as in src/quotes
    if (!ex.feats.length) {
      if (ex.rule) ranker++;
      continue;
    }
    const p = argmax(w, ex);
    if (ex.labels[p]) ranker++;
    const hasRule = ex.ruleCand.some(Boolean);
    if (!hasRule && ex.labels[p]) byRegime.nullFixed++;
    if (hasRule && ex.labels[p] && !ex.rule) byRegime.spanFixed++;
    if (hasRule && !ex.labels[p] && ex.rule) byRegime.spanBroke++;
    const br = byRoute.get(ex.how) ?? [0, 0, 0];
    br[0]++;
    if (ex.labels[p] && !ex.rule) br[1]++;
    if (!ex.labels[p] && ex.rule) br[2]++;
    byRoute.set(ex.how, br);
  }
  return { rules, ranker, n: data.length };
}

const t0 = performance.now();
const data = examples();
console.log(`${data.length} matched quotes with a gold Source; ${data.filter((x) => x.labels.some(Boolean)).length} with a right candidate; rules right on ${data.filter((x) => x.rule).length} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const K = opt('--cv', 0);
if (K > 0) {
  let rules = 0, ranker = 0, n = 0;
  for (let k = 0; k < K; k++) {
    const w = train(data.filter((x) => x.article % K !== k));
    const test = data.filter((x) => x.article % K === k);
    const a = accuracy(w, test);
    if (args.includes('--show') && k === 0) {
      for (const ex of test) {
        if (!ex.feats.length) continue;
        const p = argmax(w, ex);
        if (ex.labels[p] === ex.rule) continue;
        console.log(`${ex.labels[p] ? 'FIXED' : 'BROKE'} ${ex.show} ranker=${JSON.stringify(ex.texts![p])}`);
      }
      for (const ex of test) {
        if (!ex.feats.length || ex.rule) continue;
        const p = argmax(w, ex);
        if (ex.labels[p]) continue;
        console.log(`WRONG ${ex.show} ranker=${JSON.stringify(ex.texts![p])} cands=${JSON.stringify(ex.texts!.map((t, i) => (ex.labels[i] ? '*' : '') + t))}`);
      }
    }
    rules += a.rules;
    ranker += a.ranker;
    n += a.n;
    console.log(`  fold ${k}: rules ${a.rules}/${a.n}  ranker ${a.ranker}/${a.n}`);
  }
  console.log(`rules without a speaker, ranker right: ${byRegime.nullFixed}; rules' speaker replaced: ${byRegime.spanFixed} right, ${byRegime.spanBroke} wrong`);
  console.log('by attribution route (R/N: rules found a speaker or not; n, fixed, broken):', JSON.stringify([...byRoute].sort((a, b) => b[1][0] - a[1][0])));
  console.log(`cv ${K}: rules ${(100 * rules / n).toFixed(2)}%  ranker ${(100 * ranker / n).toFixed(2)}%  (${ranker - rules >= 0 ? '+' : ''}${ranker - rules})`);
}
if (args.includes('--write')) {
  const w = train(data);
  const a = accuracy(w, data);
  console.log(`all of train: rules ${a.rules}/${a.n}  ranker ${a.ranker}/${a.n} (fitted)`);
  const lines = [...w].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([f, v]) => `${f}\t${v.toFixed(4)}`);
  writeFileSync(SPEAKER_MODEL_FILE, `# quote speaker ranker: averaged perceptron, PolNeAR train, ${EPOCHS} epochs (scripts/train-quote-speakers.ts)\n${lines.join('\n')}\n`);
  console.log(`wrote ${SPEAKER_MODEL_FILE}: ${lines.length} features`);
}
