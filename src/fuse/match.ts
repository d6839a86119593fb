// When two event mentions describe the same real-world event: same PLOVER category and factuality class,
// compatible dates at the right granularity, compatible actors (same or coordinated codes) and place.
import { daysBetween, interval, type Interval } from './dates.js';
import { overlap } from './words.js';

/** The fields of an event mention (or of a fused event's representative) that fusion compares. */
export interface Features {
  plover: string;
  cameo: string;
  factuality: string;
  when: Interval;
  /** False when the date is (or may be) only the article's anchor, not a date the text gives the event. */
  dated: boolean;
  source: string | null;
  target: string | null;
  place: Place | null;
  /** Content words of the mention's sentence, when known. */
  words?: Set<string>;
  /** For a fused event: the content words of each member's sentence (up to MAX_BAGS). */
  bags?: Set<string>[];
}

export interface Place {
  name: string;
  /** ISO alpha-3. */
  country: string;
  lat?: number;
  lon?: number;
  /** The place is a whole country ("visits to Ukraine"), not a city in it. */
  wide?: boolean;
}

// Categories where "A met B" and "B met A" are the same event.
const SYMMETRIC = new Set(['CONSULT', 'COOPERATE', 'AGREE', 'ENGAGE']);
// How far back an undated mention may reach for the event it reports (days).
const UNDATED_REACH = 7;
// Lexical corroboration: shared content words, or share of the shorter sentence's words.
const MIN_SHARED = 3;
const MIN_OVERLAP = 0.34;
// Sentences kept per fused event for the lexical check: enough variety, bounded so big events stay cheap.
export const MAX_BAGS = 20;
// Places closer than this are the same place (a city and its airport, suburbs).
const SAME_PLACE_KM = 50;

/**
 * How strongly two actor codes agree: 2 the same specific actor (RUSGOV, IGOUNO), 1 the same bare country (HTI:
 * in a corpus about Haiti that is every other event) or coordinated codes (USA vs USAGOV), 0 one unknown,
 * -1 different actors.
 */
export function actorAgreement(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  if (a === b) return a.length > 3 ? 2 : 1;
  if (a.slice(0, 3) === b.slice(0, 3) && (a.startsWith(b) || b.startsWith(a))) return 1;
  return -1;
}

function factClass(f: string): string {
  return f === 'negated' || f === 'hypothetical' ? f : 'real'; // a planned meeting and its report are one event
}

