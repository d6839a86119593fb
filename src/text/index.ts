// Text layer: sentences, tokens with UTF-16 offsets, part of speech and lemma, from wink-nlp.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Article, Doc, Sentence, Token } from '../model/index.js';

// Only sentence boundaries and POS: wink's sentiment, negation and entity passes cost a third of the time.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

// Penn Treebank escapes of brackets, as tokenised corpora write them (Timeline17: "15km -LRB- 10 miles -RRB-").
const PTB_ESCAPE = /-(LRB|RRB|LSB|RSB|LCB|RCB)-/g;
const HAS_PTB_ESCAPE = /-[LR][RSC]B-/;
const PTB_BRACKET: Record<string, string> = { LRB: '(', RRB: ')', LSB: '[', RSB: ']', LCB: '{', RCB: '}' };

/** Split an article into sentences and tokens. Whitespace tokens are dropped; offsets index Article.text. */
export function analyzeText(article: Article): Doc {
  const text = article.text;
  // wink-nlp reads an escape as "- LRB -", words that mislead every later stage: it reads the bracket instead, in a
  // copy of the same length so offsets stay those of the text; the bracket's token then spans the whole escape.
  const escaped = HAS_PTB_ESCAPE.test(text);
  const seen = escaped ? text.replace(PTB_ESCAPE, (_m, k: string) => PTB_BRACKET[k]! + '    ') : text;
  const wdoc = nlp.readDoc(seen);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  // wink-nlp gives token values in order; locate each in the text to get offsets.
  const tokens: Token[] = [];
  const winkToOurs: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    winkToOurs[i] = tokens.length;
    // (a token starting with a printable ASCII character is no whitespace: most tokens skip the trim)
    const c0 = v.charCodeAt(0);
    if (!(c0 > 32 && c0 < 127) && v.trim() === '') continue;
    let at = seen.startsWith(v, cursor) ? cursor : seen.indexOf(v, cursor);
    if (at < 0) continue; // wink normalised the token away; skip rather than invent an offset
    cursor = at + v.length;
    if (escaped && text.charCodeAt(at) === 45 /* - */ && seen.charCodeAt(at) !== 45) cursor = at + 5;
    tokens.push({ start: at, end: cursor, text: v, pos: pos[i]!, lemma: (lemmas[i] ?? v).toLowerCase() });
  }

  const sentences: Sentence[] = [];
  for (const [a, b] of spans) {
    const tokenStart = winkToOurs[a] ?? tokens.length;
    const tokenEnd = b + 1 < values.length ? winkToOurs[b + 1]! : tokens.length;
    if (tokenEnd <= tokenStart) continue;
    sentences.push({ start: tokens[tokenStart]!.start, end: tokens[tokenEnd - 1]!.end, tokenStart, tokenEnd });
  }
  return { article, tokens, sentences };
}

/** The sentence that contains a character offset, by binary search. */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Index of the first token whose start is >= offset. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Exclusive token end of a character span ending at `end`: the first token that starts at or after it. */
export function tokenEndAt(doc: Doc, end: number): number {
  return tokenIndexAt(doc, end);
}
