// Quoted words in a "that" clause whose verb the cues do not take: "a rival sniped that the mayor was “making it
// up as he goes,”", "analysts have speculated that the firm might raise its “core margin”", "a note went out as the
// count ended stating that the loss was “expected.”". The quoted words show that
// the clause is someone's words; PolNeAR annotates the clause (on train, of the quoted segments no rule covered
// inside such a clause, about two in three were annotated).
import { lowAt, type Ctx } from './context.js';
import { tokenIndexAt } from '../text/index.js';
import type { QuoteSegment } from './marks.js';
import { OBJECT_PRONOUNS, isAdverb } from './naming.js';
import { lexicon } from './lexicon.js';

/** Is the segment inside a "that" clause right after a verb (an adverb or an object pronoun between: "made it
 *  clear that")? The "that" token and the verb, if so. Only called for quoted words no other rule attributed: a
 *  verb the lexicon does not know ("sniped", "speculated"), or one whose subject the cues could not read. */
export function thatClause(c: Ctx, seg: QuoteSegment): { that: number; verb: number } | undefined {
  const t = c.tokens;
  const open = tokenIndexAt(c.doc, seg.open);
  const sent = c.doc.sentences[c.sentOf[Math.min(open, t.length - 1)]!];
  if (!sent) return undefined;
  for (let k = open - 1; k > sent.tokenStart && open - k <= 25; k--) {
    if (c.quoted[k] || /^(;|:|—|–|--)$/.test(t[k]!.text)) return undefined;
    if (lowAt(c, k) !== 'that') continue;
    // (past an adverb, an object pronoun, or the words of a circumstance: "did post on Twitter Friday that")
    let v = k - 1;
    while (v > sent.tokenStart && k - v <= 6 && (isAdverb(t[v]!) || t[v]!.pos === 'PRON' && OBJECT_PRONOUNS.test(t[v]!.text) || lexicon.cueBridge.has(lowAt(c, v)) && t[v]!.pos !== 'VERB')) v--;
    const verb = t[v]!;
    return verb.pos === 'VERB' && /^\p{Ll}/u.test(verb.text) && !c.quoted[v] ? { that: k, verb: v } : undefined;
  }
  return undefined;
}
