// The tagger's engine: feature extraction over one document and greedy left-to-right BILOU decoding with an
// averaged-perceptron weight table (Ratinov & Roth 2009 style). Shared by training and tagging, so the two
// can never disagree on a feature. Features are 32-bit hashes of (template, value); nothing string-built.
import { feat, feat2, hashRange, hashStr } from './hash.js';
import { ALLOWED, CAN_END, N_LABELS, labelPart, labelType, leadOverO, makeLabel } from './labels.js';
import type { Gazetteer } from './gazetteer.js';
import type { FrozenTable, Weights, WeightTable } from './table.js';

export interface Resources {
  gaz: Gazetteer;
  /** Lower-cased names of cities of a million people or more. */
  bigCities: Set<string>;
  /** Lower-cased word -> index into clusterFeats. */
  clusterOf: Map<string, number>;
  /** Per cluster: hashes of its bit-path prefixes at several depths. */
  clusterFeats: Int32Array[];
}

// Template ids. Changing any of them (or what they hash) requires retraining.
export const enum T {
  Bias, Word, Lower, Prev1, Next1, Prev2, Next2, Prefix, Suffix, Shape, ShapeP, ShapeN, ShapePC, ShapeCN,
  ShapePCN, LowerPC, LowerCN, Flags, Len, Gaz, GazP, GazN, Clu, CluP, CluN, DocCase, CluShape, LowerPShape,
  Hist, HistMaj, Y1, Y2, Y1Word, Y1Shape, Y1Flags, Next1Shape, CapsSent, Next2Lower1, AggP, AggN,
}

export const F_INITCAP = 1, F_ALLCAPS = 2, F_DIGIT = 4, F_NUMERIC = 8, F_HYPHEN = 16, F_PERIOD = 32, F_LETTER = 64;
export const F_SENTSTART = 128, F_INNERCAP = 256, F_SINGLE = 512;

export const BOS = hashStr('<s>');
export const EOS = hashStr('</s>');
const NON_ASCII = /[^\x00-\x7f]/;

/** British style drops the period of abbreviated titles; CoNLL (Reuters) keeps it: "Mr Amin" -> "Mr." */
const TITLES = new Map(['Mr', 'Mrs', 'Ms', 'Dr', 'Messrs', 'Mme', 'Mlle', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Gov', 'Prof', 'St']
  .map((t) => [t, `${t}.`]));

/** Straighten curly quotes and dashes, restore title periods: make wink-nlp tokens look like CoNLL's. */
export function normaliseToken(t: string): string {
  if (t.length <= 6) {
    const title = TITLES.get(t);
    if (title) return title;
  }
  if (t === '``' || t === "''") return '"';
  if (t === '-LRB-') return '(';
  if (t === '-RRB-') return ')';
  if (!NON_ASCII.test(t)) return t;
  return t
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...');
}

export interface PreparedDoc {
  n: number;
  lower: string[];
  /** Sentence bounds: sentence k covers tokens [bounds[k], bounds[k+1]). */
  bounds: number[];
  sentOf: Uint32Array;
  cap: Uint8Array;
  lowerHash: Int32Array;
  shape: Int32Array;
  flags: Uint32Array;
  /** Static (label-independent) features of token i: feats[off[i]], ..., feats[off[i+1]-1]. */
  feats: Uint32Array;
  off: Uint32Array;
  /** Tagging only (prepareForTagging, fast.ts): the static features' summed weight rows, nLabels per token; feats
   * unused. Token i's rows here and in prevOScores are filled by scoreToken(i), which decodeDoc calls only for the
   * tokens that staticLead and prevOLead leave open. */
  staticScores?: Int32Array;
  /** Tagging only: the label-history features' rows when the previous label is O, except Y2 and Hist. */
  prevOScores?: Int32Array;
  /** Tagging only: per token, an upper bound on how far any label that may open an entity (B-x, U-x) gets ahead
   * of O in staticScores (the sum of leadOverO over the rows added up there), and in prevOScores. */
  staticLead?: Int32Array;
  prevOLead?: Int32Array;
  /** Tagging only: fill token i's rows of staticScores and prevOScores. */
  scoreToken?: (i: number) => void;
}

function charClass(c: number): number {
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c >= 48 && c <= 57) return 100; // d
  if (c < 128) return c;
  const ch = String.fromCharCode(c);
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) return ch === up ? 88 : 120;
  return c;
}

