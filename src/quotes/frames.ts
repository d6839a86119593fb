// Attributions that frame a whole clause holding quoted words, as PolNeAR annotates them: the claim after a
// headline's "Speaker:" ("Keller: Mayor’s ‘Deeply Cynical Budget’ Hurting City’s Schools", 45 of 49 such
// headlines on train) and the sentence after "According to X," ("According to Reuters, the mayor thanked her
// “loyal backers” …": the whole clause is what X reports, 15 of 22 on train).
import type { Quote } from '../model/index.js';
import { tokenIndexAt } from '../text/index.js';
import { accordingTo } from './attribution.js';
import { QUOTE_CHARS, TERMINAL, paraEnd, wordCount, type Ctx } from './context.js';
import { lexicon } from './lexicon.js';
import type { QuoteSegment } from './marks.js';
import { speakerFor } from './names.js';
import { leftSubject } from './speaker.js';

/** A headline is short; its speaker prefix shorter; so is the source after "according to". */
const MAX_HEADLINE_WORDS = 30;
const MAX_PREFIX_TOKENS = 8;
const MAX_SOURCE_TOKENS = 15;

/** The framed clauses of an article: each replaces the quotes found inside it. */
export function framedQuotes(c: Ctx, segs: QuoteSegment[]): Quote[] {
  if (!segs.length) return [];
  const out: Quote[] = [];
  const head = headlineQuote(c, segs) ?? headlineClause(c, segs);
  if (head) out.push(head);
  for (const s of c.doc.sentences) {
    const q = accordingQuote(c, segs, s.tokenStart, s.tokenEnd);
    if (q && (!head || q.start >= head.end)) out.push(q);
  }
  return out;
}

/** Quoted words and more in [s, b): the clause is one quote; a clause that is one quotation and nothing else
 *  stays the direct quote its marks give. */
function framed(c: Ctx, segs: QuoteSegment[], s: number, b: number): boolean {
  const inside = segs.filter((g) => g.open >= s && g.open < b);
  return inside.length > 0 && !(inside.length === 1 && inside[0]!.open === s && inside[0]!.close >= b);
}

