// Clause boundaries of reported content: where it starts after a cue and where it ends.
import { tokenIndexAt } from '../text/index.js';
import { CLAUSE_BREAK, LATER_CLAUSE, QUOTE_CHARS, TERMINAL, lowAt, type Ctx } from './context.js';
import { lexicon } from './lexicon.js';
import type { QuoteSegment } from './marks.js';

/** Start of the clause holding a quoted fragment: after the last comma, colon or dash before it. */
export function clauseStart(c: Ctx, seg: QuoteSegment): number {
  const first = tokenIndexAt(c.doc, seg.open);
  const sent = c.doc.sentences[c.sentOf[Math.min(first, c.tokens.length - 1)]!];
  if (!sent) return -1;
  let k = first - 1;
  // earlier quoted words of the same clause belong to it ('Democrats were “excited” and “ready to win,” he said')
  while (k >= sent.tokenStart && (c.quoted[k] && !/^[,;:—–]$/.test(c.tokens[k]!.text) || !c.quoted[k] && !/^[,;:—–]$|^--$/.test(c.tokens[k]!.text))) k--;
  k++;
  while (k < first && /^(and|but|or|while|because|as|so)$/i.test(c.tokens[k]!.text)) k++;
  return k < first ? c.tokens[k]!.start : -1;
}

/** "and he didn't …", "but did not suggest …", "and called …": a coordinated clause of its own begins at k. */
export function newClause(c: Ctx, k: number, end: number): boolean {
  const t = c.tokens[k]!.text;
  if ((t !== 'and' && t !== 'but') || k + 1 >= end) return false;
  const n = c.tokens[k + 1]!;
  if (n.pos === 'PRON' && lexicon.pronouns.has(n.text.toLowerCase())) return true;
  // (a speech verb in -ing too: "called it “disqualifying” and asserting that …" reports anew)
  if ((n.pos === 'VERB' || n.pos === 'AUX') && (!/ing$/.test(n.text) || c.cueUse[k + 1])) return true;
  if (n.pos === 'ADV' && k + 2 < end && c.tokens[k + 2]!.pos === 'VERB') return true;
  // "and his administration has made …", "and the White House said …": a subject of its own, then its verb
  if (n.pos !== 'DET' && n.pos !== 'PRON' && n.pos !== 'PROPN') return false;
  for (let j = k + 2; j < end && j - k <= 5; j++) {
    const p = c.tokens[j]!.pos;
    if (p === 'VERB' || p === 'AUX') return !/ing$/.test(c.tokens[j]!.text) || !!c.cueUse[j];
    if (p !== 'NOUN' && p !== 'PROPN' && p !== 'ADJ' && p !== 'NUM') return false;
  }
  return false;
}

/** "that forecasts could be “badly wrong,” and have often failed": a second predicate of the reported clause's
 *  subject (", and" or "and" before a verb that is no speech verb) continues the content. After a cue of the
 *  mixed kind ("called it “…” and said …") the "and" joins the speaker's own verbs instead. */
export function coordinatedPredicate(c: Ctx, k: number, end: number): boolean {
  while (k < end && (c.tokens[k]!.text === ',' || QUOTE_CHARS.test(c.tokens[k]!.text))) k++;
  if (k + 1 >= end || c.tokens[k]!.text !== 'and') return false;
  const v = c.tokens[k + 1]!;
  return (v.pos === 'VERB' || v.pos === 'AUX') && !c.cueUse[k + 1] && !/ing$/.test(v.text);
}

/** Offset where the content after a cue begins, for a quoted fragment later in the sentence. */
export function contentStartOffset(c: Ctx, cue: number, seg: QuoteSegment): number {
  const a = contentStart(c, cue, tokenIndexAt(c.doc, seg.open) + 1);
  return a < c.tokens.length ? c.tokens[a]!.start : -1;
}

