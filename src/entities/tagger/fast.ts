// The tagger's fast path for tagging with a frozen (int16) model: the features of prepareDoc, summed into
// per-token weight rows, with the rows of single words cached across documents; and per token a bound on how far
// a B or U label can get ahead of O, which settles most tokens on O before their rows are looked up or added.
import { feat, feat2, hashRange, hashStr } from './hash.js';
import {
  BOS, EOS, F_ALLCAPS, F_INITCAP, F_SENTSTART, KEY_LEAD_UNIT, T, aggregateContext, keyBucket, keyLeads, normaliseToken,
  scanWord, wordScan, y2RowsAfterO,
  type PreparedDoc, type Resources,
} from './core.js';
import { N_LABELS, leadOverO } from './labels.js';
import type { FrozenTable } from './table.js';

// Tagging fast path. Most static features depend on one word only (its own forms, prefixes, shape, clusters;
// or the same word as a neighbour: Prev1, ShapeP, CluP, ...), so their weight rows are summed once per distinct
// word and kept across documents; only the features of pairs, lists, sentence and document are looked up per
// token. Weights are int16, so the sums are exact integers and the scores equal decodeDoc's over prepareDoc's
// feats, whatever the order (test/ner.test.ts checks scores and labels against that reference path).
// Most tokens are O by a wide margin ("the", "said"), and a word's blocks and a model row each carry their
// leadOverO (labels.ts), the most any B or U label gains on O there; summed over what a token's scores add up,
// that bounds every B or U's lead. Where it is <= 0, decodeDoc labels the token O without its rows: on
// Timeline17 the rows of 15% of tokens are added up, and their keys looked up, where all were before, which
// mostly saves cache misses on the megabytes of model and word rows (the tagger's cost in the pipeline).

/** Summed row blocks per cached word: as the token itself, as i-1 and as i+1 of the token being scored, and its
 * label-history features when the previous label is O (most tokens). A word's roles with one feature each
 * (as i-2, as i+2, as i+1 after an O) point at that feature's row in the model instead, which keeps a word's
 * entry small (272 bytes), so more words fit in the cache. */
const SELF = 0, AS_P1 = 1, AS_N1 = 2, Y0_SELF = 3, BLOCKS = 4;
/** Distinct words kept per model (up to 18 MB of rows): the first seen, which are mostly the frequent ones.
 * On Timeline17 (91k distinct tokens) they leave ~1% of tokens (16384 left 8%, 32768 4%) to words met once the
 * cache is full, whose rows are made again in each document that has them. */
const WORD_CACHE_MAX = 65536;

interface WordEntry {
  /** The token as the model sees it (normaliseToken). */
  word: string;
  lower: string;
  lowerHash: number;
  shape: number;
  /** All flags but F_SENTSTART. */
  flags: number;
  upper: number;
  lowerC: number;
  /** Offset of the entry's BLOCKS x nLabels rows in the cache's pool. */
  row: number;
  /** Model rows (offsets in table.w) of the word as i-2 (Prev2), as i+2 (Next2), as i+1 after an O (Next2Lower1). */
  p2: number;
  n2: number;
  y0n1: number;
  /** leadOverO of each of the word's blocks and rows above, for the bounds that let decodeDoc settle most tokens
   * on O without adding up their rows (see sentenceLeads). */
  selfLead: number;
  p1Lead: number;
  n1Lead: number;
  y0Lead: number;
  p2Lead: number;
  n2Lead: number;
  y0n1Lead: number;
  /** Shared by every entry of the same lower-case form. */
  mark: LowerMark;
}

/** What a document has shown of one lower-case form (readTokens' docCase): the number of the last document where
 * it was seen in lower case, and where capitalised mid-sentence. Stamps on an object every entry of the form
 * shares replace two per-document sets of strings (a set add or lookup for nearly every token). */
interface LowerMark {
  lowerDoc: number;
  capMidDoc: number;
}

