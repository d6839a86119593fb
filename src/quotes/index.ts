// STUB: replaced by quote attribution (issue 6).
import type { Doc, Quote } from '../model/index.js';
import type { EntityLayer } from '../model/layers.js';

export function findQuotes(_doc: Doc, _ents: EntityLayer): Quote[] {
  return [];
}
