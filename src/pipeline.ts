// Article -> Annotation. Pure and deterministic: no I/O, safe to run in worker threads.
import type { Annotation, Article } from './model/index.js';
import { analyzeText } from './text/index.js';
import { annotateTime } from './time/index.js';
import { recognizeEntities } from './entities/index.js';
import { codeEvents } from './events/index.js';
import { findQuotes } from './quotes/index.js';
import type { KnownActors } from './actors/index.js';

export interface PipelineContext {
  /** People learned from earlier articles (a bare "Lavrov" resolves to the RUSGOV actor seen before). */
  known?: KnownActors;
}

export function annotate(article: Article, ctx: PipelineContext = {}): Annotation {
  const doc = analyzeText(article);
  const time = annotateTime(doc);
  const ents = recognizeEntities(doc, ctx.known);
  const events = codeEvents(doc, ents, time);
  const quotes = findQuotes(doc, ents);
  return { anchor: time.anchor, entities: ents.entities, timexes: time.timexes, events, quotes };
}
