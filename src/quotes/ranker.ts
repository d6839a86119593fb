// Speaker ranker: a learned second opinion on the rules' speaker of a direct quote. The rules (direct.ts,
// attribution.ts) pick one phrase or none; here every plausible phrase around the quote (entity mentions and
// the subjects of speech verbs in its sentence, the two before it and the one after, the last speaker) is
// scored by a linear model whose features include the rules' pick, and the best one wins. The model is an
// averaged perceptron trained on PolNeAR train only (scripts/train-quote-speakers.ts) and stored as
// models/quotes-speaker.tsv (feature, weight); without that file the rules' speakers stand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote, QuoteSpeaker } from '../model/index.js';
import type { Mention } from '../model/layers.js';
import { tokenEndAt, tokenIndexAt } from '../text/index.js';
import { repoRoot } from '../util/paths.js';
import { accordingTo } from './attribution.js';
import { QUOTE_CHARS, isCue, isTerminal, type Ctx } from './context.js';
import { speakerFor } from './names.js';
import { leftSubject, rightSubject, type NP } from './speaker.js';

export const SPEAKER_MODEL_FILE = join(repoRoot, 'models', 'quotes-speaker.tsv');

/** A candidate speaker phrase of one quote with its features. */
export interface Candidate extends NP {
  /** Features without the R|/N| copies (filled when no model scores them: training). */
  feats: string[];
  /** The model's score (0 without a model). */
  score: number;
  /** Does it overlap the rules' speaker? */
  rule: boolean;
}

/** What the trainer sees of one ranked quote (an attribution's first part). */
export interface RankedQuote {
  quote: Quote;
  candidates: Candidate[];
  /** The rules' speaker span (token range), if any. */
  ruleSpan?: NP;
  /** How the rules attributed it (Via in context.ts). */
  how?: string;
}

export type Weights = Map<string, number>;

/** The model split for scoring without building strings twice: a feature f weighs w[f] plus w[R|f] (the rules
 *  found a speaker) or w[N|f] (they found none), summed here once. The file and the trainer use the full names. */
export interface SpeakerModel {
  withRule: Weights;
  noRule: Weights;
}

export function splitWeights(w: Weights): SpeakerModel {
  const m: SpeakerModel = { withRule: new Map(), noRule: new Map() };
  const plus = (t: Weights, f: string, v: number): void => void t.set(f, (t.get(f) ?? 0) + v);
  for (const [f, v] of w) {
    if (f.startsWith('R|')) plus(m.withRule, f.slice(2), v);
    else if (f.startsWith('N|')) plus(m.noRule, f.slice(2), v);
    else {
      plus(m.withRule, f, v);
      plus(m.noRule, f, v);
    }
  }
  return m;
}

/** A candidate's features under their full names, as the model file has them. */
export const fullFeatures = (cand: Candidate, withRule: boolean): string[] => cand.feats.flatMap((f) => [f, `${withRule ? 'R' : 'N'}|${f}`]);

function loadWeights(file: string): SpeakerModel | undefined {
  if (!existsSync(file)) return undefined;
  const w: Weights = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.lastIndexOf('\t');
    w.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return splitWeights(w);
}

/** The committed model; DOSSIER_QUOTE_SPEAKER_MODEL=none turns the ranker off (for training and comparisons). */
const envModel = process.env.DOSSIER_QUOTE_SPEAKER_MODEL;
export const speakerModel: SpeakerModel | undefined = envModel === 'none' ? undefined : loadWeights(envModel || SPEAKER_MODEL_FILE);

export function scoreOf(w: Weights, feats: string[]): number {
  let s = 0;
  for (const f of feats) s += w.get(f) ?? 0;
  return s;
}

function scoreSplit(m: SpeakerModel, feats: string[], withRule: boolean): number {
  const t = withRule ? m.withRule : m.noRule;
  let s = 0;
  for (const f of feats) s += t.get(f) ?? 0;
  return s;
}