class WordCache {
  /** Keyed by the raw token, so a hit skips normaliseToken too. */
  private readonly kept = new Map<string, WordEntry>();
  /** Words met once the cache is full, for the current document only. */
  private readonly docOnly = new Map<string, WordEntry>();
  /** The marks of kept entries' lower-case forms (kept for the process, as those entries are), and of the current
   * document's own forms the kept entries lack. */
  private readonly marks = new Map<string, LowerMark>();
  private readonly docMarks = new Map<string, LowerMark>();
  /** Number of the current document, for LowerMark. */
  doc = 0;
  /** Rows: entry 0 is the sentence edges, then kept words' entries (up to WORD_CACHE_MAX), then the
   * document's own. Entry 0 holds BOS as i-1 at AS_P1 and EOS as i+1 at AS_N1, like a word's. */
  pool: Int32Array;
  /** Model rows of BOS as i-2 and EOS as i+2. */
  readonly bosP2: number;
  readonly eosN2: number;
  /** leadOverO of the sentence edges' blocks and rows. */
  readonly bosP1Lead: number;
  readonly eosN1Lead: number;
  readonly bosP2Lead: number;
  readonly eosN2Lead: number;
  /** core.ts keyLeads of the table. */
  readonly keyLead: Uint8Array;
  /** The largest leadOverO of the rows of Y2 after an O (decodeDoc), whatever the label before. */
  readonly y2LeadMax: number;
  private readonly stride: number;

  constructor(readonly table: FrozenTable, readonly res: Resources) {
    const L = table.nLabels;
    if (L !== N_LABELS) throw new Error(`ner model: ${L} labels, expected ${N_LABELS}`);
    this.stride = BLOCKS * L;
    this.pool = new Int32Array(1024 * this.stride);
    table.addTo(feat(T.Prev1, BOS), this.pool, AS_P1 * L);
    table.addTo(feat(T.ShapeP, BOS), this.pool, AS_P1 * L);
    table.addTo(feat(T.Next1, EOS), this.pool, AS_N1 * L);
    table.addTo(feat(T.ShapeN, EOS), this.pool, AS_N1 * L);
    this.bosP2 = table.rowStart(feat(T.Prev2, BOS));
    this.eosN2 = table.rowStart(feat(T.Next2, EOS));
    this.keyLead = keyLeads(table);
    this.bosP1Lead = leadOverO(this.pool, AS_P1 * L);
    this.eosN1Lead = leadOverO(this.pool, AS_N1 * L);
    this.bosP2Lead = leadOverO(table.w, this.bosP2);
    this.eosN2Lead = leadOverO(table.w, this.eosN2);
    const y2 = y2RowsAfterO(table);
    let m = 0;
    for (let y = 0; y <= L; y++) m = Math.max(m, y2[L + 1 + y]!);
    this.y2LeadMax = m;
  }

  /** Start a document: drop the previous one's own words. */
  startDoc(): void {
    this.docOnly.clear();
    this.docMarks.clear();
    this.doc++;
  }

  /** The mark of a lower-case form: one object per form among kept entries (whose set only grows, up to the cap),
   * and per form among the document's own otherwise. */
  private markOf(l: string, keep: boolean): LowerMark {
    let m = this.marks.get(l) ?? (keep ? undefined : this.docMarks.get(l));
    if (!m) {
      m = { lowerDoc: 0, capMidDoc: 0 };
      (keep ? this.marks : this.docMarks).set(l, m);
    }
    return m;
  }

  /** Make room in the pool for one more entry (a new kept word or one of the document's own). Grown as words
   * come rather than by the document's length: a 130k-token article has far fewer distinct words the cache
   * lacks, and a pool sized for every token (1 + 65,536 + 130k entries, 53 MB) stayed allocated for the process. */
  private reserve(entries: number): void {
    const have = this.pool.length / this.stride;
    if (entries <= have) return;
    const full = 1 + WORD_CACHE_MAX;
    // Doubling while the kept words fill up, then by an eighth (~2 MB) for documents with many unknown words.
    const size = Math.max(entries, have < full ? Math.min(2 * have, full + 1024) : have + (have >> 3));
    const pool = new Int32Array(size * this.stride);
    pool.set(this.pool);
    this.pool = pool;
  }

  get(raw: string): WordEntry {
    const hit = this.kept.get(raw) ?? this.docOnly.get(raw);
    if (hit) return hit;
    const keep = this.kept.size < WORD_CACHE_MAX;
    const entry = 1 + (keep ? this.kept.size : WORD_CACHE_MAX + this.docOnly.size);
    this.reserve(entry + 1);
    const e = this.make(normaliseToken(raw), entry * this.stride, keep);
    (keep ? this.kept : this.docOnly).set(raw, e);
    return e;
  }