function km(a: { lat?: number; lon?: number }, b: { lat?: number; lon?: number }): number | undefined {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return undefined;
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** 1 same place, 0 unknown or one is the country around the other, -1 different places. */
export function placeAgreement(a: Features['place'], b: Features['place']): number {
  if (!a || !b) return 0;
  if (a.country && b.country && a.country !== b.country) return -1;
  if (a.name.toLowerCase() === b.name.toLowerCase()) return 1;
  const d = km(a, b);
  if (d !== undefined && d <= SAME_PLACE_KM) return 1;
  return a.wide || b.wide || d === undefined ? 0 : -1;
}

/**
 * Dates agree (1-2) when both are precise to a week or better and overlap; coarse dates only when equal. A mention
 * with no date of its own ("the UN has launched an appeal") reports something at or before its article's day:
 * it may belong to an event up to a week earlier (0: only with strong lexical evidence).
 */
export function dateAgreement(a: Features, b: Features): number {
  const overlap = a.when.from <= b.when.to && b.when.from <= a.when.to;
  if (!overlap) {
    const earlier = (u: Features, o: Features) => !u.dated && u.when.days === 1 && o.when.days <= 7 && o.when.to < u.when.from &&
      daysBetween(o.when.to, u.when.from) <= UNDATED_REACH;
    return earlier(a, b) || earlier(b, a) ? 0 : -1;
  }
  if (a.when.days === 1 && b.when.days === 1) return a.dated && b.dated ? 2 : 1;
  if (a.when.days <= 7 && b.when.days <= 7) return 1;
  return a.when.from === b.when.from && a.when.to === b.when.to ? 1 : -1;
}

/**
 * Match score of a mention against a (representative of a) fused event: undefined when they cannot be the same
 * event, else higher is better. At least one actor must agree for real (a shared unknown is not evidence).
 */
export function matchScore(a: Features, b: Features): number | undefined {
  if (a.plover !== b.plover || factClass(a.factuality) !== factClass(b.factuality)) return undefined;
  const d = dateAgreement(a, b);
  if (d < 0) return undefined;
  const p = placeAgreement(a.place, b.place);
  if (p < 0) return undefined;
  let actors = pairAgreement(a.source, a.target, b.source, b.target);
  if (actors === undefined && SYMMETRIC.has(a.plover)) actors = pairAgreement(a.source, a.target, b.target, b.source);
  if (actors === undefined) return undefined;
  // Enough actor evidence: one specific actor agreeing (or two weak ones), or one weak one in the same city (a
  // country is no evidence: in a topic corpus it is every event's place). An unknown participant is no evidence.
  const sameCity = p > 0 && !a.place?.wide && !b.place?.wide;
  if (actors < 2 && !(actors === 1 && sameCity)) return undefined;
  // Codes are coarse (every aid pledge to Haiti is USA -> HTI AID): the sentences must also tell the same story,
  // sharing at least three content words or a third of the shorter one's.
  // Compared with each reported sentence, not with their union, so the event does not drift from story to story.
  const theirs = b.bags ?? (b.words ? [b.words] : undefined);
  if (a.words && theirs) {
    let shared = 0;
    let coef = 0;
    for (const bag of theirs) {
      const o = overlap(a.words, bag);
      if (o.shared > shared) shared = o.shared;
      if (o.coef > coef) coef = o.coef;
    }
    if (shared < MIN_SHARED && coef < MIN_OVERLAP) return undefined;
    if (d === 0 && shared < 5 && coef < 0.5) return undefined;
  } else if (d === 0) return undefined;
  return actors + p + d + (a.cameo === b.cameo ? 0.5 : 0);
}

function pairAgreement(s1: string | null, t1: string | null, s2: string | null, t2: string | null): number | undefined {
  const s = actorAgreement(s1, s2);
  const t = actorAgreement(t1, t2);
  return s < 0 || t < 0 ? undefined : s + t;
}

/** Features of a stored or hand-built event mention. */
export function features(e: {
  plover: string; cameo: string; factuality: string; date?: string | null; day: string;
  source: string | null; target: string | null;
  place: Features['place'];
  words?: Set<string>;
  /** The article's anchor: a date equal to it may be the coder's fallback for a clause with no date of its own. */
  anchor?: string;
}): Features {
  const f: Features = {
    plover: e.plover, cameo: e.cameo, factuality: e.factuality,
    when: interval(e.date, e.day), dated: !!e.date && e.date !== e.anchor,
    source: e.source, target: e.target, place: e.place,
  };
  if (e.words) f.words = e.words;
  return f;
}

/** The representative after adding a mention: the narrower date, the more specific codes and place. */
export function merge(rep: Features, m: Features): Features {
  const out = { ...rep };
  if (m.when.days < rep.when.days || (!rep.dated && m.dated && m.when.days <= rep.when.days)) {
    out.when = m.when;
    out.dated = m.dated;
  }
  if (m.source && (!rep.source || (m.source.length > rep.source.length && m.source.startsWith(rep.source)))) out.source = m.source;
  if (m.target && (!rep.target || (m.target.length > rep.target.length && m.target.startsWith(rep.target)))) out.target = m.target;
  if (m.place && (!rep.place || (rep.place.lat == null && m.place.lat != null) || (rep.place.wide && !m.place.wide))) {
    out.place = m.place;
  }
  if (rep.factuality !== 'asserted' && m.factuality === 'asserted') out.factuality = 'asserted'; // it happened after all
  if (m.words) {
    const bags = rep.bags ?? (rep.words ? [rep.words] : []);
    out.bags = bags.length < MAX_BAGS ? [...bags, m.words] : bags;
  }
  return out;
}
