// STUB: replaced by the event coder (issue 5).
import type { Doc, Event } from '../model/index.js';
import type { EntityLayer, TimeLayer } from '../model/layers.js';

export function codeEvents(_doc: Doc, _ents: EntityLayer, _time: TimeLayer): Event[] {
  return [];
}