// Feature names built from a closed set of parts (routes, cue lemmas, tags, parts of speech), made once: a Map
// lookup on a string seen before skips hashing it again, and no string is built per quote. Never pass it open
// vocabulary (the table lives as long as the process).
const joined = new Map<string, Map<string, string>>();
function cat(a: string, b: string): string {
  let m = joined.get(a);
  if (!m) joined.set(a, (m = new Map()));
  let s = m.get(b);
  if (s === undefined) m.set(b, (s = a + b));
  return s;
}

const hasMark = /["“”„«»]|''/;

/**
 * Re-decides the speaker of each direct quote's attribution (its parts share the result). `collect` receives
 * the candidates of every ranked quote (training); `m` the model (the trainer passes none).
 */
export function rankSpeakers(c: Ctx, quotes: Quote[], m: SpeakerModel | undefined, collect?: (r: RankedQuote) => void): void {
  if (!m && !collect) return;
  let nextAttribution = 0;
  for (const q of quotes) if (q.attribution !== undefined && q.attribution >= nextAttribution) nextAttribution = q.attribution + 1;
  const seen = new Set<number>();
  let cache: ArticleCache | undefined;
  // the rules' speakers in text order, before any change: "the last speaker" feature
  const before = quotes.map((q) => q.speaker);
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n]!;
    if (q.kind !== 'direct' && !hasMark.test(q.text)) continue;
    if (q.attribution !== undefined) {
      if (seen.has(q.attribution)) continue;
      seen.add(q.attribution);
    }
    let last: QuoteSpeaker | null = null;
    for (let k = n - 1; k >= 0 && !last; k--) last = before[k]!;
    cache ??= articleCache(c);
    const r = candidates(c, cache, q, last, m);
    collect?.(r);
    if (!m || !r.candidates.length) continue;
    let best: Candidate | undefined;
    let bestScore = -Infinity;
    for (const cand of r.candidates) {
      const s = cand.score + (cand.rule ? 1e-9 : 0); // ties: the rules' pick
      if (s > bestScore) {
        bestScore = s;
        best = cand;
      }
    }
    if (!best || r.ruleSpan && best.start === r.ruleSpan.start && best.end === r.ruleSpan.end) continue;
    const sp = speakerFor(c, best);
    if (q.attribution === undefined) q.attribution = nextAttribution++;
    // (from the first quote: an unquoted lead part before this one, "The board's plan, she said, “is …”")
    for (let k = 0; k < quotes.length; k++) if (quotes[k]!.attribution === q.attribution) quotes[k]!.speaker = sp;
  }
}

/** Per-article lookups shared by the quotes of one article. */
interface ArticleCache {
  /** Mentions sorted by first token. */
  mentions: Mention[];
  /** Per sentence: its candidate phrases with their quote-independent features (filled on demand). */
  bySentence: (Static[] | undefined)[];
  /** Prefix counts of sentence ends and quoted tokens. */
  terms: Int32Array;
  quoted: Int32Array;
  chainSizes: Map<number, number>;
}

/** A phrase with what does not depend on the quote: its tags, features and (once scored) their weight. */
interface Static {
  np: NP;
  tags: string[];
  feats: string[];
  /** Cue tokens it is the subject of: left (before the cue) or right (after it). */
  cues: { k: number; left: boolean }[];
  score: [number, number] | undefined;
  model: SpeakerModel | undefined;
  /** Weight of the tags paired with an attribution route (and whether the rules found a speaker). */
  byRoute: Map<string, number>;
}

function articleCache(c: Ctx): ArticleCache {
  const n = c.tokens.length;
  const terms = new Int32Array(n + 1);
  const quoted = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const t = c.tokens[k]!.text;
    terms[k + 1] = terms[k]! + (t.length === 1 && isTerminal(c, k) ? 1 : 0);
    quoted[k + 1] = quoted[k]! + c.quoted[k]!;
  }
  const chainSizes = new Map<number, number>();
  let sorted = true;
  const ms = c.ents.mentions;
  for (let i = 0; i < ms.length; i++) {
    chainSizes.set(ms[i]!.chain, (chainSizes.get(ms[i]!.chain) ?? 0) + 1);
    if (i && ms[i]!.tokenStart < ms[i - 1]!.tokenStart) sorted = false;
  }
  const mentions = sorted ? ms : ms.slice().sort((a, b) => a.tokenStart - b.tokenStart);
  return { mentions, bySentence: [], terms, quoted, chainSizes };
}