/** End of the clause after a quoted fragment: the sentence end, a semicolon, or ", adding …" / "and said …". */
/** Does the quote closing before \`close\` end with a comma inside its mark (“…,”)? */
function commaInside(text: string, close: number): boolean {
  let x = close - 1;
  while (x > 0 && (text[x] === '”' || text[x] === '"' || text[x] === "'" || text[x] === '’')) x--;
  return text[x] === ',';
}

/** `namedPhrase`: the cue is "what X calls" (`afterWhat`): the content is the phrase the words name (`phraseEnd`). */
export function clauseEnd(c: Ctx, seg: QuoteSegment, namedPhrase = false): number {
  const k0 = tokenIndexAt(c.doc, seg.close);
  const sent = c.doc.sentences[c.sentOf[Math.min(Math.max(k0 - 1, 0), c.tokens.length - 1)]!];
  let end = seg.closed ? seg.close : seg.end;
  if (!sent) return end;
  // '“self-deportation,” which is …', '''racist,'' an extraordinary indictment': a comma inside the closing
  // mark ends the clause at the mark
  if (seg.closed && commaInside(c.text, seg.close)) return end;
  const phrase = namedPhrase ? phraseEnd(c, k0, sent.tokenEnd) : -1;
  if (phrase >= 0) return Math.max(end, phrase > k0 ? c.tokens[phrase - 1]!.end : end);
  for (let k = k0; k < sent.tokenEnd; k++) {
    const t = c.tokens[k]!.text;
    // (a circumstance, "while volunteering", is not let through here: PolNeAR train -1 match, +1 prediction)
    if (CLAUSE_BREAK.test(t) || LATER_CLAUSE.test(t) || c.quoted[k] || QUOTE_CHARS.test(t)) break;
    if (newClause(c, k, sent.tokenEnd)) break;
    if (!TERMINAL.has(t)) end = Math.max(end, c.tokens[k]!.end);
  }
  return end;
}

/** Where the content after a cue begins: past "Tuesday", "reporters", "in a statement"; at "that". */
export function contentStart(c: Ctx, cue: number, end: number): number {
  // "said Tuesday in a statement that …", "is telling supporters after his victory that …": no verb before "that"
  for (let k = cue + 1; k < end && k - cue <= 12; k++) {
    const t = c.tokens[k]!;
    if (t.text.toLowerCase() === 'that') return k;
    if (c.titled[k]) continue; // "said on ABC’s “This Week” that …"
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^[A-Z]/.test(t.text) || c.quoted[k] || QUOTE_CHARS.test(t.text) || TERMINAL.has(t.text)) break;
  }
  const l = lowAt(c, cue);
  let k = cue + 1;
  if (/^(told|tell|tells|telling)$/.test(l) && k < end) {
    // the addressee: "told reporters", "told him", "told CNN's Jake Tapper"
    if (c.tokens[k]!.pos === 'PRON') k++;
    else while (k < end && k - cue <= 4 && (/^[A-Z]/.test(c.tokens[k]!.text) || c.tokens[k]!.pos === 'NOUN' || c.tokens[k]!.pos === 'DET' || c.tokens[k]!.pos === 'PART')) k++;
  }
  while (k < end && /^(on|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|night|morning|for|,)$/i.test(c.tokens[k]!.text)) k++;
  return k;
}

export function spanOf(c: Ctx, a: number, b: number): [number, number] | undefined {
  // token range [a, b) -> character span, without edge punctuation other than quotation marks
  // (a mark whose quote lies outside the span goes too: an opening one at the end, a closing one at the start)
  while (a < b && c.tokens[a]!.pos === 'PUNCT' && (!QUOTE_CHARS.test(c.tokens[a]!.text) || !c.quoted[a + 1])) a++;
  while (b > a && (c.tokens[b - 1]!.pos === 'PUNCT' && (!QUOTE_CHARS.test(c.tokens[b - 1]!.text) || !c.quoted[b - 2]) || /^(and|but|or|while|as)$/i.test(c.tokens[b - 1]!.text))) b--;
  if (b - a < 2) return undefined;
  return [c.tokens[a]!.start, c.tokens[b - 1]!.end];
}