  private make(w: string, row: number, keep: boolean): WordEntry {
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
    t.addTo(feat(T.Next1, lh), pool, row + AS_N1 * L);
    t.addTo(feat(T.ShapeN, sh), pool, row + AS_N1 * L);
    // decodeDoc's history features for previous label O (0); O is never at a sentence start, so no F_SENTSTART.
    t.addTo(feat(T.Y1, 0), pool, row + Y0_SELF * L);
    t.addTo(feat2(T.Y1Word, 0, lh), pool, row + Y0_SELF * L);
    t.addTo(feat2(T.Y1Shape, 0, sh), pool, row + Y0_SELF * L);
    t.addTo(feat2(T.Y1Flags, 0, wordScan[1]! & 0xff), pool, row + Y0_SELF * L);
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
    const p2 = t.rowStart(feat(T.Prev2, lh)), n2 = t.rowStart(feat(T.Next2, lh)), y0n1 = t.rowStart(feat2(T.Next2Lower1, 0, lh));
    return {
      word: w, lower: l, lowerHash: lh, shape: sh, flags: wordScan[1]!, upper: wordScan[2]!, lowerC: wordScan[3]!, row,
      p2, n2, y0n1,
      selfLead: leadOverO(pool, self), p1Lead: leadOverO(pool, row + AS_P1 * L), n1Lead: leadOverO(pool, row + AS_N1 * L),
      y0Lead: leadOverO(pool, row + Y0_SELF * L), p2Lead: leadOverO(t.w, p2), n2Lead: leadOverO(t.w, n2), y0n1Lead: leadOverO(t.w, y0n1),
      mark: this.markOf(l, keep),
    };
  }
}

const wordCaches = new WeakMap<FrozenTable, WordCache>();
/** Scratch for prepareForTagging's feature keys and their rows, reused across documents. */
let keyBuf = new Int32Array(1 << 15);
let rowBuf = new Int32Array(1 << 15);

/** Per-token arrays of one document, reused across documents (allocated anew, they were ~160 bytes of array
 * buffers per token, 0.2 MB per article, for the garbage collector); re-made when a document needs more, or
 * after a very long document so that it does not stay allocated. */
class Scratch {
  readonly sentOf: Uint32Array;
  readonly cap: Uint8Array;
  readonly lowerHash: Int32Array;
  readonly shape: Int32Array;
  readonly flags: Uint32Array;
  readonly gaz: Uint32Array;
  readonly docCase: Uint8Array;
  readonly off: Uint32Array;
  readonly st: Int32Array;
  readonly y0: Int32Array;
  readonly stLead: Int32Array;
  readonly y0Lead: Int32Array;
  readonly filled: Uint8Array;
  constructor(readonly size: number, readonly nLabels: number) {
    this.sentOf = new Uint32Array(size);
    this.cap = new Uint8Array(size);
    this.lowerHash = new Int32Array(size);
    this.shape = new Int32Array(size);
    this.flags = new Uint32Array(size);
    this.gaz = new Uint32Array(size);
    this.docCase = new Uint8Array(size);
    this.off = new Uint32Array(size + 1);
    this.st = new Int32Array(size * nLabels);
    this.y0 = new Int32Array(size * nLabels);
    this.stLead = new Int32Array(size);
    this.y0Lead = new Int32Array(size);
    this.filled = new Uint8Array(size);
  }
}
let scratch: Scratch | undefined;
/** Token capacity of the scratch arrays kept between documents whatever the documents' lengths. */
const SCRATCH_MIN = 8192;

function scratchFor(n: number, nLabels: number): Scratch {
  let sc = scratch;
  if (!sc || sc.nLabels !== nLabels || sc.size < n || sc.size > 4 * Math.max(n, SCRATCH_MIN)) {
    scratch = sc = new Scratch(Math.max(SCRATCH_MIN, n), nLabels);
  }
  // Filled by setting bits or only some entries: cleared first.
  sc.cap.fill(0, 0, n);
  sc.gaz.fill(0, 0, n);
  sc.docCase.fill(0, 0, n);
  sc.filled.fill(0, 0, n);
  return sc;
}

/**
 * prepareDoc for tagging with a frozen model: the same features, but summed into staticScores (see above), so
 * decodeDoc reads one row per token instead of looking up every feature; only for the tokens that the bounds
 * (staticLead, prevOLead) leave open, others when decodeDoc asks (scoreToken).
 * The steps are separate functions so that V8 inlines the hash functions into each (one big function runs
 * out of inlining budget, and every hash returned from a call is then boxed as a heap number).
 * The typed arrays of the result are views of scratch space: valid until the next call.
 */
