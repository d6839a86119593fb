// The tagger's fast path for tagging with a frozen (int16) model: the features of prepareDoc, summed into
// per-token weight rows as they are made, with the rows of single words cached across documents.
import { feat, feat2, hashRange, hashStr } from './hash.js';
import {
  BOS, EOS, F_ALLCAPS, F_INITCAP, F_SENTSTART, T, aggregateContext, normaliseToken, scanWord, wordScan,
  type PreparedDoc, type Resources,
} from './core.js';
import type { FrozenTable } from './table.js';

// Tagging fast path. Most static features depend on one word only (its own forms, prefixes, shape, clusters;
// or the same word as a neighbour: Prev1, ShapeP, CluP, ...), so their weight rows are summed once per distinct
// word and kept across documents; only the features of pairs, lists, sentence and document are looked up per
// token. Weights are int16, so the sums are exact integers and the scores equal decodeDoc's over prepareDoc's
// feats, whatever the order (test/ner.test.ts checks scores and labels against that reference path).

/** Row blocks per cached word: as the token itself, as i-1, i-2, i+1 and i+2 of the token being scored; and
 * the label-history features when the previous label is O (most tokens), as the token itself and as i+1. */
const SELF = 0, AS_P1 = 1, AS_P2 = 2, AS_N1 = 3, AS_N2 = 4, Y0_SELF = 5, Y0_N1 = 6, BLOCKS = 7;
/** Distinct words kept per model (about 8 MB of rows): the first seen, which are mostly the frequent ones.
 * Words beyond them get rows for the current document only. */
const WORD_CACHE_MAX = 16384;

interface WordEntry {
  lower: string;
  lowerHash: number;
  shape: number;
  /** All flags but F_SENTSTART. */
  flags: number;
  upper: number;
  lowerC: number;
  /** Offset of the entry's BLOCKS x nLabels rows in the cache's pool. */
  row: number;
}

class WordCache {
  private readonly kept = new Map<string, WordEntry>();
  /** Words met once the cache is full, for the current document only. */
  private readonly docOnly = new Map<string, WordEntry>();
  /** Rows: kept words' entries first (up to WORD_CACHE_MAX), then the document's own. */
  pool: Int32Array;
  /** Rows at sentence edges: BOS as i-1 and i-2, EOS as i+1 and i+2, at AS_P1 ... AS_N2 like a word's. */
  readonly edge: Int32Array;
  private readonly stride: number;

  constructor(readonly table: FrozenTable, readonly res: Resources) {
    const L = table.nLabels;
    this.stride = BLOCKS * L;
    this.pool = new Int32Array(1024 * this.stride);
    this.edge = new Int32Array(BLOCKS * L);
    table.addTo(feat(T.Prev1, BOS), this.edge, AS_P1 * L);
    table.addTo(feat(T.ShapeP, BOS), this.edge, AS_P1 * L);
    table.addTo(feat(T.Prev2, BOS), this.edge, AS_P2 * L);
    table.addTo(feat(T.Next1, EOS), this.edge, AS_N1 * L);
    table.addTo(feat(T.ShapeN, EOS), this.edge, AS_N1 * L);
    table.addTo(feat(T.Next2, EOS), this.edge, AS_N2 * L);
  }

  /** Start a document of n tokens: drop the previous one's own words, make room for as many new ones. */
  startDoc(n: number): void {
    this.docOnly.clear();
    // Entries: kept words, then (once WORD_CACHE_MAX are kept) the document's own from WORD_CACHE_MAX on.
    const need = this.kept.size + n <= WORD_CACHE_MAX ? this.kept.size + n : WORD_CACHE_MAX + n;
    const have = this.pool.length / this.stride;
    if (need <= have) return;
    const pool = new Int32Array(Math.min(Math.max(need, 2 * have), WORD_CACHE_MAX + n) * this.stride);
    pool.set(this.pool.subarray(0, this.kept.size * this.stride));
    this.pool = pool;
  }

  get(w: string): WordEntry {
    const hit = this.kept.get(w) ?? this.docOnly.get(w);
    if (hit) return hit;
    const keep = this.kept.size < WORD_CACHE_MAX;
    const row = (keep ? this.kept.size : WORD_CACHE_MAX + this.docOnly.size) * this.stride;
    const e = this.make(w, row);
    (keep ? this.kept : this.docOnly).set(w, e);
    return e;
  }

