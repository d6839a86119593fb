// Turns noun-phrase chunks into event arguments (actor codes) and locations, from the entity layer's mentions
// first, then from the actor knowledge base (a private fallback until src/actors lands).
import type { Doc, EventArgument, EventLocation } from '../model/index.js';
import type { EntityLayer } from '../model/layers.js';
import type { NP, Parse } from './parse.js';
import { npAt } from './parse.js';
import { fallbackActor, fallbackPlace } from './fallback-actors.js';

export interface Ctx {
  doc: Doc;
  ents: EntityLayer;
  p: Parse;
}

const DROP_START = new Set(['DET', 'PRON']);

export function spanOf(doc: Doc, a: number, b: number): { start: number; end: number; text: string } {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return { start, end, text: doc.article.text.slice(start, end) };
}

/** The actor a noun phrase names: a resolved mention inside it, else a knowledge-base lookup of its words. */
export function resolveNP(c: Ctx, np: NP): EventArgument | undefined {
  const { doc, ents } = c;
  // Mentions: the one covering the head first, then any other inside the chunk (a possessor, a modifier).
  const order = [np.head];
  for (let k = np.end - 1; k >= np.start; k--) if (k !== np.head) order.push(k);
  for (const k of order) {
    const m = ents.mentionAt(k);
    if (m?.actor) return { start: m.start, end: m.end, text: m.text, code: m.actor.code, name: m.name ?? m.actor.name };
  }
  if (np.pronoun) return undefined;
  let a = np.start;
  while (a < np.end - 1 && DROP_START.has(doc.tokens[a]!.pos) && doc.tokens[a]!.pos !== 'PROPN') a++;
  const span = spanOf(doc, a, np.end);
  // Sector from the rightmost sector noun ("Russian President Vladimir Putin" -> president).
  let actor;
  for (let k = np.end - 1; k >= a && !actor; k--) actor = fallbackActor(span.text, doc.tokens[k]!.lemma);
  if (!actor) return undefined;
  if (actor.code.length === 3 && actor.code !== 'IGO') {
    for (let k = np.end - 1; k >= a; k--) {
      const withSector = fallbackActor(span.text, doc.tokens[k]!.lemma);
      if (withSector && withSector.code.length > 3) { actor = withSector; break; }
    }
  }
  return { ...span, code: actor.code, name: actor.name };
}

/** Resolve an NP, or the NP after "of/from/in/by" that follows it ("members of the Transatlantic Quad"). */
export function resolveNPDeep(c: Ctx, np: NP): EventArgument | undefined {
  const r = resolveNP(c, np);
  if (r || np.pronoun) return r;
  const next = c.doc.tokens[np.end];
  if (next && (next.text === 'of' || next.text === 'from')) {
    const np2 = npAt(c.p, np.end + 1);
    if (np2 && !np2.temporal) {
      const r2 = resolveNP(c, np2);
      if (r2) {
        // Keep the sector of the outer noun ("workers of the bus company" stays with the company's country).
        return r2;
      }
    }
  }
  return undefined;
}

/** A place named by a noun phrase ("Geneva", "the Ukraine border" -> Ukraine). */
export function placeOf(c: Ctx, np: NP): EventLocation | undefined {
  const { doc } = c;
  for (let a = np.start; a < np.end; a++) {
    if (doc.tokens[a]!.pos !== 'PROPN') continue;
    let b = a;
    while (b < np.end && doc.tokens[b]!.pos === 'PROPN') b++;
    for (let end = b; end > a; end--) {
      const span = spanOf(doc, a, end);
      const pl = fallbackPlace(span.text);
      if (pl) return { ...span, name: pl.name, country: pl.country };
    }
    a = b;
  }
  return undefined;
}