const bucketIndex = (d: number): number => (d <= 0 ? 0 : d <= 2 ? 1 : d <= 5 ? 2 : d <= 10 ? 3 : d <= 20 ? 4 : 5);
// feature names made once
const TERM = ['term:0', 'term:1', 'term:2', 'term:3'];
const SD_F = ['-2', '-1', '0', '1'].map((d) => `sd:${d}`);
const SDPOS_F = ['-2', '-1', '0', '1'].flatMap((d) => [`sdpos:${d}:B`, `sdpos:${d}:A`]);
const POS_F = ['B', 'A'].flatMap((s) => [0, 1, 2, 3, 4, 5].map((b) => `pos:${s}${b}`));
const CUE_SIDE = ['cl:B', 'cl:A', 'cr:B', 'cr:A'];
const NONE: string[] = [];
const RULE_TAG = ['rulespan'];
const LAST_TAG = ['lastspan'];
const BOTH = ['rulespan', 'lastspan'];
const LEN_F = [0, 1, 2, 3, 4, 5].map((b) => `len:${b}`);
const CHAIN_F = [0, 1, 2, 3, 4, 5].map((b) => `chain:${b}`);
const WH = /^(who|which|it|they|he|she)$/;

/** The phrase's own features: where it came from, its head, its neighbours, its chain. */
function staticOf(c: Ctx, cache: ArticleCache, np: NP, tags: string[], cues: { k: number; left: boolean }[]): Static {
  const { tokens } = c;
  const feats = [...tags];
  const head = tokens[np.end - 1]!;
  const cs = c.sentOf[np.start]!;
  feats.push(cat('hpos:', head.pos), LEN_F[bucketIndex(np.end - np.start)]!);
  const hl = head.text.toLowerCase();
  if (head.pos === 'PRON' || WH.test(hl)) feats.push(`pron:${hl}`);
  if (/^[A-Z]/.test(tokens[np.start]!.text)) feats.push('cap');
  const prev = np.start > 0 ? tokens[np.start - 1]!.text.toLowerCase() : '<s>';
  const next = np.end < tokens.length ? tokens[np.end]!.text.toLowerCase() : '</s>';
  // (open vocabulary: not memoised by cat, whose table must stay small)
  feats.push(`prev:${np.start === c.doc.sentences[cs]!.tokenStart ? '<s>' : /^[a-z,:;—–-]/.test(prev) ? prev : QUOTE_CHARS.test(prev) ? 'Q' : 'x'}`);
  feats.push(`next:${c.cueUse[np.end] ? 'CUE' : /^[a-z,:;'’]/.test(next) ? next : QUOTE_CHARS.test(next) ? 'Q' : 'x'}`);
  const mention = c.ents.mentionAt(np.end - 1);
  if (mention) feats.push(CHAIN_F[bucketIndex(cache.chainSizes.get(mention.chain) ?? 0)]!);
  return { np, tags, feats, cues, score: undefined, model: undefined, byRoute: new Map() };
}

