// Statistical named-entity tagger: averaged perceptron over BILOU labels, trained by scripts/train-ner.ts on
// CoNLL-2003 (models/ner-model.bin.gz). PER, ORG, LOC, MISC from the model; LOC split into GPE and LOC after.
import { existsSync, readFileSync } from 'node:fs';
import type { Doc, EntityType } from '../../model/index.js';
import { decodeDoc, normaliseToken, prepareDoc } from './core.js';
import { prepareForTagging } from './fast.js';
import { LABEL_NAMES, TYPES, bilouSpans } from './labels.js';
import { loadModel } from './modelio.js';
import { jsonType } from './places.js';
import { MODEL_FILE, readList, resources } from './resources.js';
import type { FrozenTable } from './table.js';

export interface TaggedSpan { tokenStart: number; tokenEnd: number; type: EntityType }

const POSSESSIVE = /^['\u2019]s?$/i;
const PUNCT = /^[^\p{L}\p{N}]+$/u;
/** Capitalised words the model, trained on CoNLL tokens, may take for names ("I'm" is one wink-nlp token). */
const NOT_NAMES = new Set(readList('not-names').map((w) => normaliseToken(w).toLowerCase()));

let model: FrozenTable | undefined;
let modelMissing = false;

function getModel(): FrozenTable | undefined {
  if (!model && !modelMissing) {
    if (existsSync(MODEL_FILE)) model = loadModel(readFileSync(MODEL_FILE));
    else modelMissing = true; // no model yet (before the first `npm run train:ner`): tag nothing
  }
  return model;
}

// Load at module load so worker threads pay once, before the first article.
getModel();
resources();

/** Label indices for one document given as sentences of tokens (all sentences share document features). */
export function tagTokenIds(sentences: string[][]): Uint8Array {
  const m = getModel();
  if (!m) return new Uint8Array(prepareDoc(sentences, resources()).n);
  return decodeDoc(prepareForTagging(sentences, resources(), m), m);
}

/** BILOU labels ("B-PER", "O", ...) per token, per sentence; the sentences form one document. */
export function tagTokens(sentences: string[][]): string[][] {
  const ids = tagTokenIds(sentences);
  const out: string[][] = [];
  let i = 0;
  for (const s of sentences) out.push(s.map(() => LABEL_NAMES[ids[i++]!]!));
  return out;
}

/**
 * Named entities over Doc.tokens (token ranges, end exclusive). wink-nlp splits hyphenated words ("al - Assad",
 * "Baden - Wuerttemberg") where CoNLL keeps one token, so runs of tokens joined by an unspaced hyphen are
 * tagged as one unit, as the model saw them in training.
 */
export function tagDoc(doc: Doc): TaggedSpan[] {
  const toks = doc.tokens;
  const text = doc.article.text;
  const sentences: string[][] = [];
  /** Per unit: its first token; unitStart[units] = toks.length. */
  const unitStart: number[] = [];
  const addSentence = (from: number, to: number) => {
    const words: string[] = [];
    let i = from;
    while (i < to) {
      let j = i + 1;
      while (j + 1 < to && toks[j]!.text === '-' && toks[j]!.start === toks[j - 1]!.end && toks[j + 1]!.start === toks[j]!.end) j += 2;
      unitStart.push(i);
      words.push(j === i + 1 ? toks[i]!.text : text.slice(toks[i]!.start, toks[j - 1]!.end));
      i = j;
    }
    if (words.length) sentences.push(words);
  };
  let covered = 0;
  for (const s of doc.sentences) {
    // Tokens between sentences (rare) are tagged as one-token sentences so everything is covered.
    for (; covered < s.tokenStart; covered++) addSentence(covered, covered + 1);
    addSentence(s.tokenStart, s.tokenEnd);
    covered = Math.max(covered, s.tokenEnd);
  }
  if (covered < toks.length) addSentence(covered, toks.length);
  unitStart.push(toks.length);
  // Flattened unit order equals token order: unit u covers tokens [unitStart[u], unitStart[u + 1]).
  const ids = tagTokenIds(sentences);
  const res = resources();
  const out: TaggedSpan[] = [];
  for (const s of bilouSpans(ids)) {
    let start = unitStart[s.start]!;
    let end = unitStart[s.end]!;
    // Trailing possessives and punctuation at either edge are not part of the name in the JSON output
    // ("Biden Administration’s", "Queen (").
    while (end - start > 1 && (POSSESSIVE.test(toks[end - 1]!.text) || PUNCT.test(toks[end - 1]!.text))) end--;
    while (end - start > 1 && PUNCT.test(toks[start]!.text)) start++;
    if (PUNCT.test(toks[start]!.text)) continue;
    const name = text.slice(toks[start]!.start, toks[end - 1]!.end);
    if (end - start === 1 && NOT_NAMES.has(normaliseToken(name).toLowerCase())) continue;
    out.push({ tokenStart: start, tokenEnd: end, type: jsonType(TYPES[s.type]!, name, res) });
  }
  return out;
}
