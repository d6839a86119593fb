// Tense of the clause around a token: the verb group that governs it, read from word forms and lemmas
// (wink-nlp gives universal POS only, so past vs present comes from form != lemma).
import type { Doc, Token } from '../model/index.js';
// Verbs that make a clause look ahead are data: lexicon/time/tense-verbs.tsv.
import { controlVerbs, copulaAhead, forecastVerbs, looksAhead, planVerbs, scheduleVerbs, timetableVerbs } from './lexicon.js';
import { BASE_FORM_PASTS } from '../text/base-form-pasts.js';
import { lowerForm } from '../text/spelling.js';

/**
 * prospective: an infinitive ("scheduled to close Monday") looks ahead without saying when from; conditional:
 * "would not", "could not", which report a day gone as often as one ahead ("could not be reached Wednesday",
 * "would not comment Monday"), while a plain "would" looks ahead ("said he would return Friday").
 */
export type Tense = 'past' | 'present' | 'future' | 'prospective' | 'modal' | 'conditional' | 'none';

const FUTURE = new Set(['will', "'ll", 'shall', 'wo', '’ll']);
const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ca', "'d", '’d', 'ought']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re", "'m", '’s', '’re']);
const PRESENT_AUX = new Set([...BE_PRESENT, 'has', 'have', 'does', 'do']);
/** Tokens that close a clause when scanning left from a time expression. */
const LEFT_STOP = new Set([',', ';', ':', '(', ')', '"', '“', '”', '``', "''", '—', '–', '--', 'that', 'which', 'who', 'while', 'because', 'although', 'though', 'but', 'if', 'unless', 'whether', 'since']);
const RIGHT_STOP = new Set([';', ':', '(', '"', '“', '”', '``', "''", '—', 'that', 'which', 'who', 'while', 'because', 'although', 'though', 'but', 'if', 'unless', 'whether']);

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/**
 * A verb for the clause scans: a capitalised "verb" inside a sentence is a name the tagger misread ("Roe vs.
 * Wade", "Will Smith"), which would otherwise give the clause a present tense.
 */
function isClauseVerb(toks: Token[], k: number, sentStart: number): boolean {
  const t = toks[k]!;
  if (!isVerb(t)) return false;
  if (misreadNoun(toks, k, sentStart)) return false;
  if (k === sentStart || OPENERS.has(toks[k - 1]!.text)) return true;
  const c = t.text.charCodeAt(0);
  return !(c >= 65 && c <= 90) || t.text === 'I';
}

/**
 * "a software update for the phone", "the price cut": a base form after a determiner, or after a determiner and a
 * singular noun (whose own verb would take -s), is the head of a noun phrase the tagger read as a verb ("the company
 * cut prices", a past with its base form, stays a verb).
 */
function misreadNoun(toks: Token[], k: number, sentStart: number): boolean {
  const t = toks[k]!;
  if (t.pos !== 'VERB' || k <= sentStart) return false;
  const w = lowerForm(t);
  if (w !== t.lemma.toLowerCase() || BASE_FORM_PASTS.has(t.lemma)) return false;
  const prev = toks[k - 1]!;
  if (prev.pos === 'DET') return /^(?:a|an|the|this|that|its|their|his|her|our)$/i.test(prev.text);
  return k - 1 > sentStart && prev.pos === 'NOUN' && !/s$/i.test(prev.text) && toks[k - 2]!.pos === 'DET' && /^(?:a|an|the|this|its|their|his|her|our)$/i.test(toks[k - 2]!.text);
}

/**
 * A lone past participle between a noun and a preposition: a passive reduced relative ("a memorial service
 * planned at ..."), not a main verb with its object ("protesters planned a demonstration").
 */
