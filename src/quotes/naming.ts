// Names given to a thing: "the valley was known as ''the Breadbasket of the South,''", "she is nicknamed
// ''Naked Girl''", "a group called the “Save Our River Alliance”", "an event billed as “Nurses for Novak”".
// PolNeAR annotates the named thing with the quoted name as one Content (the verb of naming is the Cue, the agent
// after "by", if any, the Source), where the quoted name alone is too short to count as speech. On PolNeAR train
// every passive of naming before quoted words was annotated, the participle after a common noun about 60% of the
// time ("a new musical called “Los Niños del Alcalde”" is not); with the thing in the quote, the marked words alone
// matched none of them. Verbs: lexicon/quotes namers. Also here: an object characterized "as" quoted words
// ("identified the judge as “Spanish,”"), annotated the same way.
import type { Token } from '../model/index.js';
import { tokenIndexAt } from '../text/index.js';
import { lowAt, type Ctx } from './context.js';
import { lexicon } from './lexicon.js';
import type { QuoteSegment } from './marks.js';
import { leftSubject, rightSubject, type NP } from './speaker.js';

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
const NP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

export interface Naming {
  /** The named thing (token range). */
  thing: NP;
  /** The agent after "by" right after the quoted name ("has been called “…” by Joshua Hendrick"). */
  agent?: NP;
}

/** Is the quoted segment a name given to a thing ("X was called “…”", "a group called “…”")? The thing and the
 *  agent, if so. Active naming ("Trump called her “…”", "what he called “…”") is speech, left to the cues. */
export function naming(c: Ctx, seg: QuoteSegment): Naming | undefined {
  const t = c.tokens;
  let j = tokenIndexAt(c.doc, seg.open) - 1;
  if (j >= 0 && /^(the|a|an)$/.test(lowAt(c, j))) j--;
  if (j < 2) return undefined;
  // the verb of naming: one word ("called") or two ("known as"), the agent maybe between ("known by some as")
  let v = j;
  let agent: NP | undefined;
  if (!lexicon.namers.has(lowAt(c, j))) {
    v = j - 1;
    if (lowAt(c, j) === 'as' && !lexicon.namers.has(`${lowAt(c, v)} as`)) {
      let b = j - 1;
      while (b > 0 && j - b < 6 && lowAt(c, b) !== 'by') b--;
      if (b > 0 && lowAt(c, b) === 'by') {
        v = b - 1;
        agent = rightSubject(t, b + 1, j);
      }
    }
    if (!lexicon.namers.has(`${lowAt(c, v)} as`) || lowAt(c, j) !== 'as') return undefined;
  }
  let k = v - 1;
  while (k >= 0 && isAdverb(t[k]!)) k--;
  if (k < 1) return undefined;
  let thing: NP | undefined;
  if (BE.has(lowAt(c, k))) {
    // the passive: "was officially named", "will informally be dubbed", "has been called"
    // (a gerund has no subject: "talked about being described as a “tough boss”")
    if (lowAt(c, k) === 'being' && (k === 0 || t[k - 1]!.pos === 'ADP' || t[k - 1]!.pos === 'VERB')) thing = { start: k, end: k + 1 };
    while (!thing && k - 1 >= 0 && (lexicon.subjectBridge.has(lowAt(c, k - 1)) || BE.has(lowAt(c, k - 1)) || isAdverb(t[k - 1]!))) k--;
    thing ??= namedThing(c, k - 1);
  } else {
    // a participle after a common noun: "a group called …", "a regular series, called …"; after a comma only a
    // phrase of its own, not the end of an apposition ("what Bay Buchanan, treasurer of the campaign, called …")
    // or an aside ("for example, named …")
    const comma = t[k]!.text === ',';
    const n = comma ? k - 1 : k;
    const ofThem = n >= 2 && t[n]!.pos === 'PRON' && lowAt(c, n - 1) === 'of'; // "many of them known as …"
    if (n < 0 || !ofThem && (t[n]!.pos !== 'NOUN' || !/^\p{Ll}/u.test(t[n]!.text))) return undefined;
    thing = namedThing(c, n);
    if (thing && comma && (t[thing.start]!.pos !== 'DET' || thing.start > 0 && t[thing.start - 1]!.text === ',')) return undefined;
  }
  if (!thing) return undefined;
  const after = tokenIndexAt(c.doc, seg.close);
  const sent = c.doc.sentences[c.sentOf[Math.min(after, t.length - 1)]!];
  if (!agent && sent && after + 1 < sent.tokenEnd && lowAt(c, after) === 'by') agent = rightSubject(t, after + 1, sent.tokenEnd);
  return { thing, agent };
}

// (adverbs between "be" and the verb, "was officially named", and the time nouns used as such, "what's today
// typically called"; not "so": "the so-called “rebels”" is the writer's distance, no name given)
export const isAdverb = (x: Token): boolean => (x.pos === 'ADV' || /^(today|now|yesterday|then)$/.test(x.text)) && /^\p{Ll}/u.test(x.text) && x.text !== 'so';