/** scanWord's results: shape hash, flags (all but F_SENTSTART), upper-case and lower-case letter counts. */
export const wordScan = new Int32Array(4);

/** Shape and flags of one (normalised) token into wordScan; no allocation. */
export function scanWord(w: string): void {
  let f = 0;
  let h = 0x811c9dc5;
  let last = -1;
  let upper = 0, lowerC = 0, digits = 0;
  for (let j = 0; j < w.length; j++) {
    const c = w.charCodeAt(j);
    const cls = charClass(c);
    if (cls === 88) { upper++; if (j > 0 && lowerC > 0) f |= F_INNERCAP; }
    else if (cls === 120) lowerC++;
    else if (cls === 100) digits++;
    else if (c === 45) f |= F_HYPHEN;
    else if (c === 46) f |= F_PERIOD;
    if (cls !== last) { h = Math.imul(h ^ cls, 0x01000193); last = cls; }
  }
  if (w.length > 0 && charClass(w.charCodeAt(0)) === 88) f |= F_INITCAP;
  if (upper >= 2 && lowerC === 0) f |= F_ALLCAPS;
  if (digits) f |= F_DIGIT;
  if (digits && !upper && !lowerC) f |= F_NUMERIC;
  if (upper || lowerC) f |= F_LETTER;
  if (w.length === 1) f |= F_SINGLE;
  wordScan[0] = h;
  wordScan[1] = f;
  wordScan[2] = upper;
  wordScan[3] = lowerC;
}