  private make(w: string, row: number): WordEntry {
    const t = this.table;
    const L = t.nLabels;
    const pool = this.pool;
    pool.fill(0, row, row + this.stride);
    const l = w.toLowerCase();
    scanWord(w);
    const sh = wordScan[0]!;
    const lh = hashStr(l, true);
    const self = row + SELF * L;
    t.addTo(feat(T.Bias, 0), pool, self);
    t.addTo(feat(T.Word, hashStr(w, true)), pool, self);
    t.addTo(feat(T.Lower, lh), pool, self);
    const len = l.length;
    for (let k = 1; k <= 4 && k <= len; k++) {
      t.addTo(feat2(T.Prefix, k, hashRange(l, 0, k)), pool, self);
      t.addTo(feat2(T.Suffix, k, hashRange(l, len - k, len)), pool, self);
    }
    t.addTo(feat(T.Shape, sh), pool, self);
    t.addTo(feat(T.Len, len > 12 ? 12 : len), pool, self);
    t.addTo(feat(T.Prev1, lh), pool, row + AS_P1 * L);
    t.addTo(feat(T.ShapeP, sh), pool, row + AS_P1 * L);
    t.addTo(feat(T.Prev2, lh), pool, row + AS_P2 * L);
    t.addTo(feat(T.Next1, lh), pool, row + AS_N1 * L);
    t.addTo(feat(T.ShapeN, sh), pool, row + AS_N1 * L);
    t.addTo(feat(T.Next2, lh), pool, row + AS_N2 * L);
    // decodeDoc's history features for previous label O (0); O is never at a sentence start, so no F_SENTSTART.
    t.addTo(feat(T.Y1, 0), pool, row + Y0_SELF * L);
    t.addTo(feat2(T.Y1Word, 0, lh), pool, row + Y0_SELF * L);
    t.addTo(feat2(T.Y1Shape, 0, sh), pool, row + Y0_SELF * L);
    t.addTo(feat2(T.Y1Flags, 0, wordScan[1]! & 0xff), pool, row + Y0_SELF * L);
    t.addTo(feat2(T.Next2Lower1, 0, lh), pool, row + Y0_N1 * L);
    const ci = this.res.clusterOf.get(l);
    if (ci !== undefined) {
      const cf = this.res.clusterFeats[ci]!;
      for (let k = 0; k < cf.length; k++) {
        t.addTo(feat2(T.Clu, k, cf[k]!), pool, self);
        t.addTo(feat2(T.CluP, k, cf[k]!), pool, row + AS_P1 * L);
        t.addTo(feat2(T.CluN, k, cf[k]!), pool, row + AS_N1 * L);
      }
      t.addTo(feat2(T.CluShape, cf[1] ?? 0, sh), pool, self);
    } else t.addTo(feat(T.Clu, 0xffff), pool, self);
    return { lower: l, lowerHash: lh, shape: sh, flags: wordScan[1]!, upper: wordScan[2]!, lowerC: wordScan[3]!, row };
  }
}

const wordCaches = new WeakMap<FrozenTable, WordCache>();

/**
 * prepareDoc for tagging with a frozen model: the same features, but summed into staticScores as they are
 * made (see above), so decodeDoc reads one row per token instead of looking up every feature.
 */
