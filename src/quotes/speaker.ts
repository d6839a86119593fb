// Speaker noun phrases next to a cue verb: "the official said", "said Sen. Ted Cruz", "Smith, a spokesman, said".
import type { Token } from '../model/index.js';
import { lexicon } from './lexicon.js';

/** Token range [start, end) of a speaker phrase. */
export interface NP {
  start: number;
  end: number;
}

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'time', 'day', 'weekend',
]);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
const TIME_PREP = new Set(['on', 'in', 'at', 'during', 'this', 'last', 'late', 'early', 'earlier', 'later', 'next']);
const QUOTE_TOKENS = /^["“”‘’'„«»]$/;
const DASH = /^(—|–|--)$/;
const OPENER_POS = new Set(['SCONJ', 'ADV', 'ADP', 'CCONJ', 'VERB', 'AUX', 'PART', 'INTJ']);
const FUNCTION_POS = new Set(['SCONJ', 'ADV', 'ADP', 'CCONJ', 'PART', 'INTJ', 'DET']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
// ("who" and "which" are speakers: "Obama, who called the nominee “unfit to serve”", its name from the phrase before it)
const NOT_HEAD = new Set(['that', 'this', 'what', 'there', 'here', 'it']);

const isCap = (t: Token): boolean => /^[A-Z]/.test(t.text);
const low = (t: Token): string => t.text.toLowerCase();

/** Can this token be inside a speaker phrase? */
function npToken(t: Token): boolean {
  if (QUOTE_TOKENS.test(t.text)) return false;
  switch (t.pos) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
    case 'DET':
      return true;
    case 'PART':
      return t.text === "'s" || t.text === '’s';
    case 'PRON':
      return POSSESSIVE.has(t.text.toLowerCase()); // "his campaign manager"

    case 'PUNCT':
      return t.text === '-';
    case 'VERB':
    case 'ADV':
    case 'AUX':
      return isCap(t) && t.text !== 'I'; // tagger slips on names ("Ted/VERB")
    default:
      return isCap(t) && t.pos !== 'PRON';
  }
}

/** Is the phrase a plausible speaker: a pronoun, a name, or a noun heading it? */
export function plausibleSpeaker(tokens: Token[], np: NP): boolean {
  const head = tokens[np.end - 1]!;
  const h = low(head);
  if (TIME_WORDS.has(h) || NOT_HEAD.has(h) && np.end - np.start === 1 && h !== 'it') return false;
  if (np.end - np.start === 1 && (head.pos === 'PRON' || lexicon.pronouns.has(h))) return lexicon.pronouns.has(h);
  // a capitalised sentence opener is no speaker ("When asked …", "Facing …", "Rather …")
  if (np.end - np.start === 1 && (FUNCTION_POS.has(head.pos) || head.pos === 'VERB' && h.endsWith('ing'))) return false;
  if (head.pos === 'DET' || head.pos === 'ADJ' && !isCap(head) || head.pos === 'PUNCT') return false;
  // "a source familiar with Cruz's thinking": the tagger's -ing verbs head noun phrases too
  const long = np.end - np.start > 1;
  return head.pos === 'PROPN' || head.pos === 'NOUN' || (head.pos === 'NUM' || head.pos === 'VERB' && h.endsWith('ing')) && long || isCap(head);
}

/**
 * The subject ending just before `cue` (skipping "also", "has", ...), not reaching before `min`.
 * "Smith, a spokesman for X, said" gives "Smith": the name before the apposition.
 */
export function leftSubject(tokens: Token[], cue: number, min: number): NP | undefined {
  let j = cue - 1;
  // "X also said", "Gorka similarly warned": auxiliaries and adverbs between subject and verb
  const bridge = (k: number): boolean => lexicon.subjectBridge.has(low(tokens[k]!)) || tokens[k]!.pos === 'ADV' && !isCap(tokens[k]!);
  while (j >= min && bridge(j)) j--;
  // "Trump was prompted to say", "he went on to say", "she declined to comment": the subject of the verb before "to"
  if (j > min && low(tokens[j]!) === 'to' && tokens[j]!.pos === 'PART') {
    let k = j - 1;
    while (k > min && j - k <= 5 && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || low(tokens[k]!) === 'on' || lexicon.subjectBridge.has(low(tokens[k]!)))) k--;
    if (k < j - 1) j = k;
  }
  // "Trump, who …, on Friday described": a time phrase between subject and verb
  if (j > min && TIME_WORDS.has(low(tokens[j]!))) {
    let k = j - 1;
    while (k > min && !TIME_PREP.has(low(tokens[k]!)) && (TIME_WORDS.has(low(tokens[k]!)) || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NUM')) k--;
    if (TIME_PREP.has(low(tokens[k]!))) {
      j = k - 1;
      while (j >= min && bridge(j)) j--;
    } else if (k === j - 1 && WEEKDAYS.has(low(tokens[j]!)) && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN')) {
      // "issued a statement Tuesday saying", "Trump Tuesday said": a bare day name after the subject
      j = k;
    }
  }
  if (j >= min && tokens[j]!.text === ')') {
    // "Sen. Mary Holt (R-Ohio) said": the name before the parenthesis
    let k = j - 1;
    while (k >= min && j - k < 12 && tokens[k]!.text !== '(') k--;
    if (k >= min && tokens[k]!.text === '(') {
      const np = leftSubject(tokens, k, min);
      return np ? { start: np.start, end: j + 1 } : undefined;
    }
  }
  if (j < min) return undefined;
  if (DASH.test(tokens[j]!.text)) {
    // "Laura Diaz — a nurse from Cedar Falls — says": an aside between dashes
    let k = j - 1;
    while (k > min && j - k < 25 && !DASH.test(tokens[k]!.text) && !QUOTE_TOKENS.test(tokens[k]!.text) && tokens[k]!.text !== '.') k--;
    return k > min && DASH.test(tokens[k]!.text) ? leftSubject(tokens, k, min) : undefined;
  }
  if (tokens[j]!.text === ',') {
    // apposition or relative clause between subject and verb. When the clause opens with a name and a comma
    // ("Clinton, during a town hall in Columbus, Ohio, said"), that name is the subject.
    let c1 = min;
    while (c1 < j && tokens[c1]!.text !== ',' && c1 - min < 10) c1++;
    if (c1 < j && tokens[c1]!.text === ',') {
      const head = leftSubject(tokens, c1, min);
      if (head && head.start === min) return head;
    }
    let k = j - 1;
    while (k >= min && j - k < 25 && tokens[k]!.text !== ',' && !QUOTE_TOKENS.test(tokens[k]!.text) && tokens[k]!.text !== '.') k--;
    if (k < min || tokens[k]!.text !== ',') return undefined;
    // "Florida’s attorney general, Pam Bondi, vowed": the name in the apposition when the phrase before it
    // cannot head (the tagger's "general/ADJ")
    return leftSubject(tokens, k, min) ?? appositionName(tokens, k + 1, j);
  }
  const t = tokens[j]!;
  if (t.pos === 'PRON') {
    const np = { start: j, end: j + 1 };
    return plausibleSpeaker(tokens, np) ? np : undefined;
  }
  let s = j;
  while (s - 1 >= min && j - s < 10) {
    const p = tokens[s - 1]!;
    if (npToken(p)) s--;
    else if ((low(p) === 'of' || low(p) === 'for' || low(p) === 'and') && s - 2 >= min && isCap(tokens[s]!) && npToken(tokens[s - 2]!)) s--;
    else break;
  }
  // "When Wallace died", "Hastily politicizing …": capitalised sentence openers are not part of a name
  while (s < j && (tokens[s]!.pos === 'PUNCT' || low(tokens[s]!) === 'and' || OPENER_POS.has(tokens[s]!.pos))) s++;
  const np = { start: s, end: j + 1 };
  return plausibleSpeaker(tokens, np) ? np : undefined;
}

/** The subject right after `from` ("said Sen. Ted Cruz, R-Texas"), not reaching `max`. */
export function rightSubject(tokens: Token[], from: number, max: number): NP | undefined {
  if (from >= max) return undefined;
  const t = tokens[from]!;
  if (t.pos === 'PRON' && !(POSSESSIVE.has(low(t)) && from + 1 < max && npToken(tokens[from + 1]!))) {
    const np = { start: from, end: from + 1 };
    return plausibleSpeaker(tokens, np) ? np : undefined;
  }
  let e = from;
  while (e < max && e - from < 10) {
    const n = tokens[e]!;
    // "according to a study last year": the time phrase is not part of the source
    if (e > from && TIME_PREP.has(low(n)) && e + 1 < max && TIME_WORDS.has(low(tokens[e + 1]!))) break;
    if (npToken(n) && !(n.pos === 'PUNCT' && e === from)) e++;
    // a noun the tagger took for a verb before another noun ("according to campaign/VERB manager Jeff Weaver")
    else if (e === from && n.pos === 'VERB' && !/(ed|ing)$/.test(n.text) && e + 1 < max && (tokens[e + 1]!.pos === 'NOUN' || tokens[e + 1]!.pos === 'PROPN')) e++;
    else if ((low(n) === 'of' || low(n) === 'for') && e + 1 < max && isCap(tokens[e + 1]!)) e++;
    else break;
  }
  // "one Democrat familiar with the discussion": a trailing adjective is the start of a modifier
  while (e > from && (tokens[e - 1]!.pos === 'PUNCT' || tokens[e - 1]!.pos === 'DET' || tokens[e - 1]!.pos === 'ADJ' && !isCap(tokens[e - 1]!))) e--;
  if (e === from) return undefined;
  const np = { start: from, end: e };
  return plausibleSpeaker(tokens, np) ? np : undefined;
}

/** A name filling the apposition [a, b) ("…, Pam Bondi, vowed"): capitalised words only. */
function appositionName(tokens: Token[], a: number, b: number): NP | undefined {
  if (b - a < 1 || b - a > 4) return undefined;
  for (let k = a; k < b; k++) if (tokens[k]!.pos !== 'PROPN') return undefined;
  return { start: a, end: b };
}
