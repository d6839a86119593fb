// Time of writing: the day, up to a week before the publication date, from which the text's own weekday
// references read most naturally ("left Tuesday", "will meet ... on Friday" => written on Tuesday).
import { dayNum, fromDayNum } from './calendar.js';
import { months } from './lexicon.js';
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

const MONTH_NAMES = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
/** A wire dateline at the head of the text: "BRUSSELS, December 2 (Xinhua) --", "WASHINGTON, Aug. 11 (AP) -". */
const DATELINE = new RegExp(`^[\\s\\S]{0,120}?\\b[A-Z][A-Za-z.' -]{1,40},(?:\\s+[A-Z][A-Za-z.' -]{1,30},)?\\s+(${MONTH_NAMES})\\.?\\s+(\\d{1,2})\\s*(?:\\(|--|_|—)`, 'i');

/**
 * The day a dateline gives, when it lies in the week up to the publication date: wire copy is written on its
 * dateline day and may be filed (and dated) a day or two later.
 */
export function datelineDay(text: string, pub: number): number | undefined {
  const m = DATELINE.exec(text.slice(0, 200));
  const y = fromDayNum(pub).y;
  return m ? inWeekBefore(pub, m[1]!, m[2]!, [y, y - 1]) : undefined;
}

/** The day of a month name and day number in the first of the years that puts it in the week up to `pub`. */
function inWeekBefore(pub: number, month: string, dayOfMonth: string, years: number[]): number | undefined {
  const mon = Number(months.get(month.toLowerCase()));
  const d = Number(dayOfMonth);
  if (!(mon >= 1 && d >= 1 && d <= 31)) return undefined;
  for (const y of years) {
    const day = dayNum(y, mon, d);
    if (day <= pub && day >= pub - 7) return day;
  }
  return undefined;
}

/**
 * A date printed with its year on a line of its own at the head of the article, the way news sites print the
 * day of publication: "Tuesday, January 9, 2007" (Wikinews, below the title), "Thursday, November 13, 2008;
 * Page A23", "Fri Jun 12, 2009 3:27 pm EDT", "January 25, 2011 | By ...". Up to two words may stand before it
 * (a weekday, "Aired"), and only a line end, a separator or a clock time after it.
 */
const DATE_LINE = new RegExp(`(?:^|\\n|\\|)[ \\t]*(?:[A-Za-z]{2,10}\\.?,?[ \\t]+){0,2}?(${MONTH_NAMES})\\.?[ \\t]+(\\d{1,2})[ \\t]*,?[ \\t]+(\\d{4})[ \\t]*(?=$|\\n|[;|]|--|-[ \\t]|\\d{1,2}:\\d\\d)`, 'i');

/**
 * The day a printed date line gives, when it lies in the week up to the publication date: the article says when
 * it was written, so weekday cues do not move it.
 */
export function printedDay(text: string, pub: number): number | undefined {
  const m = DATE_LINE.exec(text.slice(0, 300));
  return m ? inWeekBefore(pub, m[1]!, m[2]!, [Number(m[3])]) : undefined;
}