export function prepareForTagging(sentences: string[][], res: Resources, table: FrozenTable): PreparedDoc {
  let cache = wordCaches.get(table);
  if (!cache || cache.res !== res) wordCaches.set(table, (cache = new WordCache(table, res)));
  let n = 0;
  for (const s of sentences) n += s.length;
  cache.startDoc();
  const L = table.nLabels;
  const sc = scratchFor(n, L);
  const p: Tokens = {
    n,
    entries: new Array(n),
    words: new Array(n),
    lower: new Array(n),
    bounds: [0],
    sentOf: sc.sentOf.subarray(0, n),
    cap: sc.cap.subarray(0, n),
    lowerHash: sc.lowerHash.subarray(0, n),
    shape: sc.shape.subarray(0, n),
    flags: sc.flags.subarray(0, n),
    gaz: sc.gaz,
    capsSent: new Uint8Array(sentences.length),
    docCase: sc.docCase,
  };
  readTokens(sentences, cache, res, p);
  // Aggregated context features as model rows, looked up once per word rather than per occurrence.
  const aggRows = new Map<string, AggRows>();
  for (const [w, keys] of aggregateContext(n, p.cap, p.words, p.lower, p.sentOf, p.bounds, p.lowerHash)) {
    const rows: number[] = [];
    let lead = 0;
    for (let k = 0; k < keys.length; k++) {
      const r = table.rowOf(keys[k]!);
      if (r >= 0) {
        rows.push(r);
        lead += leadOverO(table.w, r);
      }
    }
    if (rows.length) aggRows.set(w, { rows: Int32Array.from(rows), lead });
  }
  // The keys of the features of pairs, lists, sentence and document, token by token (off[i] to off[i + 1]).
  const off = sc.off.subarray(0, n + 1);
  // Sized for the document; cut back after a very long one (a 100k-token article grew them to 14 + 9 MB).
  if (keyBuf.length < n * 24 || keyBuf.length > Math.max(1 << 18, n * 128)) keyBuf = new Int32Array(Math.max(1 << 15, n * 32));
  let m = 0;
  for (let s = 0; s + 1 < p.bounds.length; s++) m = sentenceKeys(p, s, off, m);
  off[n] = m;
  if (rowBuf.length < m || rowBuf.length > keyBuf.length) rowBuf = new Int32Array(keyBuf.length);
  const st = sc.st.subarray(0, n * L);
  const y0 = sc.y0.subarray(0, n * L);
  const stLead = sc.stLead.subarray(0, n);
  const y0Lead = sc.y0Lead.subarray(0, n);
  const filled = sc.filled;
  for (let s = 0; s + 1 < p.bounds.length; s++) {
    sentenceLeads(p, s, cache, off, aggRows, stLead, y0Lead);
    sentenceScores(p, s, cache, table, off, aggRows, st, y0, stLead, y0Lead, filled);
  }
  const none = new Uint32Array(0);
  return {
    n, lower: p.lower, bounds: p.bounds, sentOf: p.sentOf, cap: p.cap, lowerHash: p.lowerHash, shape: p.shape, flags: p.flags,
    feats: none, off: none, staticScores: st, prevOScores: y0, staticLead: stLead, prevOLead: y0Lead,
    scoreToken: (i: number) => {
      if (filled[i]) return;
      const rows = rowBuf;
      const keys = keyBuf;
      for (let k = off[i]!, end = off[i + 1]!; k < end; k++) rows[k] = table.rowStart(keys[k]!);
      const s = p.sentOf[i]!;
      tokenScores(p, i, p.bounds[s]!, p.bounds[s + 1]!, cache, table, off, aggRows, st, y0);
      filled[i] = 1;
    },
  };
}

/** A capitalised word's aggregated-context rows (starts in table.w) and the sum of their leadOverO. */
interface AggRows {
  rows: Int32Array;
  lead: number;
}

/** Per-token data of one document, as prepareDoc's pass 1 makes it, plus the cache entries. */
interface Tokens {
  n: number;
  entries: WordEntry[];
  words: string[];
  lower: string[];
  bounds: number[];
  sentOf: Uint32Array;
  cap: Uint8Array;
  lowerHash: Int32Array;
  shape: Int32Array;
  flags: Uint32Array;
  gaz: Uint32Array;
  capsSent: Uint8Array;
  /** Per capitalised token: 1 if its form is seen lower-case in the document, 2 if capitalised mid-sentence. */
  docCase: Uint8Array;
}

