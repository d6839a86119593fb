// Cues whose speaker the verb-subject walk (attribution.ts cueSubject) does not read: nouns of speech ("Trump's
// claim that …"), "Asked if …", and speech verbs after a subject it cannot parse ("About four in 10 said …"). Each
// reports only content that holds quoted words (indirect.ts), where PolNeAR annotates it.
import { lowAt, QUOTE_CHARS, type Ctx } from './context.js';
import type { Cue } from './indirect.js';
import { lexicon } from './lexicon.js';
import { leftSubject, rightSubject, type NP } from './speaker.js';

/** Can the verb at k report speech without a subject the phrase walk reads? Not as a modifier: "his repeated
 *  mispronunciations", "a press release issued by his firm". */
export function bareCue(c: Ctx, k: number, end: number): boolean {
  const p = c.tokens[k - 1]!;
  if (p.pos === 'DET' || p.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/i.test(p.text)) return false;
  return k + 1 < end && lowAt(c, k + 1) !== 'by';
}

/** "Trump's recent assertion that “thousands” …", "a story by Reuters that she “invented” …", "his pledge to be
 *  “neutral” …": a noun of speech (lexicon/quotes speechNouns; speechNounsTo before "to") reports the clause after
 *  it; its speaker is the possessor before it or the agent after "by". */
export function speechNoun(c: Ctx, k: number, min: number, end: number): Cue | undefined {
  const t = c.tokens[k]!;
  if (t.pos !== 'NOUN' || k + 2 >= end) return undefined;
  const n1 = c.tokens[k + 1]!.text;
  if (n1 !== 'that' && n1 !== 'to' && n1 !== 'by') return undefined; // (before any lower-casing: most nouns stop here)
  const w = lowAt(c, k);
  let at = k;
  let by: NP | undefined;
  if (n1 === 'by' && lexicon.speechNouns.has(w)) {
    // "a report by Politico that …"
    by = rightSubject(c.tokens, k + 2, end);
    if (!by || by.end >= end || lowAt(c, by.end) !== 'that') return undefined;
    at = by.end - 1;
  } else if (!(n1 === 'that' && lexicon.speechNouns.has(w) || n1 === 'to' && lexicon.speechNounsTo.has(w))) return undefined;
  // a relative "that" ("the remarks that drew boos") is followed by a verb, a complement by its subject
  const n = c.tokens[at + 2];
  if (!n) return undefined;
  // after "to" a verb ("his pledge to be “neutral”"), not a name ("a call to NBC’s “Weekend Roundup”")
  if (lowAt(c, at + 1) === 'to' ? n.pos !== 'VERB' && n.pos !== 'AUX' && !QUOTE_CHARS.test(n.text) : n.pos === 'VERB' || n.pos === 'AUX') return undefined;
  let np = by;
  if (!np) {
    // the possessor: "Trump's recent evidence-free assertion"
    let j = k - 1;
    while (j > min && (c.tokens[j]!.pos === 'ADJ' || c.tokens[j]!.pos === 'ADV' || c.tokens[j]!.pos === 'NOUN' && k - j <= 2 || c.tokens[j]!.text === '-') && k - j <= 5) j--;
    if (/^['’]s$|^['’]$/.test(c.tokens[j]!.text) && j > min) np = leftSubject(c.tokens, j, min);
    else if (c.tokens[j]!.pos === 'PRON' && /^(his|her|their|its)$/i.test(c.tokens[j]!.text)) np = { start: j, end: j + 1 };
  }
  return np ? { at, np, before: false, mixed: false, noun: true } : { at, np: { start: at, end: at }, before: false, mixed: false, noun: true, bare: true };
}

/** "Asked if Sanders is “realistic enough …,”", "When asked to confirm his part in the “top secret” chains,": a
 *  participle of asking without a subject reports the question after it (content only with quoted words). */
export function askedWhat(c: Ctx, k: number, end: number): Cue | undefined {
  const w = c.tokens[k]!.text;
  if (w !== 'asked' && w !== 'Asked' || k + 2 >= end) return undefined;
  const p = k > 0 ? c.tokens[k - 1]! : undefined;
  if (p && !/^(when|after|once|if|,)$/i.test(p.text) && c.sentOf[k - 1] === c.sentOf[k]) return undefined;
  let a = k + 1;
  if (lowAt(c, a) === 'by') {
    const by = rightSubject(c.tokens, a + 1, end);
    if (!by) return undefined;
    a = by.end;
  }
  if (a >= end || !/^(if|whether|how|what|why|who|to)$/.test(lowAt(c, a))) return undefined;
  return { at: a - 1, np: { start: a - 1, end: a - 1 }, before: false, mixed: false, bare: true, noun: true, ownClause: true };
}

const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'ADP', 'PRON']);

/** The words before a verb whose subject the phrase walk could not read, when they are short and open their
 *  clause: "About four in 10 said", "While those surveyed said". */
export function shortSubject(c: Ctx, k: number, min: number): NP | undefined {
  let a = k;
  while (a > min && k - a < 6 && !c.quoted[a - 1] && c.tokens[a - 1]!.pos !== 'PUNCT' && c.tokens[a - 1]!.pos !== 'SCONJ') a--;
  if (a === k || k - a >= 6 || a > min && !/^[,;:]$|^(while|when|as|although|because)$/i.test(c.tokens[a - 1]!.text)) return undefined;
  // nominal words only ("those surveyed": a participle last)
  for (let x = a; x < k; x++) {
    const t = c.tokens[x]!;
    if (!SUBJECT_POS.has(t.pos) && !(x === k - 1 && x > a && t.pos === 'VERB' && /ed$/.test(t.text))) return undefined;
  }
  return { start: a, end: k };
}