/** The noun phrase ending at token e: "the island", "what", "many of them", "places (that)", "This feature of the
 *  movement", "Peru's newly elected president, Ana Quispe,". */
export function namedThing(c: Ctx, e: number): NP | undefined {
  const t = c.tokens;
  if (e < 0 || c.quoted[e]) return undefined;
  let end = e + 1;
  if (t[e]!.text === ',') {
    // an apposition: "the president, Rodrigo Duterte, has been called …"
    let k = e - 1;
    while (k >= 0 && e - k < 8 && t[k]!.text !== ',' && (t[k]!.pos === 'PROPN' || t[k]!.pos === 'NOUN')) k--;
    if (k < 0 || t[k]!.text !== ',' || k === e - 1) return undefined;
    e = k - 1;
    if (e < 0) return undefined;
  }
  // "places that are otherwise labeled …": the antecedent of a relative pronoun
  if (/^(that|which|who)$/i.test(t[e]!.text) && e > 0 && (t[e - 1]!.pos === 'NOUN' || t[e - 1]!.pos === 'PROPN')) {
    e--;
    end = e + 1;
  }
  let s = e;
  if (t[e]!.pos === 'PRON') {
    // "many of them derisively known as …"
    if (e >= 2 && lowAt(c, e - 1) === 'of' && /^(ADJ|PRON|NUM|DET)$/.test(t[e - 2]!.pos)) s = e - 2;
    return { start: s, end };
  }
  if (t[e]!.pos !== 'NOUN' && t[e]!.pos !== 'PROPN') return undefined;
  while (s - 1 >= 0 && e - s < 10) {
    const p = t[s - 1]!;
    if (c.quoted[s - 1]) break;
    if (p.pos === 'DET') {
      // a determiner opens the phrase ("at the time the valley …" stops at "the valley"), unless "of" or "for"
      // joins it to a noun before ("This feature of the movement", "a syllabus for a class")
      s--;
      if (!(s - 2 >= 0 && /^(of|for)$/i.test(t[s - 1]!.text) && t[s - 2]!.pos === 'NOUN')) break;
      continue;
    }
    if (NP_POS.has(p.pos) || /^['’]s?$/.test(p.text) || p.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/i.test(p.text)) s--;
    else if (p.pos === 'VERB' && /ed$/.test(p.text) && (t[s]!.pos === 'NOUN' || t[s]!.pos === 'ADJ')) s--; // "elected president"
    else if (p.pos === 'ADV' && (t[s]!.pos === 'ADJ' || t[s]!.pos === 'VERB')) s--; // "recently elected"
    else if (/^(of|for)$/i.test(p.text) && s - 2 >= 0 && t[s - 2]!.pos === 'NOUN') s--; // "a syllabus for a class"
    else break;
  }
  return { start: s, end };
}

export const OBJECT_PRONOUNS = /^(him|her|them|it|me|us|you|himself|herself|itself|themselves|myself|ourselves|yourself)$/i;

/** "Trump identified the judge as “Spanish,”", "a plan that relies on presenting himself as “anti-establishment.”":
 *  a verb characterizing its object as the quoted words. The object with "as" and the quoted words are the quote
 *  (PolNeAR's Content), the verb's subject its speaker. The object and the subject of the verb, if so. */
export function asObject(c: Ctx, seg: QuoteSegment): { thing: NP; subject?: NP } | undefined {
  const t = c.tokens;
  let j = tokenIndexAt(c.doc, seg.open) - 1;
  if (j >= 0 && /^(the|a|an)$/.test(lowAt(c, j))) j--;
  if (j < 2 || lowAt(c, j) !== 'as') return undefined;
  const e = j - 1;
  let thing: NP | undefined;
  if (OBJECT_PRONOUNS.test(t[e]!.text)) thing = { start: e, end: e + 1 };
  else if (t[e]!.pos === 'NOUN' || t[e]!.pos === 'PROPN') thing = namedThing(c, e);
  if (!thing || thing.start < 1) return undefined;
  let v = thing.start - 1;
  while (v > 0 && isAdverb(t[v]!)) v--;
  const verb = t[v]!;
  if (verb.pos !== 'VERB' || c.quoted[v] || !/^\p{Ll}/u.test(verb.text)) return undefined;
  const sent = c.doc.sentences[c.sentOf[v]!];
  return { thing, subject: sent ? verbSubject(c, v, sent.tokenStart) : undefined };
}

/** The subject of the verb at v: "led her to declare" -> her, "for news accounts to portray" -> news accounts (an
 *  infinitive's subject is the noun phrase before "to"), else the phrase before the verb. */
export function verbSubject(c: Ctx, v: number, min: number): NP | undefined {
  const t = c.tokens;
  if (v - 2 >= min && lowAt(c, v - 1) === 'to' && !c.quoted[v - 2]) {
    const k = v - 2;
    if (OBJECT_PRONOUNS.test(t[k]!.text)) return { start: k, end: k + 1 };
    if (t[k]!.pos === 'NOUN' || t[k]!.pos === 'PROPN') return namedThing(c, k);
  }
  return leftSubject(t, v, min);
}