/** Extract every label-independent feature of a document (sentences of raw tokens). */
export function prepareDoc(sentences: string[][], res: Resources): PreparedDoc {
  let n = 0;
  for (const s of sentences) n += s.length;
  const words: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const bounds: number[] = [0];
  const sentOf = new Uint32Array(n);
  const cap = new Uint8Array(n);
  const wordHash = new Int32Array(n);
  const lowerHash = new Int32Array(n);
  const shape = new Int32Array(n);
  const flags = new Uint32Array(n);
  const gaz = new Uint32Array(n);
  const clu = new Int32Array(n).fill(-1);
  const capsSent = new Uint8Array(sentences.length);

  // Pass 1: per-token forms, shapes and flags; document casing counts.
  const lowerSeen = new Set<string>(); // forms seen all lower-case in the document
  const capMidSeen = new Map<string, string>(); // forms seen capitalised (not all-caps) inside a sentence
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    let letterToks = 0;
    let capsToks = 0;
    for (let k = 0; k < sent.length; k++, i++) {
      const w = normaliseToken(sent[k]!);
      const l = w.toLowerCase();
      words[i] = w;
      lower[i] = l;
      sentOf[i] = s;
      wordHash[i] = hashStr(w, true);
      lowerHash[i] = hashStr(l, true);
      scanWord(w);
      const upper = wordScan[2]!, lowerC = wordScan[3]!;
      const f = wordScan[1]! | (k === 0 ? F_SENTSTART : 0);
      shape[i] = wordScan[0]!;
      if (f & F_INITCAP) cap[i] = 1;
      flags[i] = f;
      if (upper + lowerC > 0) {
        letterToks++;
        if (lowerC === 0) capsToks++;
      }
      if (lowerC && !upper) lowerSeen.add(l);
      else if (f & F_INITCAP && !(f & F_ALLCAPS) && k > 0 && !capMidSeen.has(l)) capMidSeen.set(l, w);
      const ci = res.clusterOf.get(l);
      if (ci !== undefined) clu[i] = ci;
    }
    bounds.push(i);
    capsSent[s] = letterToks >= 3 && capsToks * 10 >= letterToks * 8 ? 1 : 0;
    res.gaz.match(lower, cap, bounds[s]!, i, gaz);
  }

  const agg = aggregateContext(n, cap, words, lower, sentOf, bounds, lowerHash);

  // Pass 2: static features.
  const feats = new Uint32Array(n * 96);
  const off = new Uint32Array(n + 1);
  let m = 0;
  for (let s = 0; s < sentences.length; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    for (let i = a; i < b; i++) {
      off[i] = m;
      const l = lower[i]!;
      const lh = lowerHash[i]!;
      const sh = shape[i]!;
      const f = flags[i]!;
      const lp1 = i - 1 >= a ? lowerHash[i - 1]! : BOS;
      const lp2 = i - 2 >= a ? lowerHash[i - 2]! : BOS;
      const ln1 = i + 1 < b ? lowerHash[i + 1]! : EOS;
      const ln2 = i + 2 < b ? lowerHash[i + 2]! : EOS;
      const sp = i - 1 >= a ? shape[i - 1]! : BOS;
      const sn = i + 1 < b ? shape[i + 1]! : EOS;
      feats[m++] = feat(T.Bias, 0);
      feats[m++] = feat(T.Word, wordHash[i]!);
      feats[m++] = feat(T.Lower, lh);
      feats[m++] = feat(T.Prev1, lp1);
      feats[m++] = feat(T.Next1, ln1);
      feats[m++] = feat(T.Prev2, lp2);
      feats[m++] = feat(T.Next2, ln2);
      const len = l.length;
      for (let k = 1; k <= 4 && k <= len; k++) {
        feats[m++] = feat2(T.Prefix, k, hashRange(l, 0, k));
        feats[m++] = feat2(T.Suffix, k, hashRange(l, len - k, len));
      }
      feats[m++] = feat(T.Shape, sh);
      feats[m++] = feat(T.ShapeP, sp);
      feats[m++] = feat(T.ShapeN, sn);
      feats[m++] = feat2(T.ShapePC, sp, sh);
      feats[m++] = feat2(T.ShapeCN, sh, sn);
      feats[m++] = feat2(T.ShapePCN, feat2(0, sp, sh), sn);
      feats[m++] = feat2(T.LowerPC, lp1, lh);
      feats[m++] = feat2(T.LowerCN, lh, ln1);
      feats[m++] = feat(T.LowerPShape, feat2(0, lp1, sh));
      feats[m++] = feat(T.Next1Shape, feat2(0, sh, ln1));
      feats[m++] = feat(T.Flags, f);
      feats[m++] = feat(T.Len, len > 12 ? 12 : len);
      const cs = capsSent[s]!;
      if (cs) feats[m++] = feat2(T.CapsSent, sh, lh);
      // Gazetteers: list-position bits at i, i-1, i+1.
      m = gazFeats(feats, m, T.Gaz, gaz[i]!);
      if (i - 1 >= a) m = gazFeats(feats, m, T.GazP, gaz[i - 1]!);
      if (i + 1 < b) m = gazFeats(feats, m, T.GazN, gaz[i + 1]!);
      // Word clusters at i, i-1, i+1.
      const c0 = clu[i]!;
      if (c0 >= 0) {
        const cf = res.clusterFeats[c0]!;
        for (let k = 0; k < cf.length; k++) feats[m++] = feat2(T.Clu, k, cf[k]!);
        feats[m++] = feat2(T.CluShape, cf[1] ?? 0, sh);
      } else feats[m++] = feat(T.Clu, 0xffff);
      if (i - 1 >= a && clu[i - 1]! >= 0) {
        const cf = res.clusterFeats[clu[i - 1]!]!;
        for (let k = 0; k < cf.length; k++) feats[m++] = feat2(T.CluP, k, cf[k]!);
      }
      if (i + 1 < b && clu[i + 1]! >= 0) {
        const cf = res.clusterFeats[clu[i + 1]!]!;
        for (let k = 0; k < cf.length; k++) feats[m++] = feat2(T.CluN, k, cf[k]!);
      }
      const ag = cap[i] ? agg.get(l) : undefined;
      if (ag) for (let k = 0; k < ag.length; k++) feats[m++] = ag[k]!;
      // Document casing: is this capitalised word seen lower-case, or capitalised mid-sentence, elsewhere?
      if (f & (F_INITCAP | F_ALLCAPS)) {
        const kind = f & F_ALLCAPS ? 2 : f & F_SENTSTART ? 1 : 0;
        const cased = capMidSeen.get(l);
        const seen = (lowerSeen.has(l) ? 1 : 0) | (cased !== undefined ? 2 : 0);
        feats[m++] = feat2(T.DocCase, kind, seen);

      }
    }
  }
  off[n] = m;
  return { n, lower, bounds, sentOf, cap, lowerHash, shape, flags, feats, off };
}

