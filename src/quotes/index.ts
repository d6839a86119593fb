// Quotations and their speakers: direct quotes from quotation marks, indirect ones from speech verbs.
//
// Pipeline of the stage: marks.ts finds quoted segments (curly, straight, '' and single quotes, quotes over
// several paragraphs); direct.ts attributes each one (attribution.ts: "…," X said / X said, "…" / X said: /
// according to X / the sentence before / the quote before) and names the speaker (names.ts: entity-layer
// chains first); indirect.ts finds reported speech after speech verbs (lexicon/quotes); below, the two meet,
// frames.ts replaces the quotes inside a clause framed as a whole (a headline's "Speaker: …", "According to X,
// …") and quotes that overlap become one.
//
// Span conventions (the JSON contract's quotes):
// - direct: start/end cover the quoted words inside the marks (marks excluded, a split quote's trailing comma
//   dropped); a quote over several paragraphs is one span from its first word to its last;
// - a split quote ("…," he said, "…") gives one Quote per part; the parts of one attribution, and quoted
//   sentences that continue it, carry the same speaker span (the mention next to the quote) and `attribution`
//   index; an unquoted lead part ("The club's investment, she said, “is a perfect example …”") is an indirect
//   Quote with that index, and reported speech without quoted words has an index of its own;
// - indirect: the reported clause ("that" included, the final period not); quoted words inside it keep
//   their marks ("the deal was “a disaster” for America" is one indirect quote, not a direct one).
import type { Doc, Quote, Sentence } from '../model/index.js';
import type { EntityLayer } from '../model/layers.js';
import { tokenIndexAt } from '../text/index.js';
import { governingSubject } from './attribution.js';
import { QUOTE_CHARS, cueUses, isCue, wordCount, type Ctx } from './context.js';
import { directQuotes } from './direct.js';
import { framedQuotes } from './frames.js';
import { indirectQuotes } from './indirect.js';
import { findSegments } from './marks.js';
import { isTitle } from './titles.js';
import { speakerFor } from './names.js';
import { rankSpeakers, speakerModel, type RankedQuote, type SpeakerModel } from './ranker.js';

/** Training and comparison hooks: `model` replaces the speaker model (null: the rules' speakers alone);
 *  `collect` sees the speaker candidates of every ranked quote. */
export interface FindQuotesOptions {
  model?: SpeakerModel | null;
  collect?: (r: RankedQuote) => void;
}

