// Shallow parse of one sentence over Doc tokens: noun-phrase chunks and verb groups (auxiliaries, modal,
// negation, voice). Enough structure to find who did what to whom without a full parser.
import type { Token } from '../model/index.js';
import { compoundGerunds, nounPatterns, onsetVerbs, pastForms } from './lexicon.js';
import { BASE_FORM_PASTS } from '../text/base-form-pasts.js';
import { lowerForm } from '../text/spelling.js';
import { sectorOf } from './sectors.js';

export interface NP {
  start: number;
  /** One past the last token. */
  end: number;
  head: number;
  /** Index of the possessive marker ('s) inside the chunk, or -1. */
  poss: number;
  temporal: boolean;
  pronoun: boolean;
}

export interface VerbGroup {
  /** First token of the group (an auxiliary, "not", or the verb itself). */
  start: number;
  /** The main verb (or a predicate adjective: "ready", "willing"). */
  head: number;
  modal?: string;
  neg: boolean;
  passive: boolean;
  /** An infinitive: "to" before the group. */
  inf: boolean;
  /** A participle or gerund without auxiliary ("killing 50"). */
  bare: boolean;
}

export interface Parse {
  s: number;
  e: number;
  nps: NP[];
  /** NP index by token (offset by s), -1 outside NPs. */
  npOf: Int32Array;
  vgs: VerbGroup[];
  /** Verb-group index by head token (offset by s), -1 otherwise. */
  vgOf: Int32Array;
  /** The part of speech the parse used for a token (the tagger's, corrected for hyphenated compounds and the like). */
  pos: (i: number) => string;
}

const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const PERSONAL = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us']);
const TEMPORAL = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'week', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'hour', 'minute', 'time',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'decade', 'tonight', 'overnight', 'earlier', 'later', 'point', 'period', 'season',
]);
const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const IRREALIS_OF = new Set(['talk', 'threat', 'threaten', 'prospect', 'possibility', 'fear', 'risk', 'idea', 'plan', 'chance', 'hope', 'danger', 'capable', 'accuse', 'suspect', 'warn', 'warning', 'suspicion', 'allegation', 'charge', 'intention', 'option', 'question', 'rumor', 'rumour', 'dream', 'think', 'instead', 'afraid', 'wary', 'guilty', 'convict']);
const GERUND_HYPOTHETICAL = new Set(['over', 'about', 'against', 'on', 'for', 'of', 'toward', 'towards', 'without']);
/** Participles of growth that modify a noun after a preposition ("against rising pressure"). */
export const GROWING = new Set(['rising', 'growing', 'mounting', 'increasing', 'escalating', 'deepening', 'intensifying', 'worsening', 'continuing', 'spreading']);
/** Participles of harshness that modify a noun ("withering criticism", "a blistering attack"). */
const HARSH = new Set(['withering', 'blistering', 'stinging', 'searing', 'scathing', 'unrelenting', 'unsparing']);
/** Compass words ("east of Basra"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const TIME_START = new Set(['last', 'next', 'this', 'early', 'earlier', 'late', 'every', 'each']);
export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', 'am', 'get', 'got']);
/** Quotation marks as the tokenizer leaves them (Timeline17's `` and '' come split in two). */
export const QUOTES = new Set(['"', '“', '”', '`', '``', "'", "''", '‘', '’']);
/** Marks after which a dateline's story begins ("LA PAZ (Reuters) - Street fighting raged"). */
const OPENING_MARKS = new Set(['-', '--', '—', '–', ')', ':']);
const MODALS = new Set(['will', "'ll", 'shall', 'would', "'d", 'could', 'can', 'may', 'might', 'should', 'must']);