/**
 * Context aggregation (Chieu & Ng 2002; Ratinov & Roth 2009): a capitalised word seen more than once in the
 * document gets the neighbours of all its occurrences ("Pirelli shares", "giant Pirelli" -> every Pirelli).
 */
export function aggregateContext(n: number, cap: Uint8Array, words: string[], lower: string[], sentOf: Uint32Array,
  bounds: number[], lowerHash: Int32Array): Map<string, Int32Array> {
  const occ = new Map<string, number[]>();
  for (let j = 0; j < n; j++) {
    if (!cap[j] || words[j]!.length < 2) continue;
    const arr = occ.get(lower[j]!);
    if (arr) arr.push(j);
    else occ.set(lower[j]!, [j]);
  }
  const agg = new Map<string, Int32Array>();
  for (const [w, js] of occ) {
    if (js.length < 2) continue;
    const set = new Set<number>();
    for (const j of js) {
      const s = sentOf[j]!;
      const a = bounds[s]!;
      const b = bounds[s + 1]!;
      set.add(feat(T.AggP, j - 1 >= a ? lowerHash[j - 1]! : BOS));
      set.add(feat(T.AggN, j + 1 < b ? lowerHash[j + 1]! : EOS));
      if (set.size >= 24) break;
    }
    agg.set(w, Int32Array.from(set));
  }
  return agg;
}

function gazFeats(feats: Uint32Array, m: number, t: number, bits: number): number {
  while (bits) {
    const b = 31 - Math.clz32(bits);
    feats[m++] = feat(t, b);
    bits &= ~(1 << b);
  }
  return m;
}

/** Options for decodeDoc when training: gold labels and the perceptron's clock. */
export interface TrainStep {
  gold: Uint8Array;
  /** Incremented per token; the averaging clock. */
  clock: { c: number };
  /** Counts mistakes. */
  errors: { n: number };
  /** Update also when the gold label's lead over the best other label is below this (0: plain perceptron). */
  margin: number;
  /** Probability of hiding a token's word features (0: never). */
  dropout: number;
  /** Seeded generator for dropout. */
  rand: () => number;
}

const scores = new Float64Array(N_LABELS);
const dyn = new Uint32Array(16);

/** Per frozen table: the row in w of the Y2 feature after an O, by the label before it (N_LABELS for none), or
 * -1. Most tokens follow an O, and this spares their one per-token feature lookup (two hashes and a probe).
 * Then, at N_LABELS + 1 + y2, each row's leadOverO (0 for none). */
const y2AfterO = new WeakMap<FrozenTable, Int32Array>();
export function y2RowsAfterO(t: FrozenTable): Int32Array {
  let rows = y2AfterO.get(t);
  if (!rows) {
    rows = new Int32Array(2 * (N_LABELS + 1));
    for (let y2 = 0; y2 <= N_LABELS; y2++) {
      const r = t.rowOf(feat2(T.Y2, y2 === N_LABELS ? 255 : y2, 0));
      rows[y2] = r;
      rows[N_LABELS + 1 + y2] = r >= 0 ? leadOverO(t.w, r) : 0;
    }
    y2AfterO.set(t, rows);
  }
  return rows;
}

/** Buckets of keyLeads (256 KB): about a quarter of them hold one of the model's ~68k keys or more. */
const KEY_BUCKETS = 1 << 18;
/** keyLeads' unit: a lead is at most 2 * 32767 (int16 weights), 255 units. */
export const KEY_LEAD_UNIT = 257;
export function keyBucket(key: number): number {
  return Math.imul(key, 0x85ebca6b) >>> 14;
}

/**
 * Per frozen table and bucket of feature keys (keyBucket): a bound on the leadOverO of the row of every key that
 * falls there, in units of KEY_LEAD_UNIT: the largest positive lead among the model's keys in the bucket, rounded
 * up. Keys the model lacks add nothing, which is under any such bound, so the bound of a token's scores needs no
 * lookup of its keys.
 */
