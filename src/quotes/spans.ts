// Learned decision on quoted words the rules leave out (scare quotes, slogans in unattributed clauses): each
// quoted segment no quote touches is scored twice by a logistic regression, as the marked words alone (M) and as
// the clause around them (C); the better one is emitted when its probability reaches the model's threshold.
// Trained on PolNeAR train only (scripts/train-quote-spans.ts), stored as models/quotes-spans.tsv (feature,
// weight; a `#threshold` line); without that file nothing is added. None ships (twelfth round): on 5-fold
// cross-validated train the model gained -0.01 to +0.15 F1 by split, the annotated and the unannotated scare
// quotes looking alike to every feature tried (EVALUATION.md, quotes).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../model/index.js';
import { tokenIndexAt } from '../text/index.js';
import { repoRoot } from '../util/paths.js';
import { governingSubject } from './attribution.js';
import { clauseEnd, clauseStart } from './clauses.js';
import { QUOTE_CHARS, isTerminal, paraIndex, startsSentence, introduced, wordCount, type Ctx } from './context.js';
import type { QuoteSegment } from './marks.js';
import { speakerFor } from './names.js';

export const SPAN_MODEL_FILE = join(repoRoot, 'models', 'quotes-spans.tsv');

export interface SpanModel {
  w: Map<string, number>;
  threshold: number;
}

/** One way to emit an uncovered segment: its features and character extent. */
export interface SpanCandidate {
  kind: 'M' | 'C';
  start: number;
  end: number;
  feats: string[];
}

function load(file: string): SpanModel | undefined {
  if (!existsSync(file)) return undefined;
  const w = new Map<string, number>();
  let threshold = 0.5;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const tab = line.lastIndexOf('\t');
    if (line.startsWith('#threshold')) threshold = Number(line.slice(tab + 1));
    else if (!line.startsWith('#')) w.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return { w, threshold };
}

const envModel = process.env.DOSSIER_QUOTE_SPAN_MODEL;
export const spanModel: SpanModel | undefined = envModel === 'none' ? undefined : load(envModel || SPAN_MODEL_FILE);

const bucket = (n: number, cuts: number[]): string => {
  let i = 0;
  while (i < cuts.length && n > cuts[i]!) i++;
  return String(i);
};

// closed-class words around the marks (open vocabulary overfits: eighth round)
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'as', 'of', 'to', 'about', 'for', 'with', 'is', 'was', 'be', 'are', 'were', 'this', 'that', 'and', 'or', 'but', ':', ',', '(', 'so-called', 'called', 'it', 'them', 'him', 'in', 'on', 'by', 'than', 'what', 'which', 'who', 'he', 'she', 'they', 'said', 'says', 'says,', 'when']);
const FIRST_PERSON = /^(i|we|me|us|my|our)$/i;

/** Features of an uncovered segment shared by both extents (closed vocabulary: buckets, tags, flags). */
function segFeatures(c: Ctx, seg: QuoteSegment, quotes: Quote[]): string[] {
  const t = c.tokens;
  const f: string[] = ['bias'];
  const a = tokenIndexAt(c.doc, seg.open);
  const b = Math.min(tokenIndexAt(c.doc, seg.close), t.length);
  const sent = c.doc.sentences[c.sentOf[Math.min(a, t.length - 1)]!];
  const nw = wordCount(c.text, seg.start, seg.end);
  f.push('nw' + bucket(nw, [1, 2, 3, 5, 8, 12]));
  if (/^\p{Lu}/u.test(c.text[seg.start] ?? '')) f.push('cap');
  const last = c.text[seg.end - 1] ?? '';
  if (/[.!?]/.test(last)) f.push('endpunct');
  if (seg.closed && c.text[seg.end] === ',') f.push('endcomma');
  if (!seg.closed) f.push('open');
  if (startsSentence(c, seg)) f.push('sentstart');
  if (introduced(c, seg)) f.push('introduced');
  const p = paraIndex(c, seg.open);
  f.push('para' + bucket(p, [0, 1, 3]));
  let next = b;
  while (next < t.length && QUOTE_CHARS.test(t[next]!.text)) next++;
  let prev = a - 1;
  while (prev >= 0 && QUOTE_CHARS.test(t[prev]!.text)) prev--;
  if (prev >= 0 && FUNCTION_WORDS.has(t[prev]!.text.toLowerCase())) f.push('pw:' + t[prev]!.text.toLowerCase());
  else if (prev >= 0 && c.cueUse[prev]) f.push('pw:CUE');
  if (next < t.length && FUNCTION_WORDS.has(t[next]!.text.toLowerCase())) f.push('nw:' + t[next]!.text.toLowerCase());
  f.push('pp:' + (prev >= 0 && (!sent || prev >= sent.tokenStart) ? t[prev]!.pos : 'START'));
  f.push('np:' + (next < t.length && (!sent || next < sent.tokenEnd) ? t[next]!.pos : 'END'));
  let verb = false, fp = false;
  for (let k = a; k < b; k++) {
    if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') verb = true;
    if (FIRST_PERSON.test(t[k]!.text)) fp = true;
  }
  if (verb) f.push('verb');
  if (fp) f.push('firstperson');
  if (sent) {
    // speech verbs and mentions of people or organisations in the sentence, before or after the marks
    let cueB = 99, cueA = 99, per = false, org = false, marks = 0;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
      if (k >= a && k < b) continue;
      if (c.quoted[k]) {
        if (k === sent.tokenStart || !c.quoted[k - 1]) marks++;
        continue;
      }
      if (c.cueUse[k]) {
        if (k < a) cueB = Math.min(cueB, a - k);
        else cueA = Math.min(cueA, k - b);
      }
      const m = c.ents.mentionAt(k);
      if (m && k < a) {
        if (m.type === 'PER') per = true;
        else if (m.type === 'ORG') org = true;
      }
    }
    f.push('cueB' + bucket(cueB, [3, 8, 20, 98]), 'cueA' + bucket(cueA, [3, 8, 98]));
    if (per) f.push('perB');
    if (org) f.push('orgB');
    f.push('others' + bucket(marks, [0, 1, 3]));
    f.push('slen' + bucket(sent.tokenEnd - sent.tokenStart, [8, 20, 40]));
    if (!isTerminal(c, sent.tokenEnd - 1) && p === 0) f.push('headline');
    // a quote of the rules in the same sentence
    if (quotes.some((q) => q.end > t[sent.tokenStart]!.start && q.start < t[sent.tokenEnd - 1]!.end)) f.push('quotedSent');
  }
  if (/\(/.test(c.text.slice(Math.max(0, seg.open - 40), seg.open)) && !/\)/.test(c.text.slice(Math.max(0, seg.open - 40), seg.open))) f.push('paren');
  return f;
}