/** Pass 1 as in prepareDoc, from the cached word entries. */
function readTokens(sentences: string[][], cache: WordCache, res: Resources, p: Tokens): void {
  const { entries, words, lower, bounds, sentOf, cap, lowerHash, shape, flags, gaz, capsSent } = p;
  const doc = cache.doc;
  let i = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    let letterToks = 0;
    let capsToks = 0;
    for (let k = 0; k < sent.length; k++, i++) {
      const e = cache.get(sent[k]!);
      const l = e.lower;
      entries[i] = e;
      words[i] = e.word;
      lower[i] = l;
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
      if (lowerC && !upper) e.mark.lowerDoc = doc;
      else if (f & F_INITCAP && !(f & F_ALLCAPS) && k > 0) e.mark.capMidDoc = doc;
    }
    bounds.push(i);
    capsSent[s] = letterToks >= 3 && capsToks * 10 >= letterToks * 8 ? 1 : 0;
    res.gaz.match(lower, cap, bounds[s]!, i, gaz);
  }
  for (let j = 0; j < i; j++) {
    if (flags[j]! & (F_INITCAP | F_ALLCAPS)) {
      const mk = entries[j]!.mark;
      p.docCase[j] = (mk.lowerDoc === doc ? 1 : 0) | (mk.capMidDoc === doc ? 2 : 0);
    }
  }
}

/** Keys of sentence s's features of pairs, lists, sentence and document into keyBuf from m; returns the new count. */
function sentenceKeys(p: Tokens, s: number, off: Uint32Array, m: number): number {
  const { lowerHash, shape, flags, gaz } = p;
  const a = p.bounds[s]!;
  const b = p.bounds[s + 1]!;
  const caps = p.capsSent[s]!;
  let keys = keyBuf;
  for (let i = a; i < b; i++) {
    off[i] = m;
    if (keys.length < m + 128) {
      const more = new Int32Array(keys.length * 2);
      more.set(keys.subarray(0, m));
      keys = keyBuf = more;
    }
    const lh = lowerHash[i]!;
    const sh = shape[i]!;
    const f = flags[i]!;
    const lp1 = i - 1 >= a ? lowerHash[i - 1]! : BOS;
    const ln1 = i + 1 < b ? lowerHash[i + 1]! : EOS;
    const sp = i - 1 >= a ? shape[i - 1]! : BOS;
    const sn = i + 1 < b ? shape[i + 1]! : EOS;
    keys[m++] = feat2(T.ShapePC, sp, sh);
    keys[m++] = feat2(T.ShapeCN, sh, sn);
    keys[m++] = feat2(T.ShapePCN, feat2(0, sp, sh), sn);
    keys[m++] = feat2(T.LowerPC, lp1, lh);
    keys[m++] = feat2(T.LowerCN, lh, ln1);
    keys[m++] = feat(T.LowerPShape, feat2(0, lp1, sh));
    keys[m++] = feat(T.Next1Shape, feat2(0, sh, ln1));
    keys[m++] = feat(T.Flags, f);
    if (caps) keys[m++] = feat2(T.CapsSent, sh, lh);
    m = gazKeys(keys, m, T.Gaz, gaz[i]!);
    if (i - 1 >= a) m = gazKeys(keys, m, T.GazP, gaz[i - 1]!);
    if (i + 1 < b) m = gazKeys(keys, m, T.GazN, gaz[i + 1]!);
    if (f & (F_INITCAP | F_ALLCAPS)) keys[m++] = feat2(T.DocCase, f & F_ALLCAPS ? 2 : f & F_SENTSTART ? 1 : 0, p.docCase[i]!);
  }
  return m;
}

/** Keys of list-position features (one per set bit) from keys[m]; returns the new count. */
function gazKeys(keys: Int32Array, m: number, t: number, bits: number): number {
  while (bits) {
    const b = 31 - Math.clz32(bits);
    keys[m++] = feat(t, b);
    bits &= ~(1 << b);
  }
  return m;
}

/** Per token of sentence s, bounds on how far a label that may open an entity scores ahead of O: from the static
 * rows (stLead: the sum of leadOverO over the word blocks and rows tokenScores adds into staticScores, with the
 * keys' bounded through keyLead) and from the rows added after an O (y0Lead, likewise for prevOScores). Reads a
 * few numbers per token and looks up no key, where the scores read ~15 rows and look up ~8 keys. */