/** Candidate phrases of sentence si: entity mentions, subjects of speech verbs, "according to" sources. */
function sentenceCandidates(c: Ctx, cache: ArticleCache, si: number): Static[] {
  const have = cache.bySentence[si];
  if (have) return have;
  const { tokens } = c;
  const sent = c.doc.sentences[si]!;
  const lo = sent.tokenStart;
  const hi = sent.tokenEnd;
  const byKey = new Map<number, { np: NP; tags: string[]; cues: { k: number; left: boolean }[] }>();
  const add = (np: NP | undefined, tag: string, cue?: { k: number; left: boolean }): void => {
    if (!np || np.end <= np.start) return;
    const key = np.start * 100003 + np.end;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { np, tags: [], cues: [] }));
    e.tags.push(tag);
    if (cue) e.cues.push(cue);
  };
  const ms = cache.mentions;
  let a = 0;
  let b = ms.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (ms[mid]!.tokenStart < lo) a = mid + 1;
    else b = mid;
  }
  for (let i = a; i < ms.length && ms[i]!.tokenStart < hi; i++) {
    const m = ms[i]!;
    if (m.tokenEnd > hi || c.quoted[m.tokenStart]) continue;
    add({ start: m.tokenStart, end: m.tokenEnd }, cat(cat('m:', m.kind), cat(':', m.type)));
  }
  for (let k = lo; k < hi; k++) {
    if (c.quoted[k]) continue;
    if (c.cueUse[k]) {
      if (!isCue(c, k, 'direct', true) && !isCue(c, k, 'indirect', true) && !isCue(c, k, 'mixed', true)) continue;
      const cue = tokens[k]!.lemma || tokens[k]!.text.toLowerCase();
      add(leftSubject(tokens, k, lo), cat('clv:', cue), { k, left: true });
      add(rightSubject(tokens, k + 1, hi), cat('crv:', cue), { k, left: false });
    } else if (tokens[k]!.text === 'according' || tokens[k]!.text === 'According') {
      add(accordingTo(c, k, hi), 'acc');
    }
  }
  const out: Static[] = [];
  for (const e of byKey.values()) out.push(staticOf(c, cache, e.np, e.tags, e.cues));
  cache.bySentence[si] = out;
  return out;
}

