// STUB: replaced by the time stage (issue 3).
import type { Doc } from '../model/index.js';
import type { TimeLayer } from '../model/layers.js';

export function annotateTime(doc: Doc): TimeLayer {
  return { anchor: doc.article.date, timexes: [], dateAt: () => undefined };
}
