// Entities, mentions and actors (issue 4): tagger spans plus knowledge-base and title-anchored names, then
// chains of names, nominals and pronouns, each resolved to a canonical name and CAMEO actor code.
import type { Doc } from '../model/index.js';
import type { EntityLayer } from '../model/layers.js';
import type { KnownActors } from '../actors/learn.js';
import { tagDoc, type TaggedSpan } from './tagger/index.js';
import { fixTaggerSpans, makeSpan, mergeSpans, scanNames, scanTitled, tokenWords, type Span } from './scan.js';
import { resolveMentions } from './resolve.js';

export type { KnownActors } from '../actors/learn.js';

/** Named entities with actors, plus every mention (names, nominals, pronouns) in chains.
 * `known`: actors learned from earlier articles (see learnActors), so a bare "Lavrov" resolves. */
export function recognizeEntities(doc: Doc, known?: KnownActors): EntityLayer {
  return entitiesFromTagged(doc, tagDoc(doc), known);
}

/** The stage after the tagger, for callers (and benchmarks) that already have its spans. */
export function entitiesFromTagged(doc: Doc, tagged: readonly TaggedSpan[], known?: KnownActors): EntityLayer {
  const words = tokenWords(doc);
  const sentStartOf = new Int32Array(doc.tokens.length);
  for (const s of doc.sentences) sentStartOf.fill(s.tokenStart, s.tokenStart, s.tokenEnd);
  const spans0: Span[] = [];
  for (const s of tagged) spans0.push(makeSpan(s.tokenStart, s.tokenEnd, s.type, undefined, 'tagger'));
  const spans = mergeSpans(fixTaggerSpans(doc, words, sentStartOf, spans0, known), scanTitled(doc, words, sentStartOf), scanNames(doc, words, known));
  return resolveMentions(doc, spans, known, words);
}