/** The candidates of one uncovered segment: the marked words, and the clause around them when it is longer. */
export function spanCandidates(c: Ctx, seg: QuoteSegment, quotes: Quote[]): SpanCandidate[] {
  const base = segFeatures(c, seg, quotes);
  const out: SpanCandidate[] = [{ kind: 'M', start: seg.start, end: seg.end, feats: base.map((f) => 'M|' + f) }];
  const cs = clauseStart(c, seg);
  const ce = clauseEnd(c, seg);
  const s = cs >= 0 ? cs : seg.open;
  if (s < seg.open || ce > seg.close) {
    const extra = wordCount(c.text, s, seg.open) + wordCount(c.text, seg.close, ce);
    const cf = base.map((f) => 'C|' + f);
    cf.push('C|extra' + bucket(extra, [1, 3, 6, 10, 16]));
    if (cs < 0) cf.push('C|nostart');
    // what the clause says before the marks: a verb (a speech verb), a person or organisation as its subject
    const t = c.tokens;
    const k0 = tokenIndexAt(c.doc, s);
    const k1 = tokenIndexAt(c.doc, seg.open);
    let verb = false, cue = false;
    for (let k = k0; k < k1; k++) {
      if (c.quoted[k]) continue;
      if (t[k]!.pos === 'VERB') verb = true;
      if (c.cueUse[k]) cue = true;
    }
    if (verb) cf.push('C|verbBefore');
    if (cue) cf.push('C|cueBefore');
    for (let k = k0; k < Math.min(k1, k0 + 4); k++) {
      const m = c.ents.mentionAt(k);
      if (m && (m.type === 'PER' || m.type === 'ORG')) {
        cf.push('C|subj' + m.type + (m.kind === 'pronoun' ? 'p' : ''));
        break;
      }
    }
    out.push({ kind: 'C', start: s, end: ce, feats: cf });
  }
  return out;
}

export function probability(m: SpanModel, feats: string[]): number {
  let s = 0;
  for (const f of feats) s += m.w.get(f) ?? 0;
  return 1 / (1 + Math.exp(-s));
}

/** Segments no quote touches, with their candidates (for training and for `addSpans`). */
export function uncovered(c: Ctx, segs: QuoteSegment[], quotes: Quote[]): { seg: QuoteSegment; cands: SpanCandidate[] }[] {
  const out: { seg: QuoteSegment; cands: SpanCandidate[] }[] = [];
  let qi = 0;
  const sorted = [...quotes].sort((x, y) => x.start - y.start);
  for (const seg of segs) {
    if (seg.runsOn || seg.continues) continue;
    while (qi < sorted.length && sorted[qi]!.end <= seg.open) qi++;
    if (sorted.slice(qi).some((q) => q.start < seg.close && q.end > seg.open)) continue;
    out.push({ seg, cands: spanCandidates(c, seg, quotes) });
  }
  // the article's kind: how much quoted text the rules left out, and how many quotes they found
  const art = ['A|unc' + bucket(out.length, [1, 3, 6]), 'A|q' + bucket(quotes.length, [2, 8, 20])];
  for (const u of out) for (const cand of u.cands) cand.feats.push(...art.map((f) => cand.kind + f));
  return out;
}

/** The model's quotes for uncovered segments: the likelier extent when it reaches the threshold; the speaker is
 *  the subject of the sentence's first verb. Returned apart; the caller numbers and merges them. */
export function learnedQuotes(c: Ctx, segs: QuoteSegment[], quotes: Quote[], m: SpanModel): Quote[] {
  const out: Quote[] = [];
  let lastEnd = -1;
  for (const { seg, cands } of uncovered(c, segs, quotes)) {
    let best: SpanCandidate | undefined;
    let bp = m.threshold;
    for (const cand of cands) {
      const pr = probability(m, cand.feats);
      if (pr >= bp) {
        bp = pr;
        best = cand;
      }
    }
    if (!best || best.start < lastEnd) continue;
    lastEnd = best.end;
    const np = governingSubject(c, tokenIndexAt(c.doc, seg.start));
    out.push({
      kind: best.kind === 'M' ? 'direct' : 'indirect',
      start: best.start,
      end: best.end,
      text: c.text.slice(best.start, best.end),
      speaker: np ? speakerFor(c, np) : null,
    });
  }
  return out;
}