/** The first paragraph's claim after "Speaker:" when it holds quoted words and more. */
function headlineQuote(c: Ctx, segs: QuoteSegment[]): Quote | undefined {
  const a = c.paraStarts[0]!;
  let b = paraEnd(c, 0);
  if (segs[0]!.open >= b || wordCount(c.text, a, b) > MAX_HEADLINE_WORDS) return undefined;
  const first = tokenIndexAt(c.doc, a);
  let colon = -1;
  for (let k = first; k < c.tokens.length && k - first <= MAX_PREFIX_TOKENS && c.tokens[k]!.start < b; k++) {
    const t = c.tokens[k]!.text;
    if (t === ':') { colon = k; break; }
    if (c.quoted[k] || /^[.!?;"“”‘’'«»„]+$/.test(t)) return undefined;
  }
  if (colon <= first || !/^\p{Lu}/u.test(c.tokens[first]!.text)) return undefined;
  const label = c.text.slice(a, c.tokens[colon]!.start).trim().toLowerCase();
  if (lexicon.headlineLabels.has(label)) return undefined; // "The Latest: …" names a column, not a speaker
  let s = c.tokens[colon]!.end;
  while (s < b && /\s/.test(c.text[s]!)) s++;
  while (b > s && /[\s.;]/.test(c.text[b - 1]!)) b--;
  if (!framed(c, segs, s, b)) return undefined;
  // the speaker: the prefix up to its verb ("Sarah Silverman heckles Sanders supporters:")
  let end = first + 1;
  while (end < colon && c.tokens[end]!.pos !== 'VERB') end++;
  return { start: s, end: b, text: c.text.slice(s, b), kind: 'indirect', speaker: speakerFor(c, { start: first, end }) };
}

/** A headline's claim with quoted words after its speech verb: "Ruiz slams board’s ‘gloom and doom’ on
 *  housing", "Lopez Says Rivals Leaked Memo, Calls Governor’s Tax Remarks ‘Alarming.’" (what follows the
 *  speech verb that opens the quote's clause, up to the headline's end, a dash or semicolon, or a comma before
 *  another verb). The tagger reads title case poorly: a speech verb of the lexicon counts whatever its tag.
 *  (Any verb instead of speech verbs only: +9 matches for +21 predictions on train, no gain.) */
function headlineClause(c: Ctx, segs: QuoteSegment[]): Quote | undefined {
  const a = c.paraStarts[0]!;
  const b0 = paraEnd(c, 0);
  const seg = segs[0]!;
  // (a headline has a body after it: a text of one paragraph is a sentence like any other)
  if (c.paraStarts.length < 2 || seg.open >= b0 || wordCount(c.text, a, b0) > MAX_HEADLINE_WORDS) return undefined;
  const first = tokenIndexAt(c.doc, a);
  const open = tokenIndexAt(c.doc, seg.open);
  const verbAt = (k: number): boolean => !c.quoted[k] && (c.tokens[k]!.pos === 'VERB' || c.cueUse[k] > 0);
  // the first verb of the quote's clause; none there ("Anna Ruiz Says Senate, ‘Old Guard’ Pose …"): the
  // clause before
  let from = open;
  let verb = -1;
  let own = -1; // where the quote's own clause starts
  while (verb < 0 && from > first) {
    let k = from;
    while (k > first && !/^[,;:]$/.test(c.tokens[k - 1]!.text)) k--;
    if (own < 0) own = k;
    for (let x = k; x < from; x++) if (!c.quoted[x] && c.cueUse[x]) { verb = x; break; }
    // (a colon introduces the quote: "Gillibrand on …: ‘I Think She Will.’" has no verb of its own)
    if (k <= first || c.tokens[k - 1]!.text !== ',') break;
    from = k - 1;
  }
  if (verb < 0) return undefined;
  const s = c.tokens[verb + 1]!.start;
  // the clause ends at the headline's end, or at a semicolon or a dash after the quote
  let e = b0;
  for (let k = tokenIndexAt(c.doc, seg.end); k < c.tokens.length && c.tokens[k]!.start < b0; k++) {
    const t = c.tokens[k]!.text;
    // "Sanders declares ‘revolution,’ ignores losses": a comma before another verb ends it too
    let n = k + 1;
    while (n < c.tokens.length && QUOTE_CHARS.test(c.tokens[n]!.text)) n++;
    if (!c.quoted[k] && (/^(;|—|–|--)$/.test(t) || t === ',' && n < c.tokens.length && verbAt(n))) { e = c.tokens[k]!.start; break; }
  }
  while (e > s && /[\s.;,]/.test(c.text[e - 1]!)) e--;
  // ('Kirby said Tuesday, “Putin is …”': a clause that is the quotation alone is the direct quote)
  if (e - s < 2 || !framed(c, segs, s, e) || !framed(c, segs, c.tokens[own]!.start, e)) return undefined;
  const np = leftSubject(c.tokens, verb, first);
  return { start: s, end: e, text: c.text.slice(s, e), kind: 'indirect', speaker: np ? speakerFor(c, np) : null };
}

/** "According to X, <clause>." over the sentence [t0, t1) (tokens). */
function accordingQuote(c: Ctx, segs: QuoteSegment[], t0: number, t1: number): Quote | undefined {
  if (t1 - t0 < 6 || c.tokens[t0]!.text !== 'According' || c.quoted[t0]) return undefined;
  let comma = t0 + 2;
  while (comma < t1 && comma - t0 <= MAX_SOURCE_TOKENS && c.tokens[comma]!.text !== ',') comma++;
  if (comma >= t1 - 1 || c.tokens[comma]!.text !== ',') return undefined;
  const np = accordingTo(c, t0, comma);
  if (!np) return undefined;
  const s = c.tokens[comma + 1]!.start;
  let last = t1 - 1;
  while (last > comma && TERMINAL.has(c.tokens[last]!.text)) last--;
  const b = c.tokens[last]!.end;
  if (!framed(c, segs, s, b)) return undefined;
  return { start: s, end: b, text: c.text.slice(s, b), kind: 'indirect', speaker: speakerFor(c, np) };
}
