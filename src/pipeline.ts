// Article -> Annotation. Pure and deterministic: no I/O, safe to run in worker threads.
import type { Annotation, Article } from './model/index.js';
import { analyzeText } from './text/index.js';
import { annotateTime } from './time/index.js';
import { recognizeEntities } from './entities/index.js';
import { codeEvents } from './events/index.js';
import { findQuotes } from './quotes/index.js';

export function annotate(article: Article): Annotation {
  const doc = analyzeText(article);
  const time = annotateTime(doc);
  const ents = recognizeEntities(doc);
  const events = codeEvents(doc, ents, time);
  const quotes = findQuotes(doc, ents);
  return { anchor: time.anchor, entities: ents.entities, timexes: time.timexes, events, quotes };
}