/** 'had “nearly fainted” while canvassing for her party': "while", "before" or "after" with a participle that is
 *  no speech verb is a circumstance inside the reported clause, not a later clause ("before adding …" is). */
export function circumstance(c: Ctx, k: number, end: number): boolean {
  const n = c.tokens[k + 1];
  return k + 1 < end && /^(while|before|after)$/i.test(c.tokens[k]!.text) && !!n && /ing$/.test(n.text) && !c.cueUse[k + 1];
}

/** Does the cue at k name the quoted words `seg` in a free relative ("what he calls the “Washington cartel”")?
 *  Then the direct route's clause is the named phrase (`clauseEnd` with `namedPhrase`). PolNeAR train: of 32
 *  "what X calls / called / described as “…”", 16 Contents start at "what" and hold only the phrase, 10 are an
 *  outer report the phrase sits in (left to the other rules), 5 the marked words. */
export function namedAfterWhat(c: Ctx, k: number, seg: QuoteSegment): boolean {
  if (k < 0 || !afterWhat(c, k)) return false;
  // the quoted words right after the verb, past a determiner or modifiers ("the Soviet “Evil Empire”", "as a")
  const open = tokenIndexAt(c.doc, seg.open);
  for (let x = k + 1; x < open; x++) if (c.quoted[x] || !/^(DET|ADJ|NOUN|PROPN|NUM|ADV|ADP)$/.test(c.tokens[x]!.pos)) return false;
  return open - k <= 4;
}

/** Is the cue at k the verb of a free relative, "what (aide Kevin Phillips / he / some) call(s/ed)"? "what", then
 *  only the words of a subject and auxiliaries up to the verb. */
export function afterWhat(c: Ctx, k: number): boolean {
  for (let x = k - 1; x >= 0 && k - x <= 8; x--) {
    const t = c.tokens[x]!;
    if (/^what$/i.test(t.text)) return x < k - 1;
    if (c.quoted[x] || !/^(DET|ADJ|NOUN|PROPN|PRON|AUX|ADV|PART|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/** "led to what adviser Ruth Olsen called “the dawn of a new liberal age” in her 1988 memoir", "is what
 *  former employees have called a “fraudulent scheme” took an even uglier turn": after "what X calls" the content
 *  is the noun phrase the quoted words name, not the clause around it (PolNeAR: "what" and the phrase). Past the
 *  closing mark (tokens from..to) the phrase ends at a preposition other than "of", a dash, "and", or a verb right
 *  after the marks; -1 (the clause rules decide) at a break or a verb of a relative clause ("the “brilliant”
 *  decision Donald Trump made to …"). */
export function phraseEnd(c: Ctx, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (c.quoted[k]) return -1;
    if (phraseEnds(c, k)) return k;
    const p = c.tokens[k]!.pos;
    if (p === 'VERB' || p === 'AUX' || p === 'PUNCT' && !QUOTE_CHARS.test(c.tokens[k]!.text)) return -1; // a relative clause, a break: the clause rules decide
  }
  return -1;
}

function phraseEnds(c: Ctx, k: number): boolean {
  const t = c.tokens[k]!;
  // (not "to" before a verb: "the “clever” choice the mayor made to demand a recount")
  const next = c.tokens[k + 1];
  if (t.pos === 'ADP' && !/^of$/i.test(t.text) && !(next && (next.pos === 'VERB' || next.pos === 'AUX'))) return true;
  if (t.text === '-' || /^(and|but|or)$/i.test(t.text)) return true;
  return (t.pos === 'VERB' || t.pos === 'AUX') && k > 0 && QUOTE_CHARS.test(c.tokens[k - 1]!.text);
}