const keyLeadsOf = new WeakMap<FrozenTable, Uint8Array>();
export function keyLeads(t: FrozenTable): Uint8Array {
  let leads = keyLeadsOf.get(t);
  if (!leads) {
    const kl = (leads = new Uint8Array(KEY_BUCKETS));
    t.forEachRow((key, start) => {
      const h = keyBucket(key);
      const u = Math.ceil(leadOverO(t.w, start) / KEY_LEAD_UNIT);
      if (u > kl[h]!) kl[h] = u;
    });
    keyLeadsOf.set(t, leads);
  }
  return leads;
}

/**
 * Greedy left-to-right decoding. Tagging constrains each step to well-formed BILOU; training (train given)
 * predicts unconstrained with the model's own history and updates the weights on each mistake.
 */
export function decodeDoc(p: PreparedDoc, weights: Weights, train?: TrainStep): Uint8Array {
  const n = p.n;
  const out = new Uint8Array(n);
  const L = N_LABELS;
  const { feats, off, lower, lowerHash, shape, flags, cap, bounds } = p;
  const st = p.staticScores;
  const y0 = p.prevOScores;
  const stLead = p.staticLead;
  const y0Lead = p.prevOLead;
  // Static scores come only with a frozen table (prepareForTagging).
  const frozen = st ? (weights as FrozenTable) : undefined;
  const y2Rows = frozen ? y2RowsAfterO(frozen) : undefined;
  const kl = frozen ? keyLeads(frozen) : undefined;
  // Prediction history: per lower-cased form, how often each type was predicted earlier in the document.
  const hist = new Map<string, Uint16Array>();
  for (let s = 0; s + 1 < bounds.length; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    for (let i = a; i < b; i++) {
      const y1 = i - 1 >= a ? out[i - 1]! : 255;
      const y2 = i - 2 >= a ? out[i - 2]! : 255;
      // After an O, prepareForTagging has summed the history features but Y2 already (prevOScores), and Y2
      // is one of N_LABELS + 1 rows found once per table (y2RowsAfterO).
      const afterO = y0 !== undefined && y1 === 0;
      let d = 0;
      if (!afterO) {
        dyn[d++] = feat(T.Y1, y1);
        dyn[d++] = feat2(T.Y2, y2, y1);
        dyn[d++] = feat2(T.Y1Word, y1, lowerHash[i]!);
        dyn[d++] = feat2(T.Y1Shape, y1, shape[i]!);
        dyn[d++] = feat2(T.Y1Flags, y1, flags[i]! & 0xff);
        if (i + 1 < b) dyn[d++] = feat2(T.Next2Lower1, y1, lowerHash[i + 1]!);
      }
      if (cap[i]) {
        const h = hist.get(lower[i]!);
        if (h) {
          let best = -1;
          let bestN = 0;
          for (let t = 0; t < 4; t++) {
            if (h[t]! > 0) dyn[d++] = feat(T.Hist, t);
            if (h[t]! > bestN) { bestN = h[t]!; best = t; }
          }
          dyn[d++] = feat(T.HistMaj, best);
        }
      }

      if (st) {
        // Where no entity is open (after an O, the end of one, or at a sentence start), only O, B-x and U-x may
        // follow, and most tokens are O by a wide margin: when the bound on how far a B or U gets ahead of O is
        // not above 0, the label is O, decided without adding up the rows (labels.ts leadOverO).
        if (y1 === 255 || labelPart(y1) >= 2 || afterO) {
          let bound = stLead![i]!;
          if (afterO) bound += y0Lead![i]! + y2Rows![L + 1 + (y2 === 255 ? L : y2)]!;
          let u = 0;
          for (let j = 0; j < d; j++) u += kl![keyBucket(dyn[j]!)]!;
          if (bound + u * KEY_LEAD_UNIT <= 0) {
            out[i] = 0;
            continue;
          }
        }
        p.scoreToken!(i);
      }
      // Word-identity dropout in training: now and then hide the token's own word features (always at
      // offsets 1 and 2) so that clusters, gazetteers and shapes learn to carry unseen words.
      const drop = train !== undefined && train.dropout > 0 && train.rand() < train.dropout;
      if (st) {
        if (afterO) {
          const r = y2Rows![y2 === 255 ? L : y2]!;
          if (r >= 0) {
            const w = frozen!.w;
            for (let l = 0; l < L; l++) scores[l] = st[i * L + l]! + y0![i * L + l]! + w[r + l]!;
          } else for (let l = 0; l < L; l++) scores[l] = st[i * L + l]! + y0![i * L + l]!;
        } else for (let l = 0; l < L; l++) scores[l] = st[i * L + l]!;
      } else {
        scores.fill(0);
        for (let j = off[i]!, e = off[i + 1]!; j < e; j++) {
          if (drop && (j === off[i]! + 1 || j === off[i]! + 2)) continue;
          weights.accumulate(feats[j]!, scores);
        }
      }
      for (let j = 0; j < d; j++) weights.accumulate(dyn[j]!, scores);

      let best = 0;
      let bestScore = -Infinity;
      if (train) {
        for (let l = 0; l < L; l++) if (scores[l]! > bestScore) { bestScore = scores[l]!; best = l; }
        const gold = train.gold[i]!;
        const c = ++train.clock.c;
        if (best !== gold) train.errors.n++;
        else if (train.margin > 0) {
          // Margin perceptron: also update when the gold label wins by less than the margin.
          let rival = -1;
          let rivalScore = -Infinity;
          for (let l = 0; l < L; l++) if (l !== gold && scores[l]! > rivalScore) { rivalScore = scores[l]!; rival = l; }
          if (scores[gold]! - rivalScore < train.margin) best = rival;
        }
        if (best !== gold) {
          const table = weights as WeightTable; // training always passes its growing WeightTable
          for (let j = off[i]!, e = off[i + 1]! + d; j < e; j++) {
            if (drop && (j === off[i]! + 1 || j === off[i]! + 2)) continue;
            const key = j < off[i + 1]! ? feats[j]! : dyn[j - off[i + 1]!]!;
            const r = table.insert(key);
            const w = table.w; // insert may have grown the table
            const ac = table.acc!;
            w[r * L + gold]! += 1;
            w[r * L + best]! -= 1;
            ac[r * L + gold]! += c;
            ac[r * L + best]! -= c;
          }
        }
      } else {
        let prev = i - 1 >= a ? out[i - 1]! : 0;
        const last = i + 1 === b;
        // An open entity (previous B or I) whose continuation is not the model's first choice is closed
        // instead of being dragged on (a wrong B would otherwise swallow what follows): at the previous token,
        // or, when that is a lower-case word, at the entity's last capitalised token ("the Coast Guard | of a
        // ..."), unless this token is capitalised ("Gulf of | Mexico" goes on to Mexico).
        const pp = labelPart(prev);
        if (pp === 0 || pp === 1) {
          let top = 0;
          let topScore = -Infinity;
          for (let l = 0; l < L; l++) if (scores[l]! > topScore) { topScore = scores[l]!; top = l; }
          const continues = labelType(top) === labelType(prev) && (labelPart(top) === 1 || labelPart(top) === 2);
          const lowerPrev = !cap[i - 1] && (flags[i - 1]! & F_LETTER) !== 0;
          if (!continues && !lowerPrev) {
            prev = makeLabel(labelType(prev), pp === 0 ? 3 : 2);
            out[i - 1] = prev;
          } else if (!continues && !cap[i]) {
            let j = i - 1;
            while (j > a && labelPart(out[j]!) === 1 && !cap[j]) j--;
            const t = labelType(prev);
            out[j] = makeLabel(t, labelPart(out[j]!) === 0 ? 3 : 2);
            for (let k = j + 1; k < i; k++) out[k] = 0;
            prev = out[i - 1]!;
          }
        }
        for (let l = 0; l < L; l++) {
          if (!ALLOWED[prev * L + l]) continue;
          if (last && !CAN_END[l]) continue;
          if (scores[l]! > bestScore) { bestScore = scores[l]!; best = l; }
        }
      }
      if (train) {
        best = 0;
        bestScore = -Infinity;
        for (let l = 0; l < L; l++) if (scores[l]! > bestScore) { bestScore = scores[l]!; best = l; }
      }
      out[i] = best;
      // Record completed entity tokens in the history once the label is known.
      const t = labelType(best);
      if (t >= 0 && cap[i]) {
        let h = hist.get(lower[i]!);
        if (!h) hist.set(lower[i]!, (h = new Uint16Array(4)));
        if (h[t]! < 65535) h[t]!++;
      }
    }
  }
  return out;
}