/** Direct and indirect quotes of one article with their speakers, in text order. Pure; lexicon loaded once. */
export function findQuotes(doc0: Doc, ents: EntityLayer, opts: FindQuotesOptions = {}): Quote[] {
  const doc = withWholeSentences(doc0);
  const text = doc.article.text;
  const tokens = doc.tokens;
  // titles of shows and books ("on ABC’s “Sunday Forum,”") are nobody's words; their tokens, marks
  // included, are kept in `titled` so that reported speech can start past them
  const titled = new Uint8Array(tokens.length);
  const segs = findSegments(text).filter((s) => {
    if (!isTitle(doc, s)) return true;
    for (let i = tokenIndexAt(doc, s.open); i < tokens.length && tokens[i]!.start < s.close; i++) titled[i] = 1;
    return false;
  });
  const quoted = new Uint8Array(tokens.length);
  for (const s of segs) {
    for (let i = tokenIndexAt(doc, s.start); i < tokens.length && tokens[i]!.start < s.end; i++) quoted[i] = 1;
  }
  const sentOf = new Int32Array(tokens.length);
  doc.sentences.forEach((s, n) => sentOf.fill(n, s.tokenStart, s.tokenEnd));
  // paragraph starts, blank lines skipped so "\n\n" separates neighbouring paragraphs
  const paraStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let n = i + 1;
    while (n < text.length && (text[n] === '\n' || text[n] === '\r' || text[n] === ' ' || text[n] === '\t')) n++;
    if (n < text.length && n > paraStarts[paraStarts.length - 1]!) paraStarts.push(n);
    i = n - 1;
  }
  const c: Ctx = { doc, text, tokens, ents, quoted, titled, sentOf, paraStarts, cueUse: cueUses(tokens), leadCue: -1, usedCues: new Set(), speakers: [], via: new Map(), fragments: new Set() };

  const direct = directQuotes(c, segs);
  // reported speech inside reported speech ("X said that he believed …"): the outer attribution holds it
  const indirect = notInsideAnother(indirectQuotes(c));
  // A quoted fragment inside reported speech ("X said the plan was “a disaster”") belongs to the indirect
  // quote; reported speech that is mostly the quotation itself is the direct quote.
  const dropped = new Set<Quote>();
  const keepIndirect: Quote[] = [];
  for (let q of indirect) {
    const own = direct.find((d) => d.kind === 'direct' && d.start > q.start + 1 && d.start < q.end && d.speaker && q.speaker && d.speaker.start !== q.speaker.start);
    if (own) {
      // "Rhimes declared the need for …: “Change the world …,” she said": the content stops at the quote
      let e = own.start;
      while (e > q.start && /[\s"“”'‘’:,;—–-]/.test(text[e - 1]!)) e--;
      if (wordCount(text, q.start, e) < 2) continue;
      q = { ...q, end: e, text: text.slice(q.start, e) };
    }
    // "X said that he taught law, and added: “…”": the quote after its own cue is not part of the clause
    const cued = direct.find((d) => d.kind === 'direct' && d.start > q.start + 1 && d.start < q.end && cueBefore(c, d.start) >= 0);
    if (cued) {
      let e = c.tokens[cueBefore(c, cued.start)]!.start;
      while (e > q.start && /[\s,;—–-]/.test(text[e - 1]!)) e--;
      const conj = /\b(and|but)$/.exec(text.slice(Math.max(q.start, e - 4), e));
      if (conj) e -= conj[0].length;
      while (e > q.start && /[\s,;—–-]/.test(text[e - 1]!)) e--;
      if (wordCount(text, q.start, e) >= 2) q = { ...q, end: e, text: text.slice(q.start, e) };
    }
    const inside = direct.filter((d) => d.start >= q.start - 2 && d.end <= q.end + 2);
    const partial = direct.filter((d) => d.end > q.start && d.start < q.end && !inside.includes(d));
    const cover = inside.reduce((n, d) => n + d.end - d.start, 0);
    if (partial.length || (inside.length && cover >= 0.6 * (q.end - q.start))) {
      // (in "pointed to Mr. Dale's assertion that “…”" the outer verb's subject stays the speaker: PolNeAR train,
      // giving it to the noun's owner lost 4 speakers)
      for (const d of [...inside, ...partial]) if (!d.speaker) d.speaker = q.speaker;
      continue;
    }
    for (const d of inside) dropped.add(d);
    keepIndirect.push(q);
  }
  let out = [...direct.filter((d) => !dropped.has(d)), ...keepIndirect];
  for (const f of framedQuotes(c, segs)) {
    // a headline's claim, a clause after "According to X,": it replaces the quotes found inside it
    out = out.filter((q) => q.end <= f.start || q.start >= f.end);
    out.push(f);
    c.via.set(f, 'C');
  }
  out.sort((a, b) => a.start - b.start);
  out = mergeOverlaps(c, out);
  // last resort for a quote without attribution: the subject of its sentence's first verb
  for (const q of out) {
    if (q.speaker) continue;
    // (from the first quoted word: an indirect quote may start with its sentence, "Sanders credited … to “…”")
    const mark = q.kind === 'indirect' ? q.text.search(/["“”„«»]|''/) : -1;
    const np = governingSubject(c, tokenIndexAt(doc, q.start + Math.max(0, mark)));
    if (np) {
      q.speaker = speakerFor(c, np);
      c.via.set(q, (c.via.get(q) ?? '') + 'G'); // (for the speaker ranker)
    }
  }
  const kept = out.filter((q) => !(q.kind === 'direct' && titleCase(q.text) && !/^[TLCK]/.test(c.via.get(q) ?? '')));
  numberAttributions(c, kept);
  rankSpeakers(c, kept, opts.model === null ? undefined : opts.model ?? speakerModel, opts.collect);
  return kept;
}

/** The quotes that no other quote strictly contains (same start and end is no containment), in their order: a sweep
 *  by start rather than a test of every pair (a long article has hundreds of reported clauses). */
function notInsideAnother(quotes: Quote[]): Quote[] {
  const byStart = quotes.map((_, i) => i).sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  const inside = new Uint8Array(quotes.length);
  // furthest end among quotes starting before the current start, and among those starting at it
  let before = -Infinity;
  for (let g = 0; g < byStart.length; ) {
    const start = quotes[byStart[g]!]!.start;
    let h = g;
    let here = -Infinity;
    for (; h < byStart.length && quotes[byStart[h]!]!.start === start; h++) here = Math.max(here, quotes[byStart[h]!]!.end);
    for (let k = g; k < h; k++) {
      const q = quotes[byStart[k]!]!;
      if (before >= q.end || here > q.end) inside[byStart[k]!] = 1;
    }
    before = Math.max(before, here);
    g = h;
  }
  return quotes.filter((_, i) => !inside[i]);
}

/** Quotes that overlap are one: each quoted phrase of a reported clause ("that the mayor is a “quitter,” a “fraud”
 *  and a “bully.”") yields the clause from its start to its own end; the longest reach wins. */
function mergeOverlaps(c: Ctx, quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const p = out[out.length - 1];
    if (!p || q.start >= p.end) {
      out.push(q);
      continue;
    }
    if (q.end <= p.end) continue;
    // "she was “quite hopeful” and the mayor calling it a “good start.”": after another speech verb the later
    // quoted words are a report of their own, from their opening mark
    const mark = c.text.slice(p.end, q.end).search(MARK);
    if (mark >= 0 && cueBetween(c, p.end, p.end + mark)) {
      const s = p.end + mark;
      const r: Quote = { ...q, start: s, text: c.text.slice(s, q.end) };
      c.via.set(r, c.via.get(q) ?? '');
      out.push(r);
      continue;
    }
    const m: Quote = { ...p, end: q.end, text: c.text.slice(p.start, q.end), kind: p.kind === 'direct' && q.kind === 'direct' ? 'direct' : 'indirect', speaker: p.speaker ?? q.speaker };
    c.via.set(m, c.via.get(p) ?? '');
    out[out.length - 1] = m;
  }
  return out;
}

const MARK = /["“”„«»‘]|''/;

/** Is there a speech verb outside quotation marks between two offsets? */
function cueBetween(c: Ctx, a: number, b: number): boolean {
  for (let k = tokenIndexAt(c.doc, a); k < c.tokens.length && c.tokens[k]!.start < b; k++) {
    if (isCue(c, k, 'direct') || isCue(c, k, 'indirect') || isCue(c, k, 'mixed')) return true;
  }
  return false;
}

/** Sets `attribution`: the quotes sharing a speaker mention are parts of one attribution ('“…,” he said,
 *  “…”', '“…,” he said. “…”', the paragraphs that continue it), except where PolNeAR-style annotation starts
 *  a new one (measured on train): a quote after a colon; quoted words in another clause of the sentence
 *  or after another speech verb; a quote continuing the last speaker's from a paragraph further on. */
function numberAttributions(c: Ctx, quotes: Quote[]): void {
  const latest = new Map<string, Quote>();
  let n = 0;
  for (const q of quotes) {
    if (!q.speaker) continue;
    if (q.kind === 'indirect' && !MARK.test(q.text) && !c.fragments.has(q)) {
      // reported speech without quoted words is an attribution of its own (PolNeAR train: joining it to the
      // speaker's quotes matched fewer Contents), unless it is the lead of a split quote (`fragments`)
      q.attribution = n++;
      continue;
    }
    const key = `${q.speaker.start}:${q.speaker.end}`;
    const p = latest.get(key);
    latest.set(key, q);
    if (p && p.attribution !== undefined && partOf(c, p, q)) q.attribution = p.attribution;
    else q.attribution = n++;
  }
}

/** Is q, with the same speaker mention as the earlier quote p, a further part of p's attribution? */
function partOf(c: Ctx, p: Quote, q: Quote): boolean {
  const how = c.via.get(q) ?? '';
  if (how === 'C') return false;
  if (ownCue(c, p, q)) return false;
  if (how === 'N1' && q.start - p.end > 200) return false;
  if (how === 'XS') {
    const a = tokenIndexAt(c.doc, p.end - 1);
    const b = tokenIndexAt(c.doc, q.start);
    if (c.sentOf[a] !== c.sentOf[Math.min(b, c.tokens.length - 1)]) return false;
    for (let k = a + 1; k < b; k++) if (!c.quoted[k] && (isCue(c, k, 'direct') || isCue(c, k, 'indirect'))) return false;
  }
  return true;
}

/** Does a speech verb stand between two quotes of one speaker mention that lies before both? "… called it “a
 *  super Tuesday” and said it was …", "…, but lamented that …": PolNeAR annotates a new attribution. A
 *  speaker named between the parts, "“…,” he said, “…”", "“…,” he said. “…”", joins them, except before a
 *  participle of speech right before the second part ('“…,” he said, adding, “…”': PolNeAR train +11 matches, +10
 *  predictions; any further verb, "he vowed, adding that …", +15 for +112; any cue right before it -9). */
function ownCue(c: Ctx, p: Quote, q: Quote): boolean {
  const sp = q.speaker!;
  if (sp.start >= p.end && sp.end <= q.start) {
    const k = cueBefore(c, q.start);
    return k >= 0 && c.tokens[k]!.start >= sp.end && /ing$/.test(c.tokens[k]!.text);
  }
  for (let k = tokenIndexAt(c.doc, p.end); k < c.tokens.length && c.tokens[k]!.start < q.start; k++) {
    if (c.cueUse[k] && !c.quoted[k]) return true;
  }
  return false;
}

/** A short title in title case ("Peace Through Strength", "Act Of Terrorism."): a name, not speech, unless
 *  a speech verb right next to it says otherwise. */
function titleCase(t: string): boolean {
  const words = t.split(/\s+/);
  if (words.length > 4) return false;
  return words.every((w) => /^[^\p{L}]*(\p{Lu}|\d)/u.test(w) || /^(a|an|the|of|and|or|to|in|on|for|with|at|by|from)$/.test(w));
}

/** The cue token right before a quote's opening mark and a colon or comma ("…, and added: “…”", "… and
 *  said, “…”"), else -1. */
function cueBefore(c: Ctx, offset: number): number {
  let j = tokenIndexAt(c.doc, offset) - 1;
  while (j >= 0 && QUOTE_CHARS.test(c.tokens[j]!.text)) j--;
  if (j < 1 || (c.tokens[j]!.text !== ':' && c.tokens[j]!.text !== ',')) return -1;
  return isCue(c, j - 1, 'direct', true) ? j - 1 : -1;
}

/** The text layer's sentences, rejoined where a split fell inside parentheses ("Rep. Gregory Meeks (D-N." |
 *  "Y.) said …") or before a lower-case word or a comma ("… Marco Rubio (R-Fla.)" | "said Trump is …", "…
 *  McCaskill (D-Mo.)" | ", who has endorsed Clinton, said …"): the subject must
 *  stay with its verb. The text layer itself is left as it is. */
function withWholeSentences(doc: Doc): Doc {
  const text = doc.article.text;
  const ss = doc.sentences;
  let merged: Sentence[] | undefined;
  for (let i = 0; i < ss.length; i++) {
    let s = ss[i]!;
    if (i > 0 && text[s.start] === "'" && text[s.start - 1] === "'" && s.tokenEnd - s.tokenStart > 1) {
      // "… ''Meet the Press.'" | "' ''She lies …": the split fell inside a closing '' of New York Times copy
      merged ??= ss.slice(0, i);
      const last = merged[merged.length - 1]!;
      merged[merged.length - 1] = { ...last, end: s.start + 1, tokenEnd: s.tokenStart + 1 };
      s = { start: doc.tokens[s.tokenStart + 1]!.start, end: s.end, tokenStart: s.tokenStart + 1, tokenEnd: s.tokenEnd };
    }
    const prev = merged ? merged[merged.length - 1] : undefined;
    const split = i > 0 && !text.slice(ss[i - 1]!.end, s.start).includes('\n')
      && (openParen(text, (prev ?? ss[i - 1]!).start, s.start) || /^[a-z,;]/.test(text[s.start]!));
    if (split) {
      merged ??= ss.slice(0, i);
      const last = merged[merged.length - 1]!;
      merged[merged.length - 1] = { start: last.start, end: s.end, tokenStart: last.tokenStart, tokenEnd: s.tokenEnd };
    } else merged?.push(s);
  }
  return merged ? { ...doc, sentences: merged } : doc;
}

/** Does [a, b) leave a parenthesis open? */
function openParen(text: string, a: number, b: number): boolean {
  let depth = 0;
  for (let i = text.indexOf('(', a); i >= 0 && i < b; i = text.indexOf('(', i + 1)) depth++;
  if (!depth) return false;
  for (let i = text.indexOf(')', a); i >= 0 && i < b; i = text.indexOf(')', i + 1)) depth--;
  return depth > 0;
}
