// When two event mentions describe the same real-world event: same PLOVER category and factuality class,
// compatible dates at the right granularity, compatible actors (same or coordinated codes) and place.
import { interval, type Interval } from './dates.js';

/** The fields of an event mention (or of a fused event's representative) that fusion compares. */
export interface Features {
  plover: string;
  cameo: string;
  factuality: string;
  when: Interval;
  /** True when the date came from the text, false when it is only the article's anchor. */
  dated: boolean;
  source: string | null;
  target: string | null;
  place: Place | null;
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

/** Dates agree when both are precise to a week or better and overlap; coarse dates only when equal. */
export function dateAgreement(a: Features, b: Features): number {
  const overlap = a.when.from <= b.when.to && b.when.from <= a.when.to;
  if (!overlap) return -1;
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
}): Features {
  return {
    plover: e.plover, cameo: e.cameo, factuality: e.factuality,
    when: interval(e.date, e.day), dated: !!e.date,
    source: e.source, target: e.target, place: e.place,
  };
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
  return out;
}
