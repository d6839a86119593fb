// Greedy incremental clustering of event mentions: each mention joins the best-matching fused event whose
// dates can overlap, or starts a new one. Clusters are indexed by first day and PLOVER category (fusion never
// crosses categories), so a lookup only compares a handful of candidates even in a large store.
import { addDays } from './dates.js';
import { matchScore, merge, type Features } from './match.js';

export interface Cluster {
  /** Database id once stored; negative while new. */
  id: number;
  rep: Features;
  members: number;
}

// A week-level date can overlap clusters starting up to six days earlier; an undated mention may report an
// event up to a week before its article (match.ts).
const LOOKBACK = 7;

export class Clusterer {
  private readonly byDay = new Map<string, Map<string, Cluster[]>>();
  private nextNew = -1;
  /** Called once per day before clusters of that day are consulted (the store loads them lazily). */
  constructor(private readonly loadDay?: (day: string) => Cluster[]) {}

  private list(d: string, plover: string): Cluster[] {
    let day = this.byDay.get(d);
    if (!day) {
      day = new Map();
      for (const c of this.loadDay ? this.loadDay(d) : []) {
        const l = day.get(c.rep.plover);
        if (l) l.push(c);
        else day.set(c.rep.plover, [c]);
      }
      this.byDay.set(d, day);
    }
    let l = day.get(plover);
    if (!l) day.set(plover, (l = []));
    return l;
  }

  /** The cluster a mention belongs to (existing or new); the representative is updated. */
  add(f: Features): Cluster {
    let best: Cluster | undefined;
    let bestScore = -Infinity;
    // Coarse dates (months, years) only meet clusters starting on the same first day.
    const start = f.when.days > 7 ? f.when.from : addDays(f.when.from, -LOOKBACK);
    for (let d = start; d <= f.when.to; d = addDays(d, 1)) {
      for (const c of this.list(d, f.plover)) {
        const s = matchScore(f, c.rep);
        if (s !== undefined && s > bestScore) {
          best = c;
          bestScore = s;
        }
      }
      if (f.when.days > 7) break;
    }
    if (!best) {
      best = { id: this.nextNew--, rep: f, members: 1 };
      this.list(f.when.from, f.plover).push(best);
      return best;
    }
    const before = best.rep.when.from;
    best.rep = merge(best.rep, f);
    best.members++;
    if (best.rep.when.from !== before) {
      const old = this.list(before, f.plover);
      old.splice(old.indexOf(best), 1);
      this.list(best.rep.when.from, f.plover).push(best);
    }
    return best;
  }
}