/** Verbs followed by a bare infinitive ("helped build houses"). */
const BARE_INF_HEADS = new Set(['help', 'let', 'make', 'see', 'hear', 'watch', 'have', 'dare']);
const isNominal = (p: string) => p === 'NOUN' || p === 'PROPN';
const capital = (t: Token) => t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;
const isPossMark = (t: Token) => t.pos === 'PART' && (t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’');

export function parseSentence(tokens: Token[], s: number, e: number, adjTriggers: Set<string>, verbLemmas: Set<string> = adjTriggers,
  lowers: string[] = tokens.map((t) => t.text.toLowerCase())): Parse {
  const n = e - s;
  // wink-nlp tags some demonyms as verbs ("French/VERB mediation"): a capitalised "verb" inside a sentence is a name.
  // Parts of speech are asked for many times per token while chunking: computed once.
  const posMemo: string[] = new Array<string>(n).fill('');
  const pos = (i: number): string => {
    if (i < s || i >= e) return tokens[i]?.pos ?? '';
    const m = posMemo[i - s]!;
    return m !== '' ? m : (posMemo[i - s] = posOf(tokens, lowers, s, e, verbLemmas, i));
  };
  const npOf = new Int32Array(n).fill(-1);
  const vgOf = new Int32Array(n).fill(-1);
  const nps: NP[] = [];

  // Noun-phrase chunks: DET/ADJ/NUM/NOUN/PROPN runs, possessives inside, "of" between capitalised names.
  let i = s;
  while (i < e) {
    const t = tokens[i]!;
    const tp = pos(i);
    const lower = lowers[i]!;
    if (tp === 'PRON' && PERSONAL.has(lower)) {
      npOf[i - s] = nps.length;
      nps.push({ start: i, end: i + 1, head: i, poss: -1, temporal: false, pronoun: true });
      i++;
      continue;
    }
    const starts = tp === 'DET' || tp === 'ADJ' || tp === 'NUM' || isNominal(tp) || (tp === 'PRON' && POSSESSIVE.has(lower));
    if (!starts || lower === 'that' || lower === 'which' || lower === 'what') {
      i++;
      continue;
    }
    let j = i + 1;
    let poss = -1;
    // "hacked to death 30 refugees": "death" after "to" is a phrase of its own, not a modifier of the object.
    while (j < e && !(lower === 'death' && i > s && lowers[i - 1] === 'to')) {
      const u = tokens[j]!;
      const up = pos(j);
      // "Kyiv last week": a time phrase after a name starts a new chunk; so does "towns today".
      if ((TIME_START.has(u.lemma) || TEMPORAL.has(u.lemma)) && pos(j - 1) === 'PROPN' && !TEMPORAL.has(tokens[j - 1]!.lemma)) break;
      if (DAY_WORDS.has(u.lemma) && isNominal(pos(j - 1)) && !TEMPORAL.has(tokens[j - 1]!.lemma)) break;
      // "killed 50 people last week", "by Chadian soldiers late last month": a time phrase after a common noun too.
      if (TIME_START.has(u.lemma) && j + 1 < e && (TEMPORAL.has(tokens[j + 1]!.lemma) || TIME_START.has(tokens[j + 1]!.lemma))
        && isNominal(pos(j - 1)) && !TEMPORAL.has(tokens[j - 1]!.lemma)) break;
      // "rejected on Monday Western calls for": a day name ends its phrase (no name goes on after "Monday").
      if (DAY_WORDS.has(tokens[j - 1]!.lemma) && j - 1 === i && up !== 'NUM' && !isPossMark(u) && !TEMPORAL.has(u.lemma)) break;
      // "In Kuwait students protested", "In Bahrain young Shiites marched": after a sentence-opening "in" and a
      // name, a lower-case word starts the subject (the comma after the place is often left out).
      // (a name alone: not "In a closed-door Security Council meeting")
      if (i === s + 1 && SCENE_PREPOSITIONS.has(lowers[s]!) && pos(i) === 'PROPN' && capital(tokens[i]!) && pos(j - 1) === 'PROPN' && capital(tokens[j - 1]!)
        && (up === 'ADJ' || up === 'NOUN') && !capital(u)) break;
      // "gave Peru 48 hours to", "gave its government three days to": a count of time after a noun is a phrase of its own.
      if (up === 'NUM' && isNominal(pos(j - 1)) && j + 1 < e && TEMPORAL.has(tokens[j + 1]!.lemma) && !TEMPORAL.has(tokens[j - 1]!.lemma)) break;
      // "an offensive east of Basra", "villages north of the capital": a compass word before "of" opens a place
      // phrase of its own, not the last word of the noun's phrase.
      if (COMPASS.has(lowers[j]!) && j + 1 < e && lowers[j + 1] === 'of') break;
      if (up === 'ADJ' || up === 'NUM' || isNominal(up)) { j++; continue; }
      // "a nationwide general strike", "a very large crowd": an adverb between the determiner and the noun.
      if (up === 'ADV' && j === i + 1 && pos(i) === 'DET' && j + 1 < e && (pos(j + 1) === 'ADJ' || pos(j + 1) === 'NOUN')) { j++; continue; }
      // "night-time curfew", "30-day state": the tokenizer splits hyphenated compounds.
      if (u.text === '-' && j + 1 < e && u.start === tokens[j - 1]!.end && tokens[j + 1]!.start === u.end) { j++; continue; }
      if (isPossMark(u) && isNominal(tokens[j - 1]!.pos)) { poss = j; j++; continue; }
      // "the Salvadoran bishops' conference urged": an apostrophe glued to a plural, before a word of the phrase, is the
      // plural's possessive (the tagger reads it as a quote mark, and the phrase then ended before the verb's subject)
      if ((u.text === "'" || u.text === '’') && u.start === tokens[j - 1]!.end && lowers[j - 1]!.endsWith('s') && isNominal(tokens[j - 1]!.pos)
        && j + 1 < e && tokens[j + 1]!.start > u.end && (pos(j + 1) === 'NOUN' || pos(j + 1) === 'ADJ')) { poss = j; j++; continue; }
      if (u.pos === 'DET' && poss === j - 1) { j++; continue; }
      if (u.pos === 'PRON' && poss === j - 1) { j++; continue; }
      // "Secretary of State", "Republic of Korea": of between capitalised nominals.
      // (not before an abbreviation: "assured South Korea of U.S. support")
      if (u.text === 'of' && j + 1 < e && capital(tokens[j - 1]!) && tokens[j - 1]!.pos === 'PROPN' && tokens[j + 1]!.pos === 'PROPN' && capital(tokens[j + 1]!)
        && !tokens[j + 1]!.text.includes('.')) { j += 2; continue; }
      // "more than 100,000 troops"
      if (u.text === 'than' && j + 1 < e && tokens[j + 1]!.pos === 'NUM') { j++; continue; }
      break;
    }
    let head = -1;
    for (let k = j - 1; k >= i; k--) {
      const p = pos(k);
      if (isNominal(p) || p === 'NUM' || p === 'PRON') { head = k; break; }
    }
    if (head < 0) head = j - 1;
    const ht = tokens[head]!;
    const temporal = TEMPORAL.has(ht.lemma) || TEMPORAL.has(ht.text.toLowerCase());
    const idx = nps.length;
    nps.push({ start: i, end: j, head, poss, temporal, pronoun: false });
    for (let k = i; k < j; k++) npOf[k - s] = idx;
    i = j;
  }

  // Verb groups.
  const vgs: VerbGroup[] = [];
  for (let h = s; h < e; h++) {
    const t = tokens[h]!;
    const lowerH = lowers[h]!;
    let isHead = pos(h) === 'VERB';
    // wink-nlp sometimes tags a present-tense verb after a name as a noun: "Russia launches an incursion".
    if (!isHead && t.pos === 'NOUN' && verbLemmas.has(t.lemma) && t.text.endsWith('s') && h > s && h + 1 < e
      && (tokens[h - 1]!.pos === 'PROPN' || tokens[h - 1]!.pos === 'PRON') && tokens[h + 1]!.pos === 'DET'
      // (not a name and its noun right after a verb, a double object: "gave Croatian forces an ultimatum")
      && !(h - 2 >= s && tokens[h - 2]!.pos === 'VERB' && tokens[h - 1]!.pos === 'PROPN')) isHead = true;
    // A predicate adjective or preposition of the lexicon after "be" ("is ready to", "was behind the bombing").
    if (!isHead && (t.pos === 'ADJ' || t.pos === 'ADP') && adjTriggers.has(t.lemma) && h > s && BE.has(lowers[h - 1]!)) isHead = true;
    if (!isHead && (lowerH === 'ready' || lowerH === 'willing' || lowerH === 'prepared') && h > s && BE.has(lowers[h - 1]!)) isHead = true;
    if (!isHead) continue;
    // An "-ing"/"-ed" VERB directly inside a noun phrase run ("the ruling party") is not a clause verb.
    let start = h;
    let modal: string | undefined;
    let neg = false;
    let beAux = false;
    let anyAux = false;
    let k = h - 1;
    while (k >= s) {
      const u = tokens[k]!;
      const lower = lowers[k]!;
      if (u.pos === 'AUX' || MODALS.has(lower)) {
        anyAux = true;
        if (MODALS.has(lower) && !modal) modal = lower;
        if (BE.has(lower) || u.lemma === 'be' || u.lemma === 'get') beAux = beAux || k === h - 1 || tokens[h - 1]!.pos === 'ADV' || tokens[h - 1]!.pos === 'PART';
        start = k; k--; continue;
      }
      if (lower === 'not' || lower === "n't" || lower === 'never' || lower === 'n’t') { neg = true; start = k; k--; continue; }
      if (lower === 'longer' && k > s && lowers[k - 1] === 'no') { neg = true; start = k - 1; k -= 2; continue; }
      if (u.pos === 'ADV' && lower !== 'where' && lower !== 'when' && lower !== 'how') { k--; continue; }
      // "Syria has `` categorically rejected '' the plan": scare quotes inside the verb group.
      if (u.pos === 'PUNCT' && QUOTES.has(lower)) { k--; continue; }
      // "could at any point launch", "has in principle agreed": a short prepositional phrase between a modal (or
      // "have") and its verb.
      if (u.pos === 'NOUN' || u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'ADP') {
        let m = k;
        while (m >= s && h - m <= 5 && tokens[m]!.pos !== 'ADP' && (tokens[m]!.pos === 'NOUN' || tokens[m]!.pos === 'DET' || tokens[m]!.pos === 'ADJ')) m--;
        if (m >= s && m < k + 1 && tokens[m]!.pos === 'ADP' && m - 1 >= s
          && (MODALS.has(lowers[m - 1]!) || (tokens[m - 1]!.pos === 'AUX' && tokens[m - 1]!.lemma === 'have'))) { k = m - 1; continue; }
      }
      break;
    }
    const inf = start - 1 >= s && lowers[start - 1] === 'to' && (tokens[start - 1]!.pos !== 'ADP' || t.pos === 'VERB' && lowerForm(t) === t.lemma);
    // (irregular participles spelt like the base: "was hit by sanctions", "were cut off")
    const participle = (lowerForm(t) !== t.lemma || BASE_FORM_PASTS.has(lowerH)) && !lowerH.endsWith('ing') && !lowerH.endsWith('s');
    const passive = beAux && participle && t.pos === 'VERB';
    const bare = !anyAux && !inf && (lowerH.endsWith('ing'));
    // "squabbled over launching air strikes": a gerund after a preposition is a possibility, not a report.
    // "talk of attacking", "warned against invading": unrealised. But "of" also follows nouns of fact ("five days
    // of fighting", "because of fighting"): only nouns and verbs of speech, fear and chance make "of" irrealis.
    const gerundOf = bare && start - 1 >= s && tokens[start - 1]!.pos === 'ADP' && GERUND_HYPOTHETICAL.has(lowers[start - 1]!)
      && (lowers[start - 1] !== 'of' || (start - 2 >= s && IRREALIS_OF.has(tokens[start - 2]!.lemma)));
    vgOf[h - s] = vgs.length;
    vgs.push({ start, head: h, modal: modal ?? (gerundOf ? 'would' : undefined), neg, passive, inf, bare });
  }
  return { s, e, nps, npOf, vgs, vgOf, pos };
}

/** Prepositions that open a sentence with the place where it happens ("In Kuwait students protested"). */
const SCENE_PREPOSITIONS = new Set(['in', 'across', 'throughout']);

const PROGRESSIVE_OBJECT = new Set(['DET', 'PROPN', 'PRON', 'ADJ', 'NOUN', 'NUM']);
const progressiveBe = (tokens: Token[], s: number, k: number): boolean => k >= s && tokens[k]!.pos === 'AUX' && tokens[k]!.lemma === 'be';
/** Whether an -ing word is the form of a lexicon verb ("arming" arm, "making" make, "stopping" stop). */
function ingOfVerb(w: string, verbLemmas: Set<string>): boolean {
  const b = w.slice(0, -3);
  return verbLemmas.has(b) || verbLemmas.has(b + 'e') || (b.length > 2 && b[b.length - 1] === b[b.length - 2] && verbLemmas.has(b.slice(0, -1)));
}

/** Disasters that modify the people or places they struck ("flood victims"), and those heads. */
const DISASTER_MODIFIERS = new Set(['flood', 'storm', 'fire', 'blast', 'quake', 'drought']);
const STRUCK = new Set(['victim', 'survivor', 'refugee', 'casualty', 'area', 'zone', 'region', 'village', 'district']);

// The parse's part of speech for token i (module level: no closure to create per sentence).
function posOf(tokens: Token[], lowers: string[], s: number, e: number, verbLemmas: Set<string>, i: number): string {
  const p = tokens[i]!.pos;
  if (p === 'X') return 'ADJ'; // foreign words inside a phrase: "a de facto blackout"
  // Hyphenated compounds come split ("peace - keeping force", "a sit - in", "Iraqi - backed rebels"): a verb or
  // particle joined by a hyphen is part of a word, a modifier before a noun, else the compound's noun.
  if (p === 'VERB' || p === 'ADP' || p === 'ADV' || p === 'PART') {
    if (i > s + 1 && joinedAt(tokens, s, e, i - 1)) {
      const nx = i + 1 < e ? tokens[i + 1]!.pos : '';
      return nx === 'NOUN' || nx === 'ADJ' || nx === 'PROPN' || (nx === 'PUNCT' && joinedAt(tokens, s, e, i + 1)) ? 'ADJ' : 'NOUN';
    }
    if (p === 'VERB' && i + 2 < e && joinedAt(tokens, s, e, i + 1)) return 'ADJ';
  }
  // "Norway mediated between", "police rounded up militants": wink-nlp tags some past tenses after a noun as
  // adjectives. An "-ed" word of a lexicon verb in the contexts of edAdjVerbContext is that verb.
  if (p === 'ADJ' && i > s && i + 1 < e && lowers[i]!.endsWith('ed')
    && edAdjVerbContext(tokens, s, i) && edVerb(lowers[i]!, verbLemmas)) return 'VERB';
  // "said it would open its airspace to": a lexicon verb the tagger read as an adjective right after a modal, before
  // the object's determiner or possessive, is that verb.
  if (p === 'ADJ' && i > s && i + 1 < e && MODALS.has(lowers[i - 1]!) && verbLemmas.has(tokens[i]!.lemma)
    && (tokens[i + 1]!.pos === 'DET' || (tokens[i + 1]!.pos === 'PRON' && POSSESSIVE.has(lowers[i + 1]!)))) return 'VERB';
  // "has been arming Hezbollah", "is funding and arming militias": an -ing form of a lexicon verb that the tagger read
  // as a noun right after "be" (or coordinated with one that is) is the progressive, before its object's first word.
  if (p === 'NOUN' && i > s + 1 && i + 1 < e && lowers[i]!.endsWith('ing') && ingOfVerb(lowers[i]!, verbLemmas)
    && (progressiveBe(tokens, s, i - 1) || (lowers[i - 1] === 'and' && lowers[i - 2]!.endsWith('ing') && progressiveBe(tokens, s, i - 3)))
    && (PROGRESSIVE_OBJECT.has(tokens[i + 1]!.pos) || (lowers[i + 1] === 'and' && i + 2 < e && lowers[i + 2]!.endsWith('ing')))) return 'VERB';
  if (p === 'NOUN' && nounAsVerb(tokens, s, e, i, verbLemmas)) return 'VERB';
  // "Morales slams lawmakers in": a present tense read as a noun between a name and a plural noun that no verb
  // follows (not "Syria talks collapse", not "the UN sanctions committee").
  if (p === 'NOUN' && i > s && i + 2 < e && lowers[i]!.endsWith('s') && tokens[i - 1]!.pos === 'PROPN' && verbLemmas.has(tokens[i]!.lemma)
    && tokens[i + 1]!.pos === 'NOUN' && lowers[i + 1]!.endsWith('s') && tokens[i + 2]!.pos !== 'VERB' && tokens[i + 2]!.pos !== 'AUX') return 'VERB';
  // Headlines: "Russia bombs Georgian town", "China slams U.S.": a present tense between two names.
  if (p === 'NOUN' && i > s && i + 1 < e && tokens[i - 1]!.pos === 'PROPN' && tokens[i + 1]!.pos === 'PROPN' && lowers[i]!.endsWith('s')
    && capital(tokens[i + 1]!) && !TEMPORAL.has(lowers[i + 1]!) && !dateline(tokens[i + 1]!.text) && verbLemmas.has(tokens[i]!.lemma)) return 'VERB';
  // "Chile slams fishing firms", "May 3 - Bachelet slams the firms": a headline's present tense after the name
  // that opens it (at the start or after a dash), before the object's phrase.
  // ("White House press secretary": not a word in -ss; "U.N. sanctions committees": not an event noun's plural;
  // "Syrian forces shot dead": not a noun of people, nor before a past tense)
  if (p === 'NOUN' && i > s && i + 1 < e && tokens[i - 1]!.pos === 'PROPN' && lowers[i]!.endsWith('s') && !lowers[i]!.endsWith('ss') && verbLemmas.has(tokens[i]!.lemma)
    && !nounPatterns.has(tokens[i]!.lemma) && !sectorOf(tokens[i]!.lemma) && !nounAsVerb(tokens, s, e, i + 1, verbLemmas)
    && (tokens[i + 1]!.pos === 'DET' || tokens[i + 1]!.pos === 'NOUN' || tokens[i + 1]!.pos === 'ADJ') && headlineSubject(tokens, s, i - 1)
    && !verbAfterPhrase(tokens, i + 1, e)) return 'VERB';
  // "shot dead two Palestinians": "dead" after the verb is its particle, not the start of the object's phrase.
  if (p === 'ADJ' && lowers[i] === 'dead' && i > s && (tokens[i - 1]!.pos === 'VERB' || nounAsVerb(tokens, s, e, i - 1, verbLemmas))) return 'PART';
  // "help support the rights of": a bare infinitive after "help" that the tagger took for a noun.
  if (p === 'NOUN' && i > s && i + 1 < e && tokens[i - 1]!.lemma === 'help' && tokens[i - 1]!.pos === 'VERB'
    && (tokens[i + 1]!.pos === 'DET' || tokens[i + 1]!.pos === 'PROPN') && verbLemmas.has(tokens[i]!.lemma)) return 'VERB';
  // "delivered food to flood victims", "aid to storm survivors": a disaster after "to", before the people it struck,
  // modifies them (no infinitive "to flood").
  if (p === 'VERB' && i > s && i + 1 < e && lowers[i - 1] === 'to' && DISASTER_MODIFIERS.has(lowers[i]!) && STRUCK.has(tokens[i + 1]!.lemma)) return 'ADJ';
  // "Fighting broke out between ...": a gerund opening the sentence before its verb is the subject noun.
  if (p === 'VERB' && i === s && i + 1 < e && lowers[i]!.endsWith('ing') && capital(tokens[i]!)
    && (tokens[i + 1]!.pos === 'VERB' || tokens[i + 1]!.pos === 'AUX')) return 'NOUN';
  // "Street fighting raged in", "Fierce fighting broke out": so is a gerund after an opening modifier (tagged as a
  // name for its capital, or an adjective) before a verb of going on or breaking out (lexicon/events/onset-verbs.tsv).
  // (not after a plural: "Students protesting were arrested")
  if (p === 'VERB' && i > s && i + 1 < e && lowers[i]!.endsWith('ing') && tokens[i + 1]!.pos === 'VERB' && onsetVerbs.has(tokens[i + 1]!.lemma)
    && (tokens[i - 1]!.pos === 'ADJ' || ((i === s + 1 || OPENING_MARKS.has(lowers[i - 2]!)) && capital(tokens[i - 1]!) && !lowers[i - 1]!.endsWith('s')))) return 'NOUN';
  // "the army's offensive against rebels", "a major offensive in": an event noun the tagger reads as an adjective,
  // after a determiner, possessive or adjective and before no noun, heads its phrase.
  if (p === 'ADJ' && i > s && i + 1 < e && nounPatterns.has(tokens[i]!.lemma) && !OPEN_AFTER_NOUN.has(tokens[i + 1]!.pos)
    && (tokens[i - 1]!.pos === 'DET' || tokens[i - 1]!.pos === 'ADJ' || isPossMark(tokens[i - 1]!))) return 'NOUN';
  // "Indonesia's military chief warned": a title the tagger reads as an adjective, before the verb, heads the phrase.
  if (p === 'ADJ' && TITLE_ADJ.has(lowers[i]!) && i > s && i + 1 < e && (tokens[i + 1]!.pos === 'VERB' || tokens[i + 1]!.pos === 'AUX')) return 'NOUN';
  if (p !== 'VERB' || i <= s) return p;
  if (capital(tokens[i]!) && lowers[i - 1] !== '“' && lowers[i - 1] !== '"') return 'PROPN';
  // "rejected calls for her to quit", "dismissed claims that": a present tense in -s right after a past tense,
  // before a preposition or "that", is a plural noun (no finite verb follows another; but "fighting persists in").
  // ("rejected on Monday calls by": past a day name)
  let pv = i - 1;
  if (pv > s + 1 && DAY_WORDS.has(lowers[pv]!)) pv -= lowers[pv - 1] === 'on' ? 2 : 1;
  // ("staged exercises off Taiwan", "staged large-scale exercises off": an event noun's plural, even before a word
  // that may be a particle, and after a hyphenated modifier)
  const eventPlural = lowers[i]!.endsWith('s') && nounPatterns.has(tokens[i]!.lemma) && i + 1 < e && tokens[i + 1]!.pos === 'ADP';
  if (eventPlural && i - 2 > s && joinedAt(tokens, s, e, i - 2) && tokens[i - 1]!.pos === 'NOUN') return 'NOUN';
  if (tokens[pv]!.pos === 'VERB' && lowers[i]!.endsWith('s') && lowerForm(tokens[i]!) !== tokens[i]!.lemma && (lowers[pv]!.endsWith('ed') || pastForms.has(lowers[pv]!))
    && i + 1 < e && (tokens[i + 1]!.pos === 'ADP' || lowers[i + 1] === 'that') && (!AFTER_VERB.has(lowers[i + 1]!) || eventPlural)) return 'NOUN';
  // "rejected on Friday Chinese calls for new talks": a present tense in -s after a demonym that follows no
  // determiner ("the Russian calls for calm" is a verb), before "for", "of" or "that", is a plural noun.
  if (tokens[i - 1]!.pos === 'PROPN' && lowers[i]!.endsWith('s') && lowerForm(tokens[i]!) !== tokens[i]!.lemma && /(ern|an|ese|ish)$/.test(lowers[i - 1]!)
    && i - 2 >= s && tokens[i - 2]!.pos !== 'DET' && i + 1 < e && (lowers[i + 1] === 'for' || lowers[i + 1] === 'of' || lowers[i + 1] === 'that')) return 'NOUN';
  // "police used tear gas": a base form between an inflected verb and a noun modifies the noun (but "helped
  // build houses", "let go").
  if (tokens[i - 1]!.pos === 'VERB' && lowerForm(tokens[i - 1]!) !== tokens[i - 1]!.lemma && lowerForm(tokens[i]!) === tokens[i]!.lemma
    && i + 1 < e && tokens[i + 1]!.pos === 'NOUN' && !BARE_INF_HEADS.has(tokens[i - 1]!.lemma)) return 'ADJ';
  // "arrested suspected militants", "struck suspected terrorist camps": a participle right after the verb,
  // before a noun or adjective, is the object's modifier.
  // (also before a name: "bombed suspected PKK camps")
  // (not after a name the tagger took for a verb: "Human Rights Watch investigated reports")
  if (tokens[i - 1]!.pos === 'VERB' && !(i - 1 > s && capital(tokens[i - 1]!)) && lowers[i].endsWith('ed') && i + 1 < e
    && (tokens[i + 1]!.pos === 'NOUN' || tokens[i + 1]!.pos === 'ADJ' || (tokens[i + 1]!.pos === 'PROPN' && !capital(tokens[i - 1]!)))) return 'ADJ';
  // "Algeria's leading rights activist", "the besieged town", "20 suspected militants": a participle between a
  // determiner or number and a noun.
  const prev = tokens[i - 1]!;
  const next = i + 1 < e ? tokens[i + 1]! : undefined;
  const w = lowers[i]!;
  if ((w.endsWith('ing') || w.endsWith('ed')) && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')
    && (prev.pos === 'DET' || prev.pos === 'NUM' || isPossMark(prev) || (prev.pos === 'PRON' && POSSESSIVE.has(lowers[i - 1]!)))) return 'ADJ';
  // "a water pumping station", "an army training camp": a gerund of compound-gerunds.tsv between a noun and a noun is
  // the middle of a compound (others start a clause there: "a convoy carrying food", "a statement urging calm").
  if (prev.pos === 'NOUN' && next?.pos === 'NOUN' && compoundGerunds.has(w)) return 'ADJ';
  // "pushed back against rising pressure", "amid growing calls": a participle of growth after a preposition
  // modifies the noun (other gerunds there take objects: "by arming rebels").
  if (GROWING.has(w) && prev.pos === 'ADP' && next?.pos === 'NOUN') return 'ADJ';
  // "came under scathing criticism from": so do participles of harshness.
  if (HARSH.has(w) && next?.pos === 'NOUN') return 'ADJ';
  // "an end to the suffering of", "the killing of": a gerund after a determiner, before no noun, is a noun.
  // ("reopened the Karni crossing into Gaza": after a name that follows the determiner, too)
  const named = i > s + 1 && prev.pos === 'PROPN' && capital(prev) && tokens[i - 2]!.pos === 'DET' && lowers[i - 2] !== 'that';
  if (w.endsWith('ing') && (prev.pos === 'DET' && lowers[i - 1] !== 'that' || named || isPossMark(prev) || (prev.pos === 'PRON' && POSSESSIVE.has(lowers[i - 1]!)))
    && (!next || next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'CCONJ')) return 'NOUN';
  // "died as a result of abuse while in detention", "after torture in": a base form after a preposition (not "to"),
  // before no object, is a noun.
  // (not after "than", "rather than pull out of", nor before a particle)
  if (lowerForm(tokens[i]!) === tokens[i]!.lemma && prev.pos === 'ADP' && lowers[i - 1] !== 'to' && lowers[i - 1] !== 'than' && !AFTER_VERB.has(lowers[i - 1]!)
    && (!next || ((next.pos === 'ADP' || next.pos === 'PUNCT' || next.pos === 'SCONJ') && !AFTER_VERB.has(lowers[i + 1]!)))) return 'NOUN';
  // "the homes of suspected Algerian militants", "for alleged links": an "-ed" participle after a preposition (not
  // "to", "than", "as": a clause verb may follow those) before a name or noun modifies it.
  if (w.endsWith('ed') && prev.pos === 'ADP' && !NOT_BEFORE_PARTICIPLE.has(lowers[i - 1]!) && !AFTER_VERB.has(lowers[i - 1]!)
    && (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.pos === 'ADJ')) return 'ADJ';
  // "other developed nations", "the heavily armed rebels": between an adjective or adverb and a noun.
  // (not after a title read as an adjective: "the military chief warned rebels")
  if (w.endsWith('ed') && next?.pos === 'NOUN' && ((prev.pos === 'ADJ' && !TITLE_ADJ.has(lowers[i - 1]!)) || (prev.pos === 'ADV' && i > s + 1 && tokens[i - 2]!.pos === 'DET'))) return 'ADJ';
  return p;
}

/** After an "-ed" adjective that follows a noun (i > s), what makes it a past tense: a preposition or determiner ("Norway
 * mediated between"), "that" ("the insurer alleged that"), or a name after a plural noun ("lawmakers grilled Peruvian
 * executives") or after a name that opens the clause ("Chile pressured Peru to": not "a U.S. backed Iraqi force", where a
 * determiner opens the phrase). */
export function edAdjVerbContext(tokens: Token[], s: number, i: number): boolean {
  const nx = tokens[i + 1]!;
  // ("Acme, the firm that built the dam, alleged that": after an apposition's comma, before "that")
  if (!isNominal(tokens[i - 1]!.pos)) return tokens[i - 1]!.text === ',' && nx.text === 'that';
  if (nx.pos === 'ADP' || nx.pos === 'DET' || nx.text === 'that') return true;
  // ("Saudi authorities beheaded three Pakistanis": a count after a plural common noun; "soldiers looted shops":
  // a bare plural noun after one)
  if ((nx.pos === 'NUM' || (nx.pos === 'NOUN' && nx.text.endsWith('s'))) && tokens[i - 1]!.pos === 'NOUN') return tokens[i - 1]!.text.endsWith('s') && tokens[i - 1]!.lemma !== tokens[i - 1]!.text.toLowerCase();
  if (nx.pos !== 'PROPN' || !capital(nx)) return false;
  // ("lawmakers grilled Peruvian executives": after a plural common noun)
  if (tokens[i - 1]!.pos === 'NOUN') return tokens[i - 1]!.text.endsWith('s') && tokens[i - 1]!.lemma !== tokens[i - 1]!.text.toLowerCase();
  if (tokens[i - 1]!.pos !== 'PROPN') return false;
  let k = i - 1;
  // ("Chile on Monday pressured Peru": past a day phrase)
  if (k - 2 >= s && DAY_WORDS.has(tokens[k]!.text.toLowerCase()) && tokens[k - 1]!.text === 'on' && tokens[k - 2]!.pos === 'PROPN') k -= 2;
  while (k > s && tokens[k - 1]!.pos === 'PROPN') k--;
  return k === s || tokens[k - 1]!.pos === 'PUNCT' || tokens[k - 1]!.pos === 'CCONJ';
}

/** Particles the tagger reads as prepositions ("gave up hope for"): what follows them is no prepositional object. */
const AFTER_VERB = new Set(['up', 'out', 'down', 'off', 'over', 'back', 'away']);
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON', 'ADJ', 'NOUN']);
/** Prepositions after which an "-ed" word may still be a clause's verb ("to", "than", a clause after "as"). */
const NOT_BEFORE_PARTICIPLE = new Set(['to', 'than', 'as', 'like']);
/** Parts of speech that continue a noun phrase after an adjective (the word is then a modifier). */
const OPEN_AFTER_NOUN = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Titles the tagger may read as adjectives ("the army chief"). */
const TITLE_ADJ = new Set(['chief']);
/** Auxiliaries of the perfect ("had shot down"). */
const PERFECT = new Set(['have', 'has', 'had', 'having', "'ve", "'d"]);
/** Particles that turn a past form into a verb phrase ("shot dead", "gunned down"). */
const VERB_PARTICLES = new Set(['dead', 'down', 'up', 'out', 'off']);

/**
 * A past tense of a lexicon verb that the tagger read as a noun: "Colombian rebels abducted two workers",
 * "Gunmen shot dead a lawyer", "Soldiers shot and killed". Only right after a noun phrase (not after a
 * determiner) and before an object, a particle or a coordinated verb.
 */
export function nounAsVerb(tokens: Token[], s: number, e: number, i: number, verbLemmas: Set<string>): boolean {
  if (i <= s || i + 1 >= e) return false;
  const prev = tokens[i - 1]!;
  const w = tokens[i]!.text;
  if (capital(tokens[i]!)) return false;
  // "..., warning the United States": a participle clause after a comma, read as the noun "warning".
  if (prev.text === ',' && w.endsWith('ing')) {
    const base = w.slice(0, -3);
    const np = tokens[i + 1]!.pos;
    return (verbLemmas.has(base) || verbLemmas.has(base + 'e'))
      && (np === 'DET' || np === 'PROPN' || np === 'NUM' || np === 'NOUN' || (np === 'PRON' && tokens[i + 1]!.text !== 'that'));
  }
  // ("Iran said it had shot down a plane": a participle after the perfect's auxiliary, too)
  const perfect = prev.pos === 'AUX' && PERFECT.has(prev.text.toLowerCase());
  if (!perfect && (!isNominal(prev.pos) || isPossMark(prev))) return false;
  const past = pastForms.get(w);
  if (!(past ? verbLemmas.has(past) : w.endsWith('ed') && !!edVerb(w, verbLemmas))) return false;
  const next = tokens[i + 1]!;
  if (OBJECT_START.has(next.pos)) return next.pos !== 'PRON' || !PERSONAL.has(next.text.toLowerCase()) || next.text === 'him' || next.text === 'them';
  if (VERB_PARTICLES.has(next.text)) return true;
  return next.pos === 'CCONJ' && i + 2 < e && tokens[i + 2]!.pos === 'VERB';
}

/** A run of names ending at token j opens a headline: the sentence's start, or a dash set off by spaces before it ("May 3 -
 * Bachelet"; not the hyphen of "Pro- Gadhafi forces"). */
function headlineSubject(tokens: Token[], s: number, j: number): boolean {
  let k = j;
  while (k > s && tokens[k - 1]!.pos === 'PROPN') k--;
  if (!capital(tokens[k]!)) return false;
  if (k === s) return true;
  const d = tokens[k - 1]!;
  return (d.text === '-' || d.text === '--' || d.text === '—' || d.text === ':') && k - 2 >= s && tokens[k - 2]!.end < d.start;
}

/** A finite verb right after the noun phrase starting at i: then the phrase is the subject and the word before it no verb
 * ("U.N. sanctions committees work on"). */
function verbAfterPhrase(tokens: Token[], i: number, e: number): boolean {
  let k = i;
  while (k < e && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'NUM')) k++;
  return k < e && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !tokens[k]!.text.endsWith('ing') && !tokens[k]!.text.endsWith('ed');
}