/** Candidate speakers of quote q with their features. */
export function candidates(c: Ctx, cache: ArticleCache, q: Quote, last: QuoteSpeaker | null, m?: SpeakerModel): RankedQuote {
  const { tokens, doc } = c;
  const qa = tokenIndexAt(doc, q.start);
  const qb = Math.max(qa + 1, tokenEndAt(doc, q.end));
  if (qa >= tokens.length) return { quote: q, candidates: [] };
  const si = c.sentOf[qa]!;
  const sents = doc.sentences;
  const ruleSpan = q.speaker ? { start: tokenIndexAt(doc, q.speaker.start), end: tokenEndAt(doc, q.speaker.end) } : undefined;
  const lastSpan = last ? { start: tokenIndexAt(doc, last.start), end: tokenEndAt(doc, last.end) } : undefined;
  const pool: Static[] = [];
  for (let s = Math.max(0, si - 2); s <= Math.min(sents.length - 1, si + 1); s++) {
    for (const st of sentenceCandidates(c, cache, s)) {
      // inside the quote itself (an indirect quote's clause may start with its speaker: "He expressed … “…”")
      if (st.np.start < qb && st.np.end > qa && q.kind === 'direct') continue;
      pool.push(st);
    }
  }
  // the rules' and the last speaker: tags of a phrase already there, else phrases of their own
  let ruleIn: Static | undefined;
  let lastIn: Static | undefined;
  for (const [span, tag] of [[ruleSpan, 'rulespan'], [lastSpan, 'lastspan']] as const) {
    if (!span || span.end <= span.start) continue;
    let same = pool.find((x) => x.np.start === span.start && x.np.end === span.end);
    if (!same && (tag === 'rulespan' || !(span.start < qb && span.end > qa && q.kind === 'direct'))) pool.push((same = staticOf(c, cache, span, [tag], [])));
    else if (same && tag === 'rulespan') ruleIn = same;
    else if (same) lastIn = same;
  }
  const lastChain = lastSpan ? chainAt(c, lastSpan) : -1;
  const how = c.via.get(q) ?? (q.kind === 'direct' ? '' : 'I');
  const withRule = !!ruleSpan;
  const out: Candidate[] = [];
  const weights = m ? (withRule ? m.withRule : m.noRule) : undefined;
  const hw = cat('|', how);
  const via1 = cat(cat('via:', how), '|1');
  const via0 = cat(cat('via:', how), '|0');
  const ruleHow = cat('rule:', how);
  const cueSideHow = CUE_SIDE.map((t) => cat(t, hw));
  // a feature: its weight with a model, its name in the list without one (training)
  let score = 0;
  let dyn: string[] | undefined;
  const f = (name: string): void => {
    if (weights) score += weights.get(name) ?? 0;
    else dyn!.push(name);
  };
  const routeKey = cat(withRule ? 'R' : 'N', how);
  for (const st of pool) {
    const np = st.np;
    const extra = st === ruleIn ? (st === lastIn ? BOTH : RULE_TAG) : st === lastIn ? LAST_TAG : NONE;
    const rule = !!ruleSpan && np.start < ruleSpan.end && np.end > ruleSpan.start;
    const exact = !!ruleSpan && np.start === ruleSpan.start && np.end === ruleSpan.end;
    score = 0;
    dyn = weights ? undefined : [];
    if (m) {
      if (st.model !== m || !st.score) {
        st.model = m;
        st.byRoute = new Map();
        st.score = [NaN, NaN];
      }
      const r = withRule ? 0 : 1;
      if (Number.isNaN(st.score[r])) st.score[r] = scoreSplit(m, st.feats, withRule);
      score = st.score[r];
    }
    for (const t of extra) f(t);
    if (weights) {
      // the tags' pairs with the attribution route, the same for every quote with that route
      const key = routeKey;
      let v = st.byRoute.get(key);
      if (v === undefined) {
        v = 0;
        for (const t of st.tags) v += weights.get(cat(t, hw)) ?? 0;
        st.byRoute.set(key, v);
      }
      score += v;
    } else for (const t of st.tags) f(cat(t, hw));
    for (const t of extra) f(cat(t, hw));
    for (const cue of st.cues) {
      const i = (cue.left ? 0 : 2) + (cue.k < qa ? 0 : 1);
      f(CUE_SIDE[i]!);
      f(cueSideHow[i]!);
    }
    const sd = c.sentOf[np.start]! - si;
    const after = np.start >= qb ? 1 : 0;
    const dist = after ? np.start - qb : qa - np.end;
    const near = sd >= -2 && sd <= 1;
    f(near ? SD_F[sd + 2]! : `sd:${sd}`); // (the rules' or the last speaker may be further away)
    f(POS_F[after * 6 + bucketIndex(dist)]!);
    f(near ? SDPOS_F[(sd + 2) * 2 + after]! : `sdpos:${sd}:${after ? 'A' : 'B'}`);
    if (lastChain >= 0 && c.ents.mentionAt(np.end - 1)?.chain === lastChain) f('lastchain');
    if (lastSpan && np.start < lastSpan.end && np.end > lastSpan.start) f('last');
    // anything between the phrase and the quote: sentence ends, another quote
    const x0 = after ? qb : np.end;
    const x1 = after ? np.start : qa;
    const term = x1 > x0 ? cache.terms[x1]! - cache.terms[x0]! : 0;
    const quoted = x1 > x0 ? cache.quoted[x1]! - cache.quoted[x0]! : 0;
    f(TERM[Math.min(term, 3)]!);
    f(quoted ? 'qb:1' : 'qb:0');
    if (rule) {
      f(exact ? 'rule:exact' : 'rule:part');
      f(ruleHow);
    }
    f(rule ? via1 : via0);
    out.push({ start: np.start, end: np.end, rule, score, feats: dyn ? [...st.feats, ...dyn] : [] });
  }
  return { quote: q, candidates: out, ruleSpan, how };
}

function chainAt(c: Ctx, np: NP): number {
  for (let k = np.end - 1; k >= np.start; k--) {
    const m = c.ents.mentionAt(k);
    if (m) return m.chain;
  }
  return -1;
}

