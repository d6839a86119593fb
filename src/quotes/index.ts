// Quotations and their speakers: direct quotes from quotation marks, indirect ones from speech verbs.
//
// Span convention: a direct quote's start/end cover the quoted words *inside* the marks (a split quote's
// trailing comma dropped); a quote over several paragraphs is one span from the first word to the last.
// A split quote ("…," he said, "…") gives one Quote per part, all with the same speaker span: the parts of
// one attribution share the speaker mention. An indirect quote covers the reported content ("that" excluded,
// final period excluded); when it contains quoted words the marks stay inside its span.
import type { Doc, Quote, QuoteSpeaker, Token } from '../model/index.js';
import type { EntityLayer } from '../model/layers.js';
import { tokenIndexAt } from '../text/index.js';
import { lexicon, type CueUse } from './lexicon.js';
import { findSegments, type QuoteSegment } from './marks.js';
import { leftSubject, rightSubject, type NP } from './speaker.js';

const TERMINAL = new Set(['.', '!', '?', ';']);
/** Punctuation after which reported content with quoted words has ended ("he was “not quite there yet”, who …"). */
const CLAUSE_BREAK = /^(,|;|—|–|--|\(|:)$/;
/** Words opening a further clause after the quoted words ("… “out of business,” while trying to …"). */
const LATER_CLAUSE = /^(while|although|though|whereas|saying|adding|noting|claiming|arguing|before|after)$/i;
const QUOTE_CHARS = /^["“”‘’'„«»]+$/;
/** Unattributed quoted text counts as a quote from this many words (shorter: titles, scare quotes). */
const MIN_UNATTRIBUTED_WORDS = 8;

interface Ctx {
  doc: Doc;
  text: string;
  tokens: Token[];
  ents: EntityLayer;
  /** 1 where the token is inside quotation marks. */
  quoted: Uint8Array;
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
}

const lowAt = (c: Ctx, i: number): string => c.tokens[i]!.text.toLowerCase();

/** Sentence-final punctuation, but not the dot inside "N.Y." that the tokenizer split off. */
function isTerminal(c: Ctx, k: number): boolean {
  const t = c.tokens[k]!;
  if (!TERMINAL.has(t.text)) return false;
  const next = c.text.charCodeAt(t.end);
  return Number.isNaN(next) || next <= 32 || QUOTE_CHARS.test(c.text[t.end]!) || t.text !== '.';
}

const USE_CODE: Record<CueUse, number> = { both: 1, direct: 2, indirect: 3, mixed: 4 };
const USES = ['', 'both', 'direct', 'indirect', 'mixed'] as const;

/** Cue use per token (0: not a speech verb), looked up once per document. */
function cueUses(tokens: Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const code = t.charCodeAt(0);
    // look up lower-case words as they are; only capitalised ones need lower-casing (an allocation)
    const use = lexicon.cues.get(code >= 65 && code <= 90 ? t.toLowerCase() : t);
    if (use) out[i] = USE_CODE[use];
  }
  return out;
}

function isCue(c: Ctx, i: number, want: 'direct' | 'indirect' | 'mixed', loose = false): boolean {
  if (i < 0 || i >= c.tokens.length || c.quoted[i] || !c.cueUse[i]) return false;
  const t = c.tokens[i]!;
  const use = USES[c.cueUse[i]!];
  if (use !== want && (use !== 'both' || want === 'mixed')) return false;
  // next to a quotation mark the position is verbal whatever the tagger says ("…," Bozell notes.)
  if (!loose && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')) return t.text === 'said';
  return true;
}

function paraIndex(c: Ctx, offset: number): number {
  let lo = 0;
  let hi = c.paraStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.paraStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const paraEnd = (c: Ctx, p: number): number => (p + 1 < c.paraStarts.length ? c.paraStarts[p + 1]! - 1 : c.text.length);

/** "according to X" starting at token i. */
function accordingTo(c: Ctx, i: number, max: number): NP | undefined {
  for (const phrase of lexicon.sourcePrepositions) {
    let ok = i + phrase.length < max;
    for (let k = 0; ok && k < phrase.length; k++) ok = lowAt(c, i + k) === phrase[k];
    if (ok) return rightSubject(c.tokens, i + phrase.length, max);
  }
  return undefined;
}

/** `"…," X said` / `"…," said X` / `"…," according to X` after a closing mark. */
function trailing(c: Ctx, seg: QuoteSegment): NP | undefined {
  const pe = paraEnd(c, paraIndex(c, seg.open));
  let i = tokenIndexAt(c.doc, seg.close);
  const lastChar = c.text[seg.end - 1]!;
  // "…." Smith said: a new sentence, so an attribution only if the sentence is nothing more ("Trump said.")
  const fullStop = lastChar === '.' && seg.closed;
  while (i < c.tokens.length && (c.tokens[i]!.text === ',' || c.tokens[i]!.text === '—')) i++;
  if ((lastChar === '?' || lastChar === '!') && i < c.tokens.length && /^[A-Z]/.test(c.tokens[i]!.text) && !isCue(c, i, 'direct')) {
    if (!(i + 1 < c.tokens.length && isCue(c, i + 1, 'direct'))) return undefined;
  }
  const limit = Math.min(c.tokens.length, i + 16);
  let max = i;
  while (max < limit && c.tokens[max]!.start < pe && !isTerminal(c, max) && !c.quoted[max]
    && !QUOTE_CHARS.test(c.tokens[max]!.text)) max++;
  if (max === i) return undefined;
  if (lowAt(c, i) === 'as' && i + 1 < max) i++; // "…," as Cruz said
  const acc = accordingTo(c, i, max);
  if (acc) return acc;
  for (let k = i; k < max; k++) {
    if (!isCue(c, k, 'direct', true)) continue;
    let b = i;
    while (b < k && lexicon.subjectBridge.has(lowAt(c, b))) b++;
    const np = b === k ? rightSubject(c.tokens, k + 1, max) : leftSubject(c.tokens, k, i);
    if (np && b !== k && np.start > i) {
      // "his nephew Michery el Soheil added": words the phrase walk stopped at, but no verb or clause
      let ok = true;
      for (let x = i; x < np.start && ok; x++) ok = ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'X'].includes(c.tokens[x]!.pos) || /^[A-Z]/.test(c.tokens[x]!.text);
      if (ok) np.start = i;
    }
    if (np && (b === k || np.start === i)) {
      if (fullStop) {
        const after = b === k ? np.end : k + 1;
        for (let x = after; x < max; x++) if (!lexicon.cueBridge.has(lowAt(c, x))) return undefined;
        if (max >= c.tokens.length || c.tokens[max]!.text !== '.') return undefined;
      }
      c.usedCues.add(k);
      return np;
    }
    return undefined;
  }
  return undefined;
}

/** `X said, "…"` / `X told reporters: "…"` / `According to X, "…"` before an opening mark. */
function leading(c: Ctx, seg: QuoteSegment): NP | undefined {
  const pa = c.paraStarts[paraIndex(c, seg.open)]!;
  let j = tokenIndexAt(c.doc, seg.open) - 1;
  const colonAt = j >= 0 && c.tokens[j]!.text === ':' ? j : -1;
  while (j >= 0 && (c.tokens[j]!.text === ',' || c.tokens[j]!.text === ':' || c.tokens[j]!.text === '—')) j--;
  if (colonAt >= 0) {
    // "Clinton: “…”", "- Philip Bump: “…”": a bare name before the colon
    let a = colonAt;
    while (a > 0 && c.tokens[a - 1]!.start >= pa && !TERMINAL.has(c.tokens[a - 1]!.text) && c.tokens[a - 1]!.text !== '-' && c.tokens[a - 1]!.text !== '—' && !c.quoted[a - 1]) a--;
    if (a < colonAt && colonAt - a <= 6 && /^[A-Z]/.test(c.tokens[a]!.text)) {
      const np = leftSubject(c.tokens, colonAt, a);
      if (np && np.start === a) return np;
    }
  }
  // '“…,” said the Florida senator, “…”': the quote's second part after an inverted attribution
  for (let k = j; k >= 0 && j - k <= 10 && c.tokens[k]!.start >= pa && !c.quoted[k] && !isTerminal(c, k); k--) {
    if (!isCue(c, k, 'direct', true)) continue;
    let b = k - 1;
    while (b >= 0 && c.tokens[b]!.text === ',') b--;
    if (b < 0 || !(c.quoted[b] || QUOTE_CHARS.test(c.tokens[b]!.text))) break; // not right after a quote
    const np = rightSubject(c.tokens, k + 1, j + 1);
    if (np && np.end >= j) {
      c.usedCues.add(k);
      return np;
    }
    break;
  }
  let bridged = 0;
  for (; j >= 0 && c.tokens[j]!.start >= pa && bridged <= 8; j--) {
    const t = c.tokens[j]!;
    if (c.quoted[j] || QUOTE_CHARS.test(t.text) || isTerminal(c, j)) return undefined;
    if (isCue(c, j, 'direct', true)) {
      let min = j;
      while (min > 0 && c.tokens[min - 1]!.start >= pa && !isTerminal(c, min - 1) && !c.quoted[min - 1]) min--;
      c.leadCue = j;
      const np = cueSubject(c, j, min) ?? (j + 1 < c.tokens.length ? rightSubject(c.tokens, j + 1, j + 1 + bridged) : undefined);
      if (np) c.usedCues.add(j);
      return np;
    }
    if (lowAt(c, j) === 'according') return accordingTo(c, j, j + 1 + bridged + 1);
    const l = t.text.toLowerCase();
    // "says that it’s “very sad”": words of the reported clause, not a bridge (an indirect quote then)
    if ((l === 'that' && bridged > 0) || /^(he|she|it|they|we|i|’s|'s)$/.test(l)) return undefined;
    if (!(lexicon.cueBridge.has(l) || /^[A-Z]/.test(t.text) || t.text === ',' || /^\d/.test(t.text))) return undefined;
    bridged++;
  }
  return undefined;
}

/** `X said:` ending the previous paragraph, the quote opening the next one. */
function colon(c: Ctx, seg: QuoteSegment): NP | undefined {
  const p = paraIndex(c, seg.open);
  if (p === 0) return undefined;
  const first = tokenIndexAt(c.doc, seg.open);
  if (first > 0 && c.tokens[first - 1]!.start >= c.paraStarts[p]!) return undefined;
  const j = first - 1;
  if (j < 0 || c.tokens[j]!.text !== ':') return undefined;
  return colonSubject(c, j);
}

/** Who speaks the quote after "…:": a cue in the sentence before the colon, else its main verb's subject. */
function colonSubject(c: Ctx, j: number): NP | undefined {
  let min = j;
  while (min > 0 && !isTerminal(c, min - 1) && !c.quoted[min - 1]) min--;
  for (let k = j - 1; k >= min; k--) {
    if (isCue(c, k, 'direct', true) || isCue(c, k, 'indirect')) {
      // "Stated Stone:" puts the speaker after the verb
      const np = cueSubject(c, k, min) ?? rightSubject(c.tokens, k + 1, j);
      if (np) {
        c.usedCues.add(k);
        return np;
      }
    }
  }
  // "When Wallace died in 1998, President Clinton released the following statement:" - the verb nearest the colon
  for (let k = j - 1; k >= min; k--) {
    const t = c.tokens[k]!;
    if (t.pos !== 'VERB' || /^[A-Z]/.test(t.text)) continue;
    const np = leftSubject(c.tokens, k, min);
    if (np) return np;
  }
  return undefined;
}

/** Subject of a participle cue ("…, saying: “…”"): the subject of the clause's main verb. */
function participleSubject(c: Ctx, cue: number, min: number): NP | undefined {
  if (cue === 0) return undefined;
  const before = c.tokens[cue - 1]!.text;
  // "…, saying: “…”" and "She greeted supporters and told them that …": the clause's subject speaks
  const coordinated = before === 'and' || before === 'but';
  if (!coordinated && (!/ing$/.test(lowAt(c, cue)) || before !== ',')) return undefined;
  for (let k = min; k < cue - 1; k++) {
    const t = c.tokens[k]!;
    if (c.quoted[k]) continue;
    if (t.pos === 'VERB' && !/^[A-Z]/.test(t.text)) return leftSubject(c.tokens, k, min);
  }
  return undefined;
}

/** The subject of a cue: a participle's or coordinated verb's clause subject, else the phrase before it. */
function cueSubject(c: Ctx, cue: number, min: number): NP | undefined {
  const p = participleSubject(c, cue, min);
  if (p) return p;
  const np = leftSubject(c.tokens, cue, min);
  if (np && np.start > min && c.tokens[cue]!.text.endsWith('ing')) {
    // "His office put out a statement saying …", "Trump released an ad calling …": the verb's subject
    let v = np.start - 1;
    if (v > min && c.tokens[v]!.pos === 'ADP') v--; // "put out"
    if (c.tokens[v]!.pos === 'VERB' && !c.cueUse[v]) return leftSubject(c.tokens, v, min) ?? np;
  }
  return np;
}

/** The nearest cue in the quote's sentence, before or after the quote: "X says the plan has “…”". */
function sentenceCue(c: Ctx, seg: QuoteSegment): { np: NP; at: number; used: boolean } | undefined {
  const first = tokenIndexAt(c.doc, seg.open);
  const sent = c.doc.sentences[c.sentOf[Math.min(first, c.tokens.length - 1)]!];
  if (!sent) return undefined;
  // the outermost cue: in "Jealous said that he believed … “…”" the quoted words belong to what Jealous said
  // (the content still starts after the nearest cue: "… that he believed “…”")
  let found: { np: NP; at: number; used: boolean } | undefined;
  for (let k = first - 1; k >= sent.tokenStart; k--) {
    if (!isCue(c, k, 'direct') && !isCue(c, k, 'indirect') && !isCue(c, k, 'mixed')) continue;
    const np = cueSubject(c, k, sent.tokenStart);
    // the cue stays free for the indirect quote around this fragment
    if (np) found = { np, at: found ? found.at : k, used: found ? found.used : c.usedCues.has(k) };
  }
  return found;
}

/** A quote right after a colon in its own paragraph: "From the report: “…”", "He released a statement: “…”". */
function colonBefore(c: Ctx, seg: QuoteSegment): NP | undefined {
  const j = tokenIndexAt(c.doc, seg.open) - 1;
  if (j < 0 || c.tokens[j]!.text !== ':' || c.tokens[j]!.start < c.paraStarts[paraIndex(c, seg.open)]!) return undefined;
  return colonSubject(c, j);
}

/** The speaker of the sentence before the quote's ("Bolton said he would … . “I’m going to support him.”"). */
function previousSentenceSpeaker(c: Ctx, seg: QuoteSegment): NP | undefined {
  const first = tokenIndexAt(c.doc, seg.open);
  const si = c.sentOf[Math.min(first, c.tokens.length - 1)]! - (first < c.tokens.length && c.tokens[first]!.start >= seg.open ? 1 : 0);
  const prev = c.doc.sentences[si];
  if (!prev || paraIndex(c, seg.open) - paraIndex(c, prev.start) > 1) return undefined;
  for (let k = prev.tokenEnd - 1; k >= prev.tokenStart; k--) {
    if (c.quoted[k]) return undefined; // a quoted sentence: its own speaker was tried already
    if (!isCue(c, k, 'direct') && !isCue(c, k, 'indirect')) continue;
    const np = cueSubject(c, k, prev.tokenStart);
    if (np) return np;
  }
  return undefined;
}

/** Start of the clause holding a quoted fragment: after the last comma, colon or dash before it. */
function clauseStart(c: Ctx, seg: QuoteSegment): number {
  const first = tokenIndexAt(c.doc, seg.open);
  const sent = c.doc.sentences[c.sentOf[Math.min(first, c.tokens.length - 1)]!];
  if (!sent) return -1;
  let k = first - 1;
  while (k >= sent.tokenStart && !c.quoted[k] && !QUOTE_CHARS.test(c.tokens[k]!.text) && !/^[,;:—–]$|^--$/.test(c.tokens[k]!.text)) k--;
  k++;
  while (k < first && /^(and|but|or|while|because|as|so)$/i.test(c.tokens[k]!.text)) k++;
  return k < first ? c.tokens[k]!.start : -1;
}

/** Does the segment open a sentence (nothing before it since the last sentence end or paragraph start)? */
function startsSentence(c: Ctx, seg: QuoteSegment): boolean {
  const j = tokenIndexAt(c.doc, seg.open) - 1;
  if (j < 0) return true;
  const t = c.tokens[j]!;
  if (t.end <= c.paraStarts[paraIndex(c, seg.open)]!) return true;
  if (TERMINAL.has(t.text) || /\.$/.test(t.text)) return true; // "… Springfield, Ill. “…”"
  return QUOTE_CHARS.test(t.text) && j > 0 && /[.!?]$/.test(c.tokens[j - 1]!.text);
}

const TITLE = /^(secretary|president|sen\.|senator|rep\.|gov\.|governor|minister|spokesperson|spokesman|spokeswoman|director|press|white|house|state|department|pentagon|foreign|prime|vice|chairman|mr\.|mrs\.|ms\.|dr\.|gen\.|general|ambassador|former|republican|democratic|candidate|presidential|nominee|u\.s\.|of|the)$/i;

/** The speaker as written, with who it is from the entity layer (or the text itself when unambiguous). */
function speakerFor(c: Ctx, np: NP): QuoteSpeaker {
  const { tokens, ents, text } = c;
  const start = tokens[np.start]!.start;
  const end = tokens[np.end - 1]!.end;
  const sp: QuoteSpeaker = { start, end, text: text.slice(start, end) };
  let name: string | undefined;
  let code: string | undefined;
  for (let i = np.end - 1; i >= np.start && !name && !code; i--) {
    const m = ents.mentionAt(i);
    if (m) {
      name = m.name ?? (m.kind === 'name' ? m.text : undefined);
      // a nominal named only by itself ("the official"): the chain's actor name says who it is
      if (m.kind !== 'name' && (!name || name === m.text) && m.actor?.name) name = m.actor.name;
      code = m.actor?.code;
    }
  }
  if (!name) {
    // a person named in the phrase before an organisation ("Pentagon spokesperson John Kirby")
    let org: (typeof ents.entities)[number] | undefined;
    for (const e of ents.entities) {
      if (e.end <= start || e.start >= end) continue;
      if (e.type === 'PER') {
        name = e.text;
        code ??= e.actor?.code;
        break;
      }
      if (e.type === 'ORG') org ??= e;
    }
    if (!name && org && org.end === end) {
      name = org.text;
      code ??= org.actor?.code;
    }
  }
  const single = np.end - np.start === 1 ? tokens[np.start]! : undefined;
  if (!name && !single?.pos.startsWith('PRON')) {
    // trailing capitalised run after the titles: "State Department spokesperson Ned Price" -> "Ned Price"
    let s = np.end;
    while (s > np.start && /^[A-Z]/.test(tokens[s - 1]!.text) && !TITLE.test(tokens[s - 1]!.text)) s--;
    if (s < np.end && /^[A-Z]/.test(tokens[np.end - 1]!.text)) name = text.slice(tokens[s]!.start, end);
  }
  if (name && !name.includes(' ')) {
    // a surname: the full name of an earlier speaker ("Kirby" after "John Kirby")
    for (let k = c.speakers.length - 1; k >= 0; k--) {
      const prev = c.speakers[k]!.name;
      if (prev && prev.endsWith(' ' + name)) {
        name = prev;
        code ??= c.speakers[k]!.code;
        break;
      }
    }
  }
  if (!code) {
    const l = ` ${sp.text.toLowerCase()} `;
    for (const [k, v] of lexicon.unnamedCodes) if (l.includes(` ${k} `)) { code = v; break; }
  }
  const head = tokens[np.end - 1]!.text.toLowerCase();
  if (!name && !code && lexicon.speakerNouns.has(head) && /^the$/i.test(tokens[np.start]!.text)) {
    // "the official": the unnamed person met earlier with the same head noun ("a senior State Department official")
    for (let k = np.start - 1; k >= 0 && !code; k--) {
      if (tokens[k]!.text.toLowerCase() !== head) continue;
      const m = ents.mentionAt(k);
      if (m?.actor) {
        code = m.actor.code;
        break;
      }
      const prev = leftSubject(tokens, k + 1, 0);
      if (!prev) continue;
      const l = ` ${text.slice(tokens[prev.start]!.start, tokens[prev.end - 1]!.end).toLowerCase()} `;
      for (const [key, v] of lexicon.unnamedCodes) if (l.includes(` ${key} `)) { code = v; break; }
    }
  }
  if (!name && single?.pos === 'PRON') {
    // pronoun without a chain from the entity layer: the nearest named speaker before it
    for (let k = c.speakers.length - 1; k >= 0; k--) {
      const prev = c.speakers[k]!;
      if (prev.name && prev.end <= start) {
        name = prev.name;
        code ??= prev.code;
        break;
      }
    }
  }
  if (name) sp.name = name;
  if (code) sp.code = code;
  c.speakers.push(sp);
  return sp;
}

function wordCount(text: string, a: number, b: number): number {
  let n = 0;
  let inWord = false;
  for (let i = a; i < b; i++) {
    const w = text.charCodeAt(i) > 32;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Direct quotes: quoted segments with an attribution, or long enough to be speech without one. */
function directQuotes(c: Ctx, segs: QuoteSegment[]): Quote[] {
  const out: Quote[] = [];
  let last: { sp: QuoteSpeaker; para: number } | undefined;
  for (let i = 0; i < segs.length; i++) {
    // a quote over several paragraphs: segments i..j
    let j = i;
    while (segs[j]!.runsOn && j + 1 < segs.length && segs[j + 1]!.continues) j++;
    const first = segs[i]!;
    const lastSeg = segs[j]!;
    const para = paraIndex(c, first.open);
    let np = trailing(c, first);
    const byTrailing = !!np;
    let lead = np ? undefined : leading(c, first);
    if (lead && /^[a-z]/.test(c.text[first.start]!) && !introduced(c, first) && c.text[first.open - 2] !== ',') {
      // 'would continue “to break barriers” across the nation': quoted words inside the clause, not speech
      lead = undefined;
      c.usedCues.delete(c.leadCue);
    }
    np ??= lead ?? colon(c, first) ?? colonBefore(c, first);
    if (np && !lead && !byTrailing && /^[a-z]/.test(c.text[first.start]!) && !introduced(c, first)) np = undefined;
    if (!np && j > i) np = trailing(c, lastSeg);
    let sp: QuoteSpeaker | null = np ? speakerFor(c, np) : null;
    const opens = startsSentence(c, first);
    if (!sp && opens) {
      // a quoted sentence after reported speech ("Bystrom agreed. “…”"), else a quote continuing the last one
      const pnp = previousSentenceSpeaker(c, first);
      if (pnp) sp = speakerFor(c, pnp);
      else if (last && para - last.para <= 1) sp = last.sp;
    }
    let cueAt = -1;
    let inAttribution = false;
    const words = wordCount(c.text, first.start, lastSeg.end);
    if (!sp) {
      const sc = sentenceCue(c, first);
      if (sc && sc.used) {
        // after the cue that attributed an earlier quote: '“Cruz,” Beck joked, again …, “Amen, brother!”'
        // is more of the same speech; a short one is a title in the attribution ('he said on “This Week”')
        inAttribution = true;
        if (words >= 4) sp = speakerFor(c, sc.np);
        else {
          i = j;
          continue;
        }
      } else if (sc) {
        sp = speakerFor(c, sc.np);
        cueAt = sc.at;
      }
    }
    if (j === i && !opens && !lead && !inAttribution && !introduced(c, first)) {
      // quoted words inside a clause ("that “we need more information” about …"): the clause is the quote
      const a = cueAt >= 0 ? contentStartOffset(c, cueAt, first) : clauseStart(c, first);
      const start = a >= 0 && a < first.open ? a : first.open;
      const end = byTrailing ? (first.closed ? first.close : first.end) : clauseEnd(c, first);
      if (sp || words >= MIN_UNATTRIBUTED_WORDS) {
        out.push({ start, end, text: c.text.slice(start, end), kind: start < first.open || end > first.close ? 'indirect' : 'direct', speaker: sp });
      }
    } else if (sp || (words >= MIN_UNATTRIBUTED_WORDS && !shouting(c.text, first.start, lastSeg.end))) {
      out.push({ start: first.start, end: lastSeg.end, text: c.text.slice(first.start, lastSeg.end), kind: 'direct', speaker: sp });
      if (sp) last = { sp, para: paraIndex(c, lastSeg.open) };
    }
    i = j;
  }
  return out;
}

/** "and he didn't …", "but did not suggest …", "and called …": a coordinated clause of its own begins at k. */
function newClause(c: Ctx, k: number, end: number): boolean {
  const t = c.tokens[k]!.text;
  if ((t !== 'and' && t !== 'but') || k + 1 >= end) return false;
  const n = c.tokens[k + 1]!;
  if (n.pos === 'PRON' && lexicon.pronouns.has(n.text.toLowerCase())) return true;
  if ((n.pos === 'VERB' || n.pos === 'AUX') && !/ing$/.test(n.text)) return true;
  return n.pos === 'ADV' && k + 2 < end && c.tokens[k + 2]!.pos === 'VERB';
}

/** Mostly capital letters: a headline in a digest, not speech (unless someone is said to say it). */
function shouting(text: string, a: number, b: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = a; i < b; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 65 && ch <= 90) upper++;
    else if (ch >= 97 && ch <= 122) lower++;
  }
  return upper > lower;
}

/** Is the quote introduced by punctuation that opens speech (a colon, a dash, a parenthesis)? */
function introduced(c: Ctx, seg: QuoteSegment): boolean {
  const j = tokenIndexAt(c.doc, seg.open) - 1;
  return j >= 0 && /^[:(—–-]$|^--$/.test(c.tokens[j]!.text);
}

/** Offset where the content after a cue begins, for a quoted fragment later in the sentence. */
function contentStartOffset(c: Ctx, cue: number, seg: QuoteSegment): number {
  const a = contentStart(c, cue, tokenIndexAt(c.doc, seg.open) + 1);
  return a < c.tokens.length ? c.tokens[a]!.start : -1;
}

/** End of the clause after a quoted fragment: the sentence end, a semicolon, or ", adding …" / "and said …". */
function clauseEnd(c: Ctx, seg: QuoteSegment): number {
  const k0 = tokenIndexAt(c.doc, seg.close);
  const sent = c.doc.sentences[c.sentOf[Math.min(Math.max(k0 - 1, 0), c.tokens.length - 1)]!];
  let end = seg.closed ? seg.close : seg.end;
  if (!sent) return end;
  for (let k = k0; k < sent.tokenEnd; k++) {
    const t = c.tokens[k]!.text;
    if (CLAUSE_BREAK.test(t) || LATER_CLAUSE.test(t) || c.quoted[k] || QUOTE_CHARS.test(t)) break;
    if (newClause(c, k, sent.tokenEnd)) break;
    if (!TERMINAL.has(t)) end = Math.max(end, c.tokens[k]!.end);
  }
  return end;
}

/** Where the content after a cue begins: past "Tuesday", "reporters", "in a statement"; at "that". */
function contentStart(c: Ctx, cue: number, end: number): number {
  // "said Tuesday in a statement that …", "is telling supporters after his victory that …": no verb before "that"
  for (let k = cue + 1; k < end && k - cue <= 12; k++) {
    const t = c.tokens[k]!;
    if (t.text.toLowerCase() === 'that') return k;
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

function spanOf(c: Ctx, a: number, b: number): [number, number] | undefined {
  // token range [a, b) -> character span, without edge punctuation other than quotation marks
  // (a mark whose quote lies outside the span goes too: an opening one at the end, a closing one at the start)
  while (a < b && c.tokens[a]!.pos === 'PUNCT' && (!QUOTE_CHARS.test(c.tokens[a]!.text) || !c.quoted[a + 1])) a++;
  while (b > a && (c.tokens[b - 1]!.pos === 'PUNCT' && (!QUOTE_CHARS.test(c.tokens[b - 1]!.text) || !c.quoted[b - 2]) || /^(and|but|or|while|as)$/i.test(c.tokens[b - 1]!.text))) b--;
  if (b - a < 2) return undefined;
  return [c.tokens[a]!.start, c.tokens[b - 1]!.end];
}

interface Cue {
  at: number;
  np: NP;
  /** Content before the cue ("…, X said") rather than after it. */
  before: boolean;
  mixed: boolean;
}

/** Indirect quotes: "X said (that) …", "…, X said.", "according to X, …", "X called it “…”". */
function indirectQuotes(c: Ctx): Quote[] {
  const out: Quote[] = [];
  const { tokens } = c;
  for (const s of c.doc.sentences) {
    const cues: Cue[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (c.quoted[k] || c.usedCues.has(k)) continue;
      const w = tokens[k]!.text;
      if ((w === 'according' || w === 'According') && k + 1 < s.tokenEnd && lowAt(c, k + 1) === 'to') {
        const np = accordingTo(c, k, s.tokenEnd);
        if (np) cues.push({ at: k, np, before: k > s.tokenStart, mixed: false });
        continue;
      }
      const mixed = isCue(c, k, 'mixed');
      if (!mixed && !isCue(c, k, 'indirect')) continue;
      const np = cueSubject(c, k, s.tokenStart);
      if (np) cues.push({ at: k, np, before: false, mixed });
      else if (k > s.tokenStart && tokens[k - 1]!.text === ',' && !mixed) {
        const r = rightSubject(tokens, k + 1, s.tokenEnd);
        if (r) cues.push({ at: k, np: r, before: true, mixed });
      }
    }
    for (let n = 0; n < cues.length; n++) {
      const cue = cues[n]!;
      let range: [number, number] | undefined;
      // content after a cue runs to the next cue's subject (", adding that …", "and he called …")
      const next = cues[n + 1];
      const stop = next ? (next.np.start > cue.at ? Math.min(next.np.start, next.at) : next.at) : s.tokenEnd;
      if (lowAt(c, cue.at) === 'according') {
        range = cue.before ? [s.tokenStart, cue.at] : [cue.np.end, s.tokenEnd];
      } else if (!cue.before) {
        const a = contentStart(c, cue.at, stop);
        if (a < stop && tokens[a]!.pos !== 'PUNCT') range = [a, stop];
        else if (cue.np.start > s.tokenStart && tokens[cue.np.start - 1]!.text === ',') range = [s.tokenStart, cue.np.start - 1];
      } else range = [s.tokenStart, cue.at - 1];
      if (!range) continue;
      // content holding quoted words ends at the first clause break after them
      // (a comma before another quoted part does not end it: “incredibly ugly,” “a huge shock” and …)
      let lastQuoted = -1;
      for (let k = range[1] - 1; k >= range[0] && lastQuoted < 0; k--) if (c.quoted[k]) lastQuoted = k;
      for (let k = lastQuoted + 1; lastQuoted >= 0 && k < range[1]; k++) {
        if (c.quoted[k]) break;
        if (CLAUSE_BREAK.test(tokens[k]!.text) || LATER_CLAUSE.test(tokens[k]!.text) || newClause(c, k, range[1])) {
          range = [range[0], k];
          break;
        }
      }
      const span = spanOf(c, range[0], range[1]);
      if (!span) continue;
      const text = c.text.slice(span[0], span[1]);
      if (cue.mixed && !/["“”]|''/.test(text)) continue;
      out.push({ start: span[0], end: span[1], text, kind: 'indirect', speaker: speakerFor(c, cue.np) });
    }
  }
  return out;
}

export function findQuotes(doc: Doc, ents: EntityLayer): Quote[] {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const segs = findSegments(text);
  const quoted = new Uint8Array(tokens.length);
  for (const s of segs) {
    for (let i = tokenIndexAt(doc, s.start); i < tokens.length && tokens[i]!.start < s.end; i++) quoted[i] = 1;
  }
  const sentOf = new Int32Array(tokens.length);
  doc.sentences.forEach((s, n) => sentOf.fill(n, s.tokenStart, s.tokenEnd));
  // paragraph starts, blank lines skipped so "\n\n" separates neighbouring paragraphs
  const paraStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let n = i + 1;
    while (n < text.length && (text[n] === '\n' || text[n] === '\r' || text[n] === ' ' || text[n] === '\t')) n++;
    if (n < text.length && n > paraStarts[paraStarts.length - 1]!) paraStarts.push(n);
    i = n - 1;
  }
  const c: Ctx = { doc, text, tokens, ents, quoted, sentOf, paraStarts, cueUse: cueUses(tokens), leadCue: -1, usedCues: new Set(), speakers: [] };

  const direct = directQuotes(c, segs);
  // reported speech inside reported speech ("X said that he believed …"): the outer attribution holds it
  const indirect = indirectQuotes(c).filter((q, n, all) => !all.some((o, m) => m !== n && o.start <= q.start && q.end <= o.end && (o.start < q.start || o.end > q.end)));
  // A quoted fragment inside reported speech ("X said the plan was “a disaster”") belongs to the indirect
  // quote; reported speech that is mostly the quotation itself is the direct quote.
  const dropped = new Set<Quote>();
  const keepIndirect: Quote[] = [];
  for (let q of indirect) {
    const own = direct.find((d) => d.kind === 'direct' && d.start > q.start + 1 && d.start < q.end && d.speaker && q.speaker && d.speaker.start !== q.speaker.start);
    if (own) {
      // "Rhimes declared the need for …: “Change the world …,” she said": the content stops at the quote
      let e = own.start;
      while (e > q.start && /[\s"“”'‘’:,;—–-]/.test(text[e - 1]!)) e--;
      if (wordCount(text, q.start, e) < 2) continue;
      q = { ...q, end: e, text: text.slice(q.start, e) };
    }
    const inside = direct.filter((d) => d.start >= q.start - 2 && d.end <= q.end + 2);
    const partial = direct.filter((d) => d.end > q.start && d.start < q.end && !inside.includes(d));
    const cover = inside.reduce((n, d) => n + d.end - d.start, 0);
    if (partial.length || (inside.length && cover >= 0.6 * (q.end - q.start))) {
      for (const d of [...inside, ...partial]) if (!d.speaker) d.speaker = q.speaker;
      continue;
    }
    for (const d of inside) dropped.add(d);
    keepIndirect.push(q);
  }
  return [...direct.filter((d) => !dropped.has(d)), ...keepIndirect].sort((a, b) => a.start - b.start);
}
