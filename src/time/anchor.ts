// Time of writing: the day, up to a week before the publication date, from which the text's own weekday
// references read most naturally ("left Tuesday", "will meet ... on Friday" => written on Tuesday).
import { resolveWeekday } from './normalize.js';
import type { Tense } from './tense.js';

export interface WeekdayCue {
  wd: number;
  tense: Tense;
}

/** Cost per day of moving the anchor back from the publication date: the date field is the default. */
const SHIFT_COST = 1;

export function inferAnchor(pub: number, cues: WeekdayCue[]): number {
  if (cues.length === 0) return pub;
  // One vote per distinct (weekday, tense): repeating "said Friday" five times is one fact, not five.
  const seen = new Set<string>();
  const uniq: WeekdayCue[] = [];
  for (const c of cues) {
    const k = `${c.wd}:${c.tense}`;
    if (!seen.has(k)) {
      seen.add(k);
      uniq.push(c);
    }
  }
  let best = pub;
  let bestCost = Infinity;
  for (let a = pub; a >= pub - 6; a--) {
    let cost = SHIFT_COST * (pub - a);
    for (const c of uniq) cost += Math.abs(resolveWeekday(c.wd, a, c.tense) - a);
    if (cost < bestCost) {
      bestCost = cost;
      best = a;
    }
  }
  return best;
}
