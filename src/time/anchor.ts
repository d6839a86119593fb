// Time of writing: the day, up to a week before the publication date, from which the text's own weekday
// references read most naturally ("left Tuesday", "will meet ... on Friday" => written on Tuesday).
import { resolveWeekday } from './normalize.js';
import type { Tense } from './tense.js';

export interface WeekdayCue {
  wd: number;
  tense: Tense;
}

/**
 * Cost per day of moving the anchor back from the publication date: the date field is the default, and with
 * this cost one future-tense weekday alone can never move it (it takes several cues that agree, as in the seed).
 */
const SHIFT_COST = 3;

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
    // A future-tense weekday a week ahead is implausible; a past one far back is merely unusual ("said Thursday").
    for (const c of uniq) cost += Math.abs(resolveWeekday(c.wd, a, c.tense) - a) * (c.tense === 'future' ? 1 : c.tense === 'present' ? 0.5 : 0.25);
    if (cost < bestCost) {
      bestCost = cost;
      best = a;
    }
  }
  if (best === pub) return pub;
  // Move only when every cue reads naturally from the new anchor (within five days either way): a live blog
  // spanning a week gives conflicting cues, and then the date field is the safer choice.
  for (const c of uniq) if (Math.abs(resolveWeekday(c.wd, best, c.tense) - best) > 5) return pub;
  return best;
}
