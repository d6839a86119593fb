// STUB: replaced by mentions and actor resolution (issue 4).
import type { Doc } from '../model/index.js';
import type { EntityLayer } from '../model/layers.js';
import { tagDoc } from './tagger/index.js';

export function recognizeEntities(doc: Doc): EntityLayer {
  const entities = tagDoc(doc).map((s) => {
    const start = doc.tokens[s.tokenStart]!.start;
    const end = doc.tokens[s.tokenEnd - 1]!.end;
    return { start, end, text: doc.article.text.slice(start, end), type: s.type };
  });
  return { entities, mentions: [], mentionAt: () => undefined };
}
