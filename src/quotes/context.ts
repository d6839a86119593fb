// Shared state of one findQuotes run and small token tests: cue verbs, sentence ends, paragraphs.
import type { Doc, Quote, QuoteSpeaker, Token } from '../model/index.js';
import type { EntityLayer } from '../model/layers.js';
import { tokenIndexAt } from '../text/index.js';
import { lowerForm } from '../text/spelling.js';
import { lexicon, type CueUse } from './lexicon.js';
import type { QuoteSegment } from './marks.js';

export const TERMINAL = new Set(['.', '!', '?', ';']);

/** Punctuation after which reported content with quoted words has ended ("he was “not quite there yet”, who …"). */
export const CLAUSE_BREAK = /^(,|;|—|–|--|\(|\)|:)$/;

/** Words opening a further clause after the quoted words ("… “out of business,” while trying to …"). */
export const LATER_CLAUSE = /^(while|although|though|whereas|saying|adding|noting|claiming|arguing|before|after)$/i;

export const QUOTE_CHARS = /^["“”‘’'„«»]+$/;

/** A quotation mark token, not the apostrophe of a plural possessive ("Sanders’ campaign manager", "the
 *  Saudis' statement"): one attached to a word ending in s, before a space. */
export function markAt(c: { text: string; tokens: Token[] }, k: number): boolean {
  const t = c.tokens[k]!;
  if (!QUOTE_CHARS.test(t.text)) return false;
  if ((t.text !== '’' && t.text !== "'") || k === 0) return true;
  const p = c.tokens[k - 1]!;
  return !(p.end === t.start && /s$/i.test(p.text) && /\s/.test(c.text[t.end] ?? ''));
}

export interface Ctx {
  doc: Doc;
  text: string;
  tokens: Token[];
  ents: EntityLayer;
  /** 1 where the token is inside quotation marks. */
  quoted: Uint8Array;
  /** 1 where the token belongs to a quoted title, marks included (titles.ts): no quote, no clause break. */
  titled: Uint8Array;
  /** Sentence index per token. */
  sentOf: Int32Array;
  /** Paragraph start offset for any offset: paraStarts sorted. */
  paraStarts: number[];
  /** Speech-verb use per token (see cueUses). */
  cueUse: Uint8Array;
  /** The cue the last leading() call attributed its quote to. */
  leadCue: number;
  /** Cue tokens already used to attribute a direct quote. */
  usedCues: Set<number>;
  speakers: QuoteSpeaker[];
  /** How each direct quote was attributed (direct.ts): decides which parts form one attribution. */
  via: Map<Quote, Via>;
  /** Unquoted leads of split quotes ("The club's investment, she said, “is a perfect example …”"): parts of
   *  the quote's attribution though they hold no quotation mark. */
  fragments: Set<Quote>;
}

/** T trailing ("…," X said), L leading, K announced ("chants of “…”"), C colon or headline, P the previous
 *  sentence's speaker, N0/N1 the last quote's speaker (same / next paragraph), A a cue already used, S the
 *  sentence's cue; an X prefix: quoted words inside a clause; '' none. */
export type Via = string;

export const lowAt = (c: Ctx, i: number): string => c.tokens[i]!.text.toLowerCase();

/** Sentence-final punctuation, but not the dot inside "N.Y." that the tokenizer split off. */
export function isTerminal(c: Ctx, k: number): boolean {
  const t = c.tokens[k]!;
  if (!TERMINAL.has(t.text)) return false;
  const next = c.text.charCodeAt(t.end);
  return Number.isNaN(next) || next <= 32 || QUOTE_CHARS.test(c.text[t.end]!) || t.text !== '.';
}

export const USE_CODE: Record<CueUse, number> = { both: 1, direct: 2, indirect: 3, mixed: 4 };

export const USES = ['', 'both', 'direct', 'indirect', 'mixed'] as const;

/** An ASCII character other than a letter (punctuation, digits: a quarter of the tokens). */
const asciiNonLetter = (c: number): boolean => c < 65 || (c > 90 && c < 97) || (c > 122 && c < 128);
/** No cue, cue lemma or phrase cue starts with such a character (true of the lexicon), so a token whose form and
 * lemma both start with one is no cue, and skips the lookups below. */
const cuesAreWords = ![...lexicon.cues.keys(), ...lexicon.cueLemmas, ...lexicon.phraseCues.map(([a]) => a)].some((k) => k === '' || asciiNonLetter(k.charCodeAt(0)));

/** Cue use per token (0: not a speech verb), looked up once per document. */
export function cueUses(tokens: Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const code = t.charCodeAt(0);
    if (cuesAreWords && asciiNonLetter(code) && asciiNonLetter(tokens[i]!.lemma.charCodeAt(0))) continue;
    // look up lower-case words as they are; only capitalised ones need lower-casing (an allocation)
    let use = lexicon.cues.get(code >= 65 && code <= 90 ? t.toLowerCase() : t);
    // a British form ("emphasises") in the spelling of its lemma, as the lexicon lists it ("emphasizes")
    if (!use && lexicon.cueLemmas.has(tokens[i]!.lemma)) use = lexicon.cues.get(lowerForm(tokens[i]!));
    if (use) out[i] = USE_CODE[use];
    else if (i + 1 < tokens.length) {
      // "As Vulture put it, “…”": a verb that speaks only with the word after it
      for (const [a, b] of lexicon.phraseCues) if (t.length === a.length && t.toLowerCase() === a && tokens[i + 1]!.text.toLowerCase() === b) out[i] = USE_CODE.direct;
    }
  }
  return out;
}