/** A dateline's city in capitals ("U.S. orders LONDON, June 1"), not a headline's object. */
const dateline = (w: string): boolean => w.length >= 5 && w === w.toUpperCase() && /^[A-Z]+$/.test(w);

/** A hyphen written inside a word ("peace-keeping"), which the tokenizer split off. */
function joinedAt(tokens: Token[], s: number, e: number, h: number): boolean {
const t = tokens[h]!;
return t.text === '-' && h > s && h + 1 < e && tokens[h - 1]!.end === t.start && tokens[h + 1]!.start === t.end;
}

/** The lexicon verb an "-ed" form comes from ("mediated" -> mediate, "rounded" -> round, "stopped" -> stop). */
export function edVerb(w: string, verbs: Set<string>): string | undefined {
  const cands = [w.slice(0, -1), w.slice(0, -2)];
  if (w.endsWith('ied')) cands.push(w.slice(0, -3) + 'y');
  if (w.length > 5 && w[w.length - 3] === w[w.length - 4]) cands.push(w.slice(0, -3));
  return cands.find((c) => verbs.has(c));
}

export function npAt(p: Parse, i: number): NP | undefined {
  if (i < p.s || i >= p.e) return undefined;
  const k = p.npOf[i - p.s]!;
  return k >= 0 ? p.nps[k] : undefined;
}
