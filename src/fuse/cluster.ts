// Greedy incremental clustering of event mentions: each mention joins the best-matching fused event whose
// dates can overlap, or starts a new one. Clusters are indexed by their first day so lookups stay local.
import { addDays } from './dates.js';
import { matchScore, merge, type Features } from './match.js';

export interface Cluster {
  /** Database id once stored; negative while new. */
  id: number;
  rep: Features;
  members: number;
}

// A week-level date can overlap clusters starting up to six days earlier.
const LOOKBACK = 6;

export class Clusterer {
  private readonly byDay = new Map<string, Cluster[]>();
  private nextNew = -1;
  /** Called once per day before clusters of that day are consulted (the store loads them lazily). */
  constructor(private readonly loadDay?: (day: string) => Cluster[]) {}

  private day(d: string): Cluster[] {
    let list = this.byDay.get(d);
    if (!list) {
      list = this.loadDay ? this.loadDay(d) : [];
      this.byDay.set(d, list);
    }
    return list;
  }

  /** The cluster a mention belongs to (existing or new); the representative is updated. */
  add(f: Features): Cluster {
    let best: Cluster | undefined;
    let bestScore = -Infinity;
    // Coarse dates (months, years) only meet clusters starting on the same first day.
    const start = f.when.days > 7 ? f.when.from : addDays(f.when.from, -LOOKBACK);
    for (let d = start; d <= f.when.to; d = addDays(d, 1)) {
      for (const c of this.day(d)) {
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
      this.day(f.when.from).push(best);
      return best;
    }
    const before = best.rep.when.from;
    best.rep = merge(best.rep, f);
    best.members++;
    if (best.rep.when.from !== before) {
      const old = this.day(before);
      old.splice(old.indexOf(best), 1);
      this.day(best.rep.when.from).push(best);
    }
    return best;
  }
}
