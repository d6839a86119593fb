// Attributions that frame a whole clause holding quoted words, as PolNeAR annotates them: the claim after a
// headline's "Speaker:" ("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance", 45 of 49 such
// headlines on train) and the sentence after "According to X," ("According to ProPublica, Clinton praised her
// “wonderful donors” …": the whole clause is what X reports, 15 of 22 on train).
import type { Quote } from '../model/index.js';
import { tokenIndexAt } from '../text/index.js';
import { accordingTo } from './attribution.js';
import { TERMINAL, paraEnd, wordCount, type Ctx } from './context.js';
import { lexicon } from './lexicon.js';
import type { QuoteSegment } from './marks.js';
import { speakerFor } from './names.js';

/** A headline is short; its speaker prefix shorter; so is the source after "according to". */
const MAX_HEADLINE_WORDS = 30;
const MAX_PREFIX_TOKENS = 8;
const MAX_SOURCE_TOKENS = 15;

/** The framed clauses of an article: each replaces the quotes found inside it. */
export function framedQuotes(c: Ctx, segs: QuoteSegment[]): Quote[] {
  if (!segs.length) return [];
  const out: Quote[] = [];
  const head = headlineQuote(c, segs);
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