export function prepareForTagging(sentences: string[][], res: Resources, table: FrozenTable): PreparedDoc {
  let cache = wordCaches.get(table);
  if (!cache || cache.res !== res) wordCaches.set(table, (cache = new WordCache(table, res)));
  const L = table.nLabels;
  let n = 0;
  for (const s of sentences) n += s.length;
  cache.startDoc(n);
  const words: string[] = new Array(n);
  const lower: string[] = new Array(n);
  const rowOf = new Int32Array(n);
  const bounds: number[] = [0];
  const sentOf = new Uint32Array(n);
  const cap = new Uint8Array(n);
  const lowerHash = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const flags = new Uint32Array(n);
  const gaz = new Uint32Array(n);
  const capsSent = new Uint8Array(sentences.length);

  // Pass 1 as in prepareDoc, from the cached word entries.
  const lowerSeen = new Set<string>();
  const capMidSeen = new Map<string, string>();
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    let letterToks = 0;
    let capsToks = 0;
    for (let k = 0; k < sent.length; k++, i++) {
      const w = normaliseToken(sent[k]!);
      const e = cache.get(w);
      const l = e.lower;
      words[i] = w;
      lower[i] = l;
      rowOf[i] = e.row;
      sentOf[i] = s;
      lowerHash[i] = e.lowerHash;
      shape[i] = e.shape;
      const f = e.flags | (k === 0 ? F_SENTSTART : 0);
      if (f & F_INITCAP) cap[i] = 1;
      flags[i] = f;
      const upper = e.upper, lowerC = e.lowerC;
      if (upper + lowerC > 0) {
        letterToks++;
        if (lowerC === 0) capsToks++;
      }
      if (lowerC && !upper) lowerSeen.add(l);
      else if (f & F_INITCAP && !(f & F_ALLCAPS) && k > 0 && !capMidSeen.has(l)) capMidSeen.set(l, w);
    }
    bounds.push(i);
    capsSent[s] = letterToks >= 3 && capsToks * 10 >= letterToks * 8 ? 1 : 0;
    res.gaz.match(lower, cap, bounds[s]!, i, gaz);
  }
  const agg = aggregateContext(n, cap, words, lower, sentOf, bounds, lowerHash);

  // Pass 2: per token, the cached word rows plus the features of pairs, lists, sentence and document.
  // Each word's rows are read once, in order, and added to its own row and its neighbours' (cache-friendly).
  const st = new Int32Array(n * L);
  const y0 = new Int32Array(n * L);
  const pool = cache.pool;
  const edge = cache.edge;
  for (let s = 0; s < sentences.length; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    for (let j = a; j < b; j++) {
      const r = rowOf[j]!;
      addBlock(st, j * L, pool, r + SELF * L, L);
      addBlock(y0, j * L, pool, r + Y0_SELF * L, L);
      if (j - 1 >= a) addBlock(y0, (j - 1) * L, pool, r + Y0_N1 * L, L);
      if (j + 1 < b) addBlock(st, (j + 1) * L, pool, r + AS_P1 * L, L);
      else addBlock(st, j * L, edge, AS_N1 * L, L);
      if (j + 2 < b) addBlock(st, (j + 2) * L, pool, r + AS_P2 * L, L);
      else addBlock(st, j * L, edge, AS_N2 * L, L);
      if (j - 1 >= a) addBlock(st, (j - 1) * L, pool, r + AS_N1 * L, L);
      else addBlock(st, j * L, edge, AS_P1 * L, L);
      if (j - 2 >= a) addBlock(st, (j - 2) * L, pool, r + AS_N2 * L, L);
      else addBlock(st, j * L, edge, AS_P2 * L, L);
    }
    for (let i = a; i < b; i++) {
      const base = i * L;
      const l = lower[i]!;
      const lh = lowerHash[i]!;
      const sh = shape[i]!;
      const f = flags[i]!;
      const lp1 = i - 1 >= a ? lowerHash[i - 1]! : BOS;
      const ln1 = i + 1 < b ? lowerHash[i + 1]! : EOS;
      const sp = i - 1 >= a ? shape[i - 1]! : BOS;
      const sn = i + 1 < b ? shape[i + 1]! : EOS;
      table.addTo(feat2(T.ShapePC, sp, sh), st, base);
      table.addTo(feat2(T.ShapeCN, sh, sn), st, base);
      table.addTo(feat2(T.ShapePCN, feat2(0, sp, sh), sn), st, base);
      table.addTo(feat2(T.LowerPC, lp1, lh), st, base);
      table.addTo(feat2(T.LowerCN, lh, ln1), st, base);
      table.addTo(feat(T.LowerPShape, feat2(0, lp1, sh)), st, base);
      table.addTo(feat(T.Next1Shape, feat2(0, sh, ln1)), st, base);
      table.addTo(feat(T.Flags, f), st, base);
      if (capsSent[s]) table.addTo(feat2(T.CapsSent, sh, lh), st, base);
      gazRows(table, T.Gaz, gaz[i]!, st, base);
      if (i - 1 >= a) gazRows(table, T.GazP, gaz[i - 1]!, st, base);
      if (i + 1 < b) gazRows(table, T.GazN, gaz[i + 1]!, st, base);
      const ag = cap[i] ? agg.get(l) : undefined;
      if (ag) for (let k = 0; k < ag.length; k++) table.addTo(ag[k]!, st, base);
      if (f & (F_INITCAP | F_ALLCAPS)) {
        const kind = f & F_ALLCAPS ? 2 : f & F_SENTSTART ? 1 : 0;
        const seen = (lowerSeen.has(l) ? 1 : 0) | (capMidSeen.has(l) ? 2 : 0);
        table.addTo(feat2(T.DocCase, kind, seen), st, base);
      }
    }
  }
  const none = new Uint32Array(0);
  return { n, lower, bounds, sentOf, cap, lowerHash, shape, flags, feats: none, off: none, staticScores: st, prevOScores: y0 };
}

function addBlock(out: Int32Array, at: number, rows: Int32Array, from: number, L: number): void {
  for (let l = 0; l < L; l++) out[at + l]! += rows[from + l]!;
}

function gazRows(table: FrozenTable, t: number, bits: number, out: Int32Array, base: number): void {
  while (bits) {
    const b = 31 - Math.clz32(bits);
    table.addTo(feat(t, b), out, base);
    bits &= ~(1 << b);
  }
}