function sentenceLeads(p: Tokens, s: number, cache: WordCache, off: Uint32Array, aggRows: Map<string, AggRows>,
  stLead: Int32Array, y0Lead: Int32Array): void {
  const { entries, cap, lower } = p;
  const a = p.bounds[s]!;
  const b = p.bounds[s + 1]!;
  const keys = keyBuf;
  const keyLead = cache.keyLead;
  for (let i = a; i < b; i++) {
    const e = entries[i]!;
    let x = e.selfLead;
    x += i - 1 >= a ? entries[i - 1]!.p1Lead : cache.bosP1Lead;
    x += i + 1 < b ? entries[i + 1]!.n1Lead : cache.eosN1Lead;
    x += i - 2 >= a ? entries[i - 2]!.p2Lead : cache.bosP2Lead;
    x += i + 2 < b ? entries[i + 2]!.n2Lead : cache.eosN2Lead;
    let u = 0;
    for (let k = off[i]!, end = off[i + 1]!; k < end; k++) u += keyLead[keyBucket(keys[k]!)]!;
    x += u * KEY_LEAD_UNIT;
    const ag = cap[i] ? aggRows.get(lower[i]!) : undefined;
    if (ag) x += ag.lead;
    stLead[i] = x;
    y0Lead[i] = e.y0Lead + (i + 1 < b ? entries[i + 1]!.y0n1Lead : 0);
  }
}

/** Score rows ahead of decoding for the tokens decodeDoc is likely to ask for: those whose leads after an O leave
 * a B or U in the running (15% of Timeline17's tokens; decodeDoc asks scoreToken for the few others it needs, 0.1%).
 * Their keys are looked up first in one tight loop, where the CPU overlaps the cache misses of independent lookups
 * (the model is megabytes), then their rows are added up. */
function sentenceScores(p: Tokens, s: number, cache: WordCache, table: FrozenTable, off: Uint32Array,
  aggRows: Map<string, AggRows>, st: Int32Array, y0: Int32Array, stLead: Int32Array, y0Lead: Int32Array,
  filled: Uint8Array): void {
  const a = p.bounds[s]!;
  const b = p.bounds[s + 1]!;
  const y2Lead = cache.y2LeadMax;
  const rows = rowBuf;
  const keys = keyBuf;
  for (let i = a; i < b; i++) {
    if (stLead[i]! + y0Lead[i]! + y2Lead > 0) {
      filled[i] = 1;
      for (let k = off[i]!, end = off[i + 1]!; k < end; k++) rows[k] = table.rowStart(keys[k]!);
    }
  }
  for (let i = a; i < b; i++) if (filled[i]) tokenScores(p, i, a, b, cache, table, off, aggRows, st, y0);
}

/** Token i's score rows: gathered from the cached rows of itself and its neighbours, plus the rows of its
 * looked-up features (rowBuf[off[i], off[i + 1])) and of its aggregated context. */
function tokenScores(p: Tokens, i: number, a: number, b: number, cache: WordCache, table: FrozenTable, off: Uint32Array,
  aggRows: Map<string, AggRows>, st: Int32Array, y0: Int32Array): void {
  const L = table.nLabels;
  const { entries, cap, lower } = p;
  const pool = cache.pool;
  const wt = table.w;
  const zero = table.zeroRow;
  const rows = rowBuf;
  const base = i * L;
  const e = entries[i]!;
  const self = e.row + SELF * L;
  const p1 = (i - 1 >= a ? entries[i - 1]!.row : 0) + AS_P1 * L;
  const n1 = (i + 1 < b ? entries[i + 1]!.row : 0) + AS_N1 * L;
  const p2 = i - 2 >= a ? entries[i - 2]!.p2 : cache.bosP2;
  const n2 = i + 2 < b ? entries[i + 2]!.n2 : cache.eosN2;
  for (let l = 0; l < L; l++) st[base + l] = pool[self + l]! + pool[p1 + l]! + pool[n1 + l]! + wt[p2 + l]! + wt[n2 + l]!;
  const ys = e.row + Y0_SELF * L;
  const yn = i + 1 < b ? entries[i + 1]!.y0n1 : zero;
  for (let l = 0; l < L; l++) y0[base + l] = pool[ys + l]! + wt[yn + l]!;
  for (let k = off[i]!, end = off[i + 1]!; k < end; k++) {
    const row = rows[k]!;
    if (row === zero) continue;
    for (let x = 0; x < L; x++) st[base + x]! += wt[row + x]!;
  }
  const ag = cap[i] ? aggRows.get(lower[i]!) : undefined;
  if (ag) {
    const ar = ag.rows;
    for (let k = 0; k < ar.length; k++) {
      const row = ar[k]!;
      for (let x = 0; x < L; x++) st[base + x]! += wt[row + x]!;
    }
  }
}