function isReducedRelative(toks: Token[], k: number, sentStart: number): boolean {
  if (k <= sentStart || k + 1 >= toks.length) return false;
  const t = toks[k]!;
  const w = lowerForm(t);
  const prev = toks[k - 1]!;
  return w !== t.lemma.toLowerCase() && /(?:ed|en|t)$/.test(w) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
    toks[k + 1]!.pos === 'ADP';
}

/** Tokens after which a capitalised word starts a new stretch of text, as at a sentence start. */
const OPENERS = new Set(['(', '-LRB-', '[', '"', '“', '``', '`', "'", '‘', ':', '--', '—', '–', '-']);

/** Tense of the verb group whose last verb is tokens[v]. */
export function groupTense(toks: Token[], v: number, lo: number): Tense {
  // Walk left over auxiliaries, negation and adverbs to the start of the group ("will not soon meet").
  let i = v;
  let sawPerfect = false;
  let tense: Tense | undefined;
  for (let k = v; k >= lo && k >= v - 5; k--) {
    const t = toks[k]!;
    const w = t.text.toLowerCase();
    if (k < v && !(t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || (w === 'going' || w === 'to'))) break;
    i = k;
    if (FUTURE.has(w)) return 'future';
    // a modal perfect looks back ("may have been responsible for a drop on Wednesday", "could not have met Friday")
    if ((w === 'would' || w === 'could') && /^(?:not|n't|n’t)$/i.test(toks[k + 1]?.text ?? '')) return sawPerfect ? 'past' : 'conditional';
    if (MODAL.has(w) && w !== "'d" && w !== '’d') return sawPerfect ? 'past' : 'modal';
    if ((w === 'going' || w === 'about') && toks[k + 1]?.text.toLowerCase() === 'to' && k + 2 <= v) tense = 'future';
    // "is to resume trading Tuesday": be + infinitive is a plan; "was to" looks ahead from a past point
    if (w === 'to' && k < v && k > lo) {
      const be = toks[k - 1]!.text.toLowerCase();
      if (be === 'is' || be === 'are' || be === 'am' || be === "'s" || be === "'re") return 'future';
      if (be === 'was' || be === 'were') tense = 'prospective';
    }
    // only an auxiliary makes a perfect: "have until Tuesday" is a present
    if (k < v && (w === 'has' || w === 'have' || w === 'had' || w === "'ve")) sawPerfect = true;
  }
  if (tense) return tense;
  // adverbs and particles before the group do not head it ("already met", "the third departing"): skip them
  while (i < v && toks[i]!.pos !== 'AUX' && toks[i]!.text.toLowerCase() !== 'to') i++;
  const head = toks[i]!;
  const w = lowerForm(head);
  if (w === "'d" || w === '’d') return sawPerfect ? 'past' : 'modal';
  if (PAST_AUX.has(w)) return 'past';
  // a present progressive with a time named is an arrangement ahead ("Apple is holding its conference in June",
  // "activists are calling for protests on Saturday"), or today's ("are falling Monday" written on Monday)
  if (BE_PRESENT.has(w) && !sawPerfect && i < v && toks[v]!.text.toLowerCase().endsWith('ing') && toks[v]!.pos === 'VERB') return 'prospective';
  if (PRESENT_AUX.has(w)) return sawPerfect ? 'past' : 'present';
  // "scheduled to close Monday", "agreed to meet on Friday": an infinitive looks ahead
  if (w === 'to') {
    // ... unless the governing verb is pluperfect ("had been due to expire Friday")
    for (let k = i - 1; k >= lo && k >= i - 4; k--) if (toks[k]!.text.toLowerCase() === 'had') return 'past';
    // "voted to support the republic Friday": the date goes with the governing verb, in its tense
    let g = i - 1;
    while (g >= lo && toks[g]!.pos === 'ADV') g--;
    const gov = toks[g];
    if (gov && gov.pos === 'VERB' && !looksAhead.has(gov.lemma)) return groupTense(toks, g, lo);
    // "ordered Apple to pay $625 million on Friday", "forced the company to recall the phone Tuesday": a verb of
    // control (lexicon role) with its object before the infinitive dates the order, as above ("urged Apple to act
    // on Friday", "announced an agreement to acquire the bank in January" still look ahead)
    if (gov && (gov.pos === 'PROPN' || gov.pos === 'NOUN' || gov.pos === 'PRON')) {
      for (let k = g - 1; k >= lo && k >= g - 4; k--) {
        const t = toks[k]!;
        if (t.pos === 'VERB') {
          if (controlVerbs.has(t.lemma.toLowerCase()) && groupTense(toks, k, lo) === 'past') return 'past';
          break;
        }
        if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON')) break;
      }
    }
    return 'prospective';
  }
  if (i !== v) return 'present';
  // A lone verb: base or -s form is present, -ing is unknown, anything else (left, said, met) is past.
  const lem = head.lemma;
  if (w === lem && BASE_FORM_PASTS.has(lem) && samePast(toks, v, lo)) return 'past';
  if (w === lem || w === lem + 's' || w === lem + 'es' || (lem.endsWith('y') && w === lem.slice(0, -1) + 'ies')) return 'present';
  if (w.endsWith('ing')) return 'none';
  return 'past';
}

/** Singular subjects that would take "cuts" in the present. */
const SINGULAR_PRON = new Set(['it', 'he', 'she']);

/**
 * "cut", "hit", "forecast" are past after a singular subject ("Apple cut its price": the present would be "cuts")
 * or after "and" following a past verb ("released the iPhone in June 2007 and cut its price in September").
 */
function samePast(toks: Token[], v: number, lo: number): boolean {
  const prev = toks[v - 1];
  if (!prev || v - 1 < lo) return false;
  const p = prev.text.toLowerCase();
  if (SINGULAR_PRON.has(p) || (prev.pos === 'PROPN' && !/s$/i.test(prev.text)) || (prev.pos === 'NOUN' && lowerForm(prev) === prev.lemma && !/s$/i.test(prev.text))) return true;
  if (p !== 'and') return false;
  for (let k = v - 2; k >= lo && k >= v - 15; k--) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return groupTense(toks, k, lo) === 'past';
  }
  return false;
}

/** Tense of the clause around tokens [ts, te): nearest verb to the left within the clause, else to the right. */
export function clauseTense(doc: Doc, ts: number, te: number, sentStart: number, sentEnd: number): Tense {
  // "planned for Friday", "postponed until Monday": whatever the verb's tense, the date lies ahead of it
  const prep = ts - 1 > sentStart ? doc.tokens[ts - 1]! : undefined;
  if (prep && (prep.text === 'for' || prep.text === 'until' || prep.text === 'till' || prep.text === 'to')) {
    const v = doc.tokens[ts - 2]!;
    if (v.pos === 'VERB' && scheduleVerbs.has(v.lemma.toLowerCase())) return 'prospective';
  }
  // "will depart at 5 in the morning (5 a.m. PST Saturday)": a gloss in brackets takes the tense around it
  if (ts - 1 > sentStart && doc.tokens[ts - 1]!.text === '(') return clauseTense(doc, ts - 1, te, sentStart, sentEnd);
  // "a federal appeals court Thursday refused ...": between a subject and its verb, the date goes with that verb
  const before = ts - 1 >= sentStart ? doc.tokens[ts - 1]! : undefined;
  const after = te < sentEnd ? doc.tokens[te]! : undefined;
  if (before && after && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON') && isVerb(after) && !lineBreak(doc, ts - 1, ts) && !lineBreak(doc, te - 1, te)) {
    let v = te;
    while (v + 1 < sentEnd && isVerb(doc.tokens[v + 1]!)) v++;
    const t = groupTense(doc.tokens, v, te);
    if (t !== 'none') return t;
  }
  // "said revenue in the September quarter would be $8.8 billion": a date in a phrase after the subject of a clause
  // whose auxiliary follows goes with that clause, not the verb that reports it
  if (before && after && before.pos === 'ADP' && after.pos === 'AUX' && ts - 2 > sentStart && (doc.tokens[ts - 2]!.pos === 'NOUN' || doc.tokens[ts - 2]!.pos === 'PROPN')
    && isVerb(doc.tokens[ts - 3]!) && !lineBreak(doc, te - 1, te)) {
    let v = te;
    while (v + 1 < sentEnd && isVerb(doc.tokens[v + 1]!)) v++;
    const t = groupTense(doc.tokens, v, te);
    if (t !== 'none') return t;
  }
  return scan(doc, ts, te, sentStart, sentEnd, true) ?? scan(doc, ts, te, sentStart, sentEnd, false) ?? 'none';
}

/** How far (tokens) a past verb reaches to the date of its own event ("went on sale in April"). */
const DIRECT_REACH = 8;

/**
 * Whether the date at tokens[ts] is the time of a past verb close before it in its clause ("The iPad went on sale
 * in April", "Apple cut prices in May"), not of a plan or a later event that verb tells of ("decided to admit them
 * in March", "a summit set for Washington in April", "the slated visit ... in September"): no infinitive between,
 * and the verb neither schedules nor plans.
 */
export function directPast(doc: Doc, ts: number, sentStart: number): boolean {
  const toks = doc.tokens;
  for (let k = ts - 1; k >= sentStart && k >= ts - DIRECT_REACH; k--) {
    const t = toks[k]!;
    const w = t.text.toLowerCase();
    if (w === 'to' || (LEFT_STOP.has(w) && w !== ',') || lineBreak(doc, k, k + 1)) return false;
    if (!isClauseVerb(toks, k, sentStart)) continue;
    const lemma = t.lemma.toLowerCase();
    if (scheduleVerbs.has(lemma) || planVerbs.has(lemma) || copulaAhead.has(lemma)) return false;
    // an infinitive ("was supposed to take effect in August") is a plan, whatever the tense of its governor
    let j = k - 1;
    while (j >= sentStart && toks[j]!.pos === 'ADV') j--;
    if (j >= sentStart && toks[j]!.text.toLowerCase() === 'to') return false;
    return groupTense(toks, k, sentStart) === 'past';
  }
  return false;
}

/**
 * Whether a line break lies between two adjacent tokens: a headline and a dateline ("Apple to sell iPhone on
 * Friday\nWednesday, June 27, 2007\nThe phone ...") have no full stop, so the sentence splitter runs them into
 * the first sentence; a clause never runs across their line ends.
 */
function lineBreak(doc: Doc, a: number, b: number): boolean {
  const text = doc.article.text;
  for (let i = doc.tokens[a]!.end, e = doc.tokens[b]!.start; i < e; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * "The iPhone ships in June", "Leopard launches in October": after a name the tagger reads a timetable verb in
 * its -s form as a plural noun. Between a singular subject and a preposition, in a sentence with no other verb,
 * it is that verb in the present ("Apple's product launches in October were ..." has a verb of its own).
 */
function misreadTimetable(toks: Token[], k: number, lo: number, hi: number): boolean {
  const t = toks[k]!;
  if (t.pos !== 'NOUN' || k <= lo || !/s$/.test(t.text) || lowerForm(t) === t.lemma) return false;
  if (!timetableVerbs.has(t.lemma.toLowerCase())) return false;
  const prev = toks[k - 1]!;
  const subject = prev.pos === 'PROPN' || prev.pos === 'PRON' || (prev.pos === 'NOUN' && !/s$/i.test(prev.text));
  if (!subject || toks[k + 1]?.pos !== 'ADP') return false;
  for (let j = lo; j < hi; j++) if (j !== k && isVerb(toks[j]!)) return false;
  return true;
}

/**
 * A present form of "be" with a predicate of readiness: the group's last verb ("is set", "are scheduled", the scan
 * meeting the participle or "is" first) or the word right after "is" ("is due", "is available").
 */
function aheadPredicate(toks: Token[], k: number, v: number, lo: number, hi: number): boolean {
  if (BE_PRESENT.has(toks[v]!.text.toLowerCase())) {
    const next = v + 1 < hi ? toks[v + 1]! : undefined;
    return next !== undefined && copulaAhead.has(next.text.toLowerCase());
  }
  if (!copulaAhead.has(toks[v]!.lemma.toLowerCase())) return false;
  for (let j = v - 1; j >= lo && j >= Math.min(k, v) - 2; j--) if (BE_PRESENT.has(toks[j]!.text.toLowerCase())) return true;
  return false;
}

/** One pass: left within the clause, then right; the second pass lets the left scan cross commas
 * ("Blinken will meet ... Baerbock in Berlin, on Thursday"). */
function scan(doc: Doc, ts: number, te: number, sentStart: number, sentEnd: number, commaStops: boolean): Tense | undefined {
  const toks = doc.tokens;
  for (let k = ts - 1; k >= sentStart; k--) {
    const t = toks[k]!;
    const w = t.text.toLowerCase();
    if (LEFT_STOP.has(w) && (commaStops || w !== ',')) break;
    if (lineBreak(doc, k, k + 1)) break;
    if (misreadTimetable(toks, k, sentStart, sentEnd)) return 'prospective';
    if (isClauseVerb(toks, k, sentStart) && !(t.pos === 'VERB' && t.text.toLowerCase().endsWith('ing') && k < ts - 1 && toks[k + 1]!.pos === 'NOUN')) {
      // the last verb of a group: step right over following auxiliaries-to-verb chains ("has been met")
      let v = k;
      while (v + 1 < ts && isVerb(toks[v + 1]!)) v++;
      // "planned a rally on Saturday", "has scheduled a news conference Thursday": the date is the plan's, ahead
      // ... but a participle after its noun ("a service planned for Saturday was canceled") only names the
      // plan: the clause's own verb, further on, has the tense
      if (toks[v]!.pos === 'VERB' && planVerbs.has(toks[v]!.lemma.toLowerCase())) {
        if (v === k && isReducedRelative(toks, k, sentStart)) continue;
        return 'prospective';
      }
      let t = groupTense(toks, v, sentStart);
      // "the store opens Monday", "the conference begins Monday": a timetable in the present lies ahead
      // and so does a forecast of what is to come ("Apple expects revenue of $6.9 billion for the second quarter")
      if (t === 'present' && v === k && toks[v]!.pos === 'VERB' && (timetableVerbs.has(toks[v]!.lemma.toLowerCase()) || forecastVerbs.has(toks[v]!.lemma.toLowerCase()))) return 'prospective';
      // "the update is due in June", "is available in June", "is set for release in June": a present copula with a
      // predicate of readiness puts its date ahead
      if (t === 'present' && aheadPredicate(toks, k, v, sentStart, sentEnd)) return 'prospective';
      // a verb chain ending in a participle ("will begin selling the phone in June"): its first verb has the tense
      if (t === 'none' && v > k) t = groupTense(toks, k, sentStart);
      // a bare participle ("composite trading on Wednesday") says nothing: keep looking left
      if (t !== 'none') return t;
    }
  }
  for (let k = te; k < sentEnd; k++) {
    const t = toks[k]!;
    if (RIGHT_STOP.has(t.text.toLowerCase()) || lineBreak(doc, k - 1, k)) break;
    if (isClauseVerb(toks, k, sentStart)) {
      let v = k;
      while (v + 1 < sentEnd && isVerb(toks[v + 1]!)) v++;
      const t = groupTense(toks, v, k);
      return t === 'none' && v > k ? groupTense(toks, k, k) : t;
    }
  }
  return commaStops ? undefined : 'none';
}