export function isCue(c: Ctx, i: number, want: 'direct' | 'indirect' | 'mixed', loose = false): boolean {
  if (i < 0 || i >= c.tokens.length || c.quoted[i] || !c.cueUse[i]) return false;
  const t = c.tokens[i]!;
  const use = USES[c.cueUse[i]!];
  if (use !== want && (use !== 'both' || want === 'mixed')) return false;
  // next to a quotation mark the position is verbal whatever the tagger says ("…," Bozell notes.)
  // ("with Cruz recently promising/ADJ to “carpet bomb …”": an -ing form before "to" or "that" is verbal)
  if (!loose && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')) return t.text === 'said' || t.pos === 'ADJ' && /ing$/.test(t.text) && /^(to|that)$/.test(c.tokens[i + 1]?.text ?? '');
  return true;
}

export function paraIndex(c: Ctx, offset: number): number {
  let lo = 0;
  let hi = c.paraStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.paraStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const paraEnd = (c: Ctx, p: number): number => (p + 1 < c.paraStarts.length ? c.paraStarts[p + 1]! - 1 : c.text.length);

export function wordCount(text: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const w = text.charCodeAt(i) > 32;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Does the segment open a sentence (nothing before it since the last sentence end or paragraph start)? */
export function startsSentence(c: Ctx, seg: QuoteSegment): boolean {
  const j = tokenIndexAt(c.doc, seg.open) - 1;
  if (j < 0) return true;
  const t = c.tokens[j]!;
  if (t.end <= c.paraStarts[paraIndex(c, seg.open)]!) return true;
  if (TERMINAL.has(t.text) || /\.$/.test(t.text)) return true; // "… Springfield, Ill. “…”"
  // after a closing mark ('' is two tokens in New York Times copy) that ends a sentence
  let k = j;
  while (k > 0 && QUOTE_CHARS.test(c.tokens[k]!.text) && j - k < 2) k--;
  return k < j && /[.!?]$/.test(c.tokens[k]!.text);
}

/** Is the quote introduced by punctuation that opens speech (a colon, a dash, a parenthesis)? */
export function introduced(c: Ctx, seg: QuoteSegment): boolean {
  const j = tokenIndexAt(c.doc, seg.open) - 1;
  return j >= 0 && /^[:(—–-]$|^--$/.test(c.tokens[j]!.text);
}
