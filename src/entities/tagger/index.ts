// Statistical named-entity tagger: averaged perceptron over BILOU labels, trained by scripts/train-ner.ts on
// CoNLL-2003 (models/ner-model.bin.gz). PER, ORG, LOC, MISC from the model; LOC split into GPE and LOC after.
import { existsSync, readFileSync } from 'node:fs';
import type { Doc, EntityType } from '../../model/index.js';
import { decodeDoc, prepareDoc } from './core.js';
import { LABEL_NAMES, TYPES, bilouSpans } from './labels.js';
import { loadModel } from './modelio.js';
import { jsonType } from './places.js';
import { MODEL_FILE, resources } from './resources.js';
import type { Weights } from './table.js';

export interface TaggedSpan { tokenStart: number; tokenEnd: number; type: EntityType }

const POSSESSIVE = /^['\u2019]s?$/i;

let model: Weights | undefined;
let modelMissing = false;

function getModel(): Weights | undefined {
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
  const p = prepareDoc(sentences, resources());
  return m ? decodeDoc(p, m) : new Uint8Array(p.n);
}

/** BILOU labels ("B-PER", "O", ...) per token, per sentence; the sentences form one document. */
export function tagTokens(sentences: string[][]): string[][] {
  const ids = tagTokenIds(sentences);
  const out: string[][] = [];
  let i = 0;
  for (const s of sentences) out.push(s.map(() => LABEL_NAMES[ids[i++]!]!));
  return out;
}

/** Named entities over Doc.tokens (token ranges, end exclusive). */
export function tagDoc(doc: Doc): TaggedSpan[] {
  const sentences: string[][] = [];
  let covered = 0;
  for (const s of doc.sentences) {
    // Tokens between sentences (rare) are tagged as one-token sentences so indices stay aligned.
    for (; covered < s.tokenStart; covered++) {
      sentences.push([doc.tokens[covered]!.text]);
    }
    const toks: string[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) toks.push(doc.tokens[i]!.text);
    sentences.push(toks);
    covered = s.tokenEnd;
  }
  if (covered < doc.tokens.length) {
    const toks: string[] = [];
    for (let i = covered; i < doc.tokens.length; i++) toks.push(doc.tokens[i]!.text);
    sentences.push(toks);
  }
  // Flattened order equals token order, so label i belongs to doc.tokens[i].
  const ids = tagTokenIds(sentences);
  const res = resources();
  const text = doc.article.text;
  return bilouSpans(ids).map((s) => {
    // A trailing possessive is not part of the name in the JSON output ("Biden Administration’s").
    let end = s.end;
    while (end - s.start > 1 && POSSESSIVE.test(doc.tokens[end - 1]!.text)) end--;
    const name = text.slice(doc.tokens[s.start]!.start, doc.tokens[end - 1]!.end);
    const type = jsonType(TYPES[s.type]!, name, res);
    return { tokenStart: s.start, tokenEnd: end, type };
  });
}
