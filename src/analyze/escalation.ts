// Escalation index: the Goldstein-weighted series of fused events between two actors (both directions), or
// between one actor and everyone, per day, week or month, with counts per quad class.
import type Database from 'better-sqlite3';
import { actorMatcher, actorPrefilter, loadFused, loadSides, parseActor, periodKey, type AnalysisFilter, type SqlTerm } from './common.js';

export interface DirectionStats {
  events: number;
  goldstein: number;
}

export interface EscalationPoint {
  period: string;
  events: number;
  /** Sum of Goldstein scores (cooperation > 0, conflict < 0), each real-world event once. */
  goldstein: number;
  /** Mean Goldstein score per event. */
  mean: number;
  /** Events per quad class: verbal coop, material coop, verbal conflict, material conflict. */
  quad: [number, number, number, number];
  /** A towards B (or towards anyone) and B (or anyone) towards A. */
  ab: DirectionStats;
  ba: DirectionStats;
}

export interface EscalationOptions extends AnalysisFilter {
  by?: 'day' | 'week' | 'month';
  /** Weight each event by the articles that reported it (default: each event once). */
  weightByReports?: boolean;
  /** Keep hypothetical and negated events (default: only events that happened or are reported/planned). */
  includeUnreal?: boolean;
}

export function escalation(db: Database.Database, a: string, b: string | undefined, o: EscalationOptions = {}): EscalationPoint[] {
  const by = o.by ?? 'week';
  const isA = actorMatcher(a);
  const isB = b ? actorMatcher(b) : () => true;
  const points = new Map<string, EscalationPoint>();
  // Every event counted has A on one side and B on one side: the store narrows to those (by index for codes, by
  // LIKE on the kept names for names), the matchers decide; names are read only when a side is matched by name.
  // SQLite tests the terms in the order given: code ranges first, as they are cheaper than LIKEs.
  const onA = actorPrefilter(db, a);
  const terms = [onA, b ? actorPrefilter(db, b) : undefined].filter((t): t is SqlTerm => !!t).sort((x, y) => Number(!!y.code) - Number(!!x.code));
  const names = !parseActor(a).isCode || (!!b && !parseActor(b).isCode);
  const events = loadSides(db, o, terms, { names, unreal: !!o.includeUnreal }) ?? loadFused(db, o, onA);
  for (const e of events) {
    if (!o.includeUnreal && (e.factuality === 'hypothetical' || e.factuality === 'negated')) continue;
    const sa = isA(e.sourceCode, e.sourceNames);
    const ta = isA(e.targetCode, e.targetNames);
    // "against all" still needs a counterpart: an event with no other side says nothing about a relationship.
    const sb = b ? isB(e.sourceCode, e.sourceNames) : !!e.sourceCode && !sa;
    const tb = b ? isB(e.targetCode, e.targetNames) : !!e.targetCode && !ta;
    const forward = sa && tb;
    const backward = !forward && sb && ta;
    if (!forward && !backward) continue;
    const key = periodKey(e.day, by);
    let p = points.get(key);
    if (!p) points.set(key, (p = { period: key, events: 0, goldstein: 0, mean: 0, quad: [0, 0, 0, 0], ab: { events: 0, goldstein: 0 }, ba: { events: 0, goldstein: 0 } }));
    const w = o.weightByReports ? Math.max(1, e.articles) : 1;
    p.events += w;
    p.goldstein += w * e.goldstein;
    p.quad[e.quad - 1]! += w;
    const d = forward ? p.ab : p.ba;
    d.events += w;
    d.goldstein += w * e.goldstein;
  }
  const out = [...points.values()].sort((x, y) => (x.period < y.period ? -1 : 1));
  for (const p of out) {
    p.goldstein = round(p.goldstein);
    p.mean = round(p.goldstein / p.events);
    p.ab.goldstein = round(p.ab.goldstein);
    p.ba.goldstein = round(p.ba.goldstein);
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;
