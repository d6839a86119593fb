// Normalisation: one small resolver per pattern kind turns a match into a TimeML type and value.
import type { TimexType } from '../model/index.js';
import {
  dayNum, fmtAt, fmtDay, fmtMonth, fmtWeek, fromDayNum, isoWeekStart, pad, parseDay, parseValue, shiftValue, weekday,
  type CalValue,
} from './calendar.js';
import {
  dayparts, holidays, months, readMonth, readNumber, readOrdinal, readWeekday, readYearWords, references, reldays, seasons, units,
  REPORT_FORMS, WEEKDAY_ALT,
} from './lexicon.js';
import type { Match } from './recognize.js';
import type { Tense } from './tense.js';

export interface Context {
  /** Time of writing (day number). */
  anchor: number;
  /** Narrative text: relative expressions count from the last date mentioned, not from the time of writing. */
  narrative: boolean;
  /** Last calendar value mentioned, and the last full day mentioned. */
  last?: CalValue;
  lastDay?: number;
  /** Whether the last calendar value had its year written out ("January 2009", not a bare "January"). */
  lastWritten?: boolean;
  /**
   * Story time of a narrative: the last date written out or inferred from the calendar (not one reached by
   * "a year earlier" or "two years ago", which step aside from the story without moving it).
   */
  story?: CalValue;
  /** Offset where the last calendar value ended, and its sentence (the text layer's). */
  lastEnd: number;
  lastSent: number;
  /**
   * The reporting quarter (or half) in view: the last one named outright, not one reached by "a year earlier",
   * so that "the year-ago quarter ... the quarter" still means the current report's quarter.
   */
  refQ?: CalValue;
  /** Offset where the reporting quarter was named. */
  refQEnd?: number;
  tense: Tense;
  /** The expression dates a past verb right before it ("went on sale in April"), not a plan it tells of. */
  direct?: boolean;
  /** Start and end offset of the expression being normalised, its sentence, and the text around it. */
  at: number;
  end: number;
  sent: number;
  text: string;
}

export interface Norm {
  type: TimexType;
  value: string;
  /** A shorter extent than the match's, when TimeML leaves a trailing word out ("three days [later]"). */
  end?: number;
}

type G = Record<string, string | undefined>;

const low = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

// "this past weekend", "this past Monday": the one just gone, as "past"
const BACK = new Set(['last', 'past', 'this past', 'previous', 'the past', 'the last', 'the previous', 'the preceding', 'the prior', 'preceding', 'prior', 'before', 'earlier', 'ago', 'previously']);
const FORWARD = new Set(['next', 'coming', 'this coming', 'the next', 'the coming', 'following', 'the following', 'after', 'later', 'hence', 'from now', 'since']);
const SAME = new Set(['the', 'this', 'current', 'the current', 'that', 'the same', 'same', 'the latest', 'latest']);
/** Relative words that count from the last date mentioned rather than from the time of writing. */
const ANAPHORIC = new Set(['the following', 'following', 'that', 'the same', 'same', 'the preceding', 'the prior', 'preceding', 'prior', 'earlier', 'later', 'before', 'after']);

/** Reference day for deictic expressions: the time of writing, or in narratives the last day mentioned. */
function refDay(c: Context): number {
  return c.narrative && c.last ? calStart(c.last) : c.anchor;
}

/** Reference for anaphoric expressions: the last date mentioned, else the time of writing. */
function lastDayOr(c: Context): number {
  if (!c.last || c.last.gran === 'day') return c.lastDay ?? (c.last ? calStart(c.last) : c.anchor);
  // the last day mentioned still counts when it lies inside the period mentioned since ("On June 3 ... that month")
  const start = calStart(c.last);
  if (c.lastDay !== undefined && c.lastDay >= start && c.lastDay < start + SPAN[c.last.gran]) return c.lastDay;
  return start;
}

/**
 * The value of a day referred back to ("that day", "that night") when the last date mentioned is coarser than a
 * day and no day mentioned lies inside it: 1998-10-XX after "in October 1998", 2004-XX-XX after "in 2004".
 */
function unknownDay(c: Context): string | undefined {
  const v = c.last;
  if (!v || v.gran === 'day') return undefined;
  const start = calStart(v);
  if (c.lastDay !== undefined && c.lastDay >= start && c.lastDay < start + SPAN[v.gran]) return undefined;
  if (v.gran === 'month') return `${fmtMonth(v.y, v.m!)}-XX`;
  if (v.gran === 'decade' || v.gran === 'century') return undefined;
  return `${pad(v.y, 4)}-XX-XX`;
}

/** Length in days (upper bound) of a calendar value of each granularity. */
const SPAN: Record<CalValue['gran'], number> = { day: 1, week: 7, month: 31, quarter: 92, half: 184, season: 92, year: 366, decade: 3653, century: 36525 };

function calStart(v: CalValue): number {
  switch (v.gran) {
    case 'day': return dayNum(v.y, v.m!, v.d!);
    case 'month': return dayNum(v.y, v.m!, 1);
    case 'quarter': return dayNum(v.y, (v.q! - 1) * 3 + 1, 1);
    case 'half': return dayNum(v.y, v.q! === 1 ? 1 : 7, 1);
    case 'week': return isoWeekStart(v.y, v.w!);
    case 'season': return dayNum(v.y, SEASON_MONTH[v.s!] ?? 1, 1);
    case 'decade': return dayNum(v.y * 10, 1, 1);
    case 'century': return dayNum(v.y * 100, 1, 1);
    default: return dayNum(v.y, 1, 1);
  }
}

const MONTH_ALT = [...months.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/\./g, '\\.')).join('|');
/**
 * The far end of a range that carries the year for both ends: "August and September 1914", "March 5-9, 1918",
 * "(26 June - 4 August 1952)", "July-November 1954", "February 15/16, 2011" (also as the PTB escape "15\\/16").
 */
const SEASON_ALT = [...seasons.keys()].join('|');
const RANGE_YEAR = new RegExp(`^\\s*(?:and|to|through|thru|until|till|or|-|–|—|\\\\?/)\\s*(?:(?:early|late|mid)[-\\s]+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:${MONTH_ALT})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|\\d{1,2}|(?:the\\s+)?(?:${SEASON_ALT}))\\s*,?\\s+(?:of\\s+)?(\\d{4})(?![\\d,.]\\d)`, 'i');

function rangeYear(c: Context): number | undefined {
  const m = RANGE_YEAR.exec(c.text.slice(c.end, c.end + 40));
  return m ? Number(m[1]) : undefined;
}

/** A day named after a clock time: "at 9 a.m. on Tuesday", "6:12 AM Cairo time on May 14, 2009", "at 10 a.m. on
 * Tuesday, September 9" (the date, not the weekday alone), "at 10:42 am on 18 Jun 2009" (day-month order), a
 * comment stamp's "At 21:05 14th Feb 2010" (a full date right after), and
 * after a wire gloss in brackets, "at 11:20 a.m. (0820 GMT) Monday" (TimeML tags the day apart). */
const ON_DAY = new RegExp(`^(?:\\s*\\([^()]{1,24}\\)\\s*,?\\s*(?:on\\s+)?|\\s*\\)\\s*,?\\s*(?:on\\s+)?|,?\\s+on\\s+|\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_ALT})\\.?,?\\s+\\d{4}))(?:(${WEEKDAY_ALT})(?![\\p{L}])(?!,?\\s+(?:(?:${MONTH_ALT})\\.?\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_ALT})(?![\\p{L}])))|(?:(?:${WEEKDAY_ALT}),?\\s+)?(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(\\d{4})(?![\\d,.]\\d))?|(?:(?:${WEEKDAY_ALT}),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})(?![\\p{L}])\\.?(?:,?\\s+(\\d{4})(?![\\d,.]\\d))?)`, 'iu');

/** An open bracket before an expression, written or as a PTB escape ("-LRB- Update 4:37 p.m."). */
const OPEN_BRACKET = /(?:\(|-LRB-)(?:(?!\)|-RRB-)[^(])*$/;

/** The expression is in the sentence right after the last calendar value, in its paragraph (no blank line). */
function nextSentence(c: Context): boolean {
  if (c.at < c.lastEnd || c.at - c.lastEnd > 200 || c.sent !== c.lastSent + 1) return false;
  return !/\n\s*\n/.test(c.text.slice(c.lastEnd, c.at));
}

/** A bracketed restatement of a clock time that ends in its day: "5 in the morning (5 a.m. PST Saturday)". */
const GLOSS_DAY = new RegExp(`^\\s*\\([^()]{0,30}?\\b(${WEEKDAY_ALT})\\s*\\)`, 'iu');

/** How far (characters) a narrative's last date carries to a weekday named after it. */
const NARRATIVE_REACH = 400;
/** "an official said Wednesday", "told reporters on Monday": the reporter's weekday, whatever the story's date. */
const REPORTED = new RegExp(`\\b(?:${REPORT_FORMS})\\s+(?:[\\w.'’-]+\\s+){0,2}(?:on\\s+)?$`, 'i');
/** A deadline or a start ahead ("until Friday", "by June", "effective Feb. 1"); from a past clause, the nearest. */
const UNTIL = /\b(?:until|till|through|thru|by|effective)\s+$/i;
/** The far end of a range of days that names its month: "(the 4th) to the 11th of March 1962". */
const DOM_RANGE_END = new RegExp(`^\\s*(?:to|-|–|and|until|through)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\.?(?:,?\\s+(\\d{4}))?`, 'iu');
/** How far (characters) a month told carries to a day of the month named alone ("On the 5th"). */
const DOM_REACH = 400;

/** After "the year": the day or month it runs up to ("the year ended June 30", "the year to March"). */
const YEAR_UP_TO = new RegExp(`^\\s+(?:end(?:ed|ing)\\b|to\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTH_ALT})\\b)`, 'iu');
/** "in April", "during May": the month something happened in (from a past clause, one that has begun). */
const IN_MONTH = /\b(?:in|during)\s+$/i;
/** "on March 15": the day something happened on (from a past clause, one gone). */
const ON_DAY_BEFORE = /\bon\s+$/i;
/** "since June", "since Monday": a start already past. */
const SINCE = /\bsince\s+$/i;
/** Words before a month or day that put it ahead: "ahead of November's elections", "the upcoming June 5 vote". */
const UPCOMING = /\b(?:ahead\s+of|upcoming|forthcoming)\s+(?:the\s+|this\s+)?$/i;
/** "Wednesday's ruling" (a day gone), "Friday's planned protest" (one ahead). */
const POSSESSIVE = /^\s?['’]s\s/;
const POSSESSIVE_PLAN = /^\s?['’]s\s+(?:planned|scheduled|expected|upcoming|proposed|slated)\b/i;
/** Nothing but a sentence start (or "But", "And") before a word. */
const OPENS_SENTENCE = /(?:^|[.!?\n]["”']?\s+|\n|\b(?:But|And)\s+)$/;
const AHEAD_OF = /\b(?:ahead\s+of|before|until|for|awaiting|await)\s+$/i;

/** In a narrative, how much more a step back in time costs than a step forward when guessing a year. */
const BACK_COST = 1.5;

/** Year for a month (and day) given without one: the occurrence the tense points to, else the nearest. */
function inferYear(c: Context, month: number, day?: number): number {
  const ry = rangeYear(c);
  if (ry !== undefined) return ry;
  const tl = timelineYear(c, month, day);
  if (tl !== undefined) return tl;
  const story = c.story ?? c.last;
  const ref = c.narrative && story ? calStart(story) : c.anchor;
  const y = fromDayNum(ref).y;
  if (c.narrative) {
    // after a bare year ("In 1940, ..."), a month is in that year
    if (story && story.gran === 'year') return story.y;
    // narratives move forward: the nearest occurrence, a step back costs more than a step forward
    let best = y;
    let bestD = Infinity;
    for (const cy of [y - 1, y, y + 1]) {
      const dd = dayNum(cy, month, day ?? 15) - ref;
      const cost = dd < 0 ? -dd * BACK_COST : dd;
      if (cost < bestD) { bestD = cost; best = cy; }
    }
    return best;
  }
  const here = dayNum(y, month, day ?? 15);
  // "since January 17", "since June": a start already past, whatever the clause's verb
  if (SINCE.test(c.text.slice(Math.max(0, c.at - 8), c.at))) return here > ref + (day === undefined ? 15 : 0) ? y - 1 : y;
  // "ahead of November's elections", "the upcoming November vote": the next such month or day, whatever the verb
  if (UPCOMING.test(c.text.slice(Math.max(0, c.at - 16), c.at))) return here < ref - (day === undefined ? 15 : 0) ? y + 1 : y;
  const seq = yearInSequence(c, month, day);
  if (seq !== undefined) return seq;
  // "until January", "through March", "by June" outside a past clause: a deadline ahead; in a past clause the
  // nearest ("extended the loans through January", "stayed until March")
  if (UNTIL.test(c.text.slice(Math.max(0, c.at - 10), c.at))) {
    if (c.tense !== 'past') return here < ref - 31 ? y + 1 : y;
    return nearestYear(y, ref, month, day);
  }
  // "went on sale in April", "sales fell in April" written in March: a past event in a month not yet begun is last
  // year's (the slack below is for deadlines and plans: "extended the offer to December")
  if (c.direct && day === undefined && IN_MONTH.test(c.text.slice(Math.max(0, c.at - 8), c.at)) && dayNum(y, month, 1) > ref) return y - 1;
  // ... and so is a day ("released the update on March 15", written on March 3), a few days' slack aside
  if (c.direct && day !== undefined && ON_DAY_BEFORE.test(c.text.slice(Math.max(0, c.at - 8), c.at)) && dayNum(y, month, day) > ref + 3) return y - 1;
  // a past clause may still name a date a few weeks ahead ("extended the offer to Nov. 20")
  const slack = day === undefined ? 90 : 60;
  if (c.tense === 'past' && here > ref + slack) return y - 1;
  if ((c.tense === 'future' || c.tense === 'modal' || c.tense === 'conditional') && here < ref - slack) return y + 1;
  if (c.tense === 'none' || c.tense === 'present' || c.tense === 'prospective') {
    // news talks mostly about the recent past: a date well ahead without a future verb is last year's
    if (here - ref > (c.tense === 'prospective' ? 330 : 100)) return y - 1;
    if (ref - here > 200) return y + 1;
  }
  return y;
}

/** A chronology's entry: a date opening its line, then a dash ("February 24 - Fighters seize a second town"). */
const ENTRY_AFTER = /^[^\S\n]+[-–—][^\S\n]/;

/**
 * A chronology ("A chronology of ...:\nFebruary 24 - Fighters seize a second town ...") tells what has
 * happened: an entry without a year is read as a past clause (the latest such day, a few weeks' slack), whatever
 * its verb. Entries are verbless or in the historical present, which the tense rules read as the nearest
 * occurrence: a year ahead for a chronology written more than half a year on.
 */
function timelineYear(c: Context, month: number, day?: number): number | undefined {
  if (c.narrative) return undefined;
  const lineStart = c.text.lastIndexOf('\n', c.at - 1) + 1;
  if (c.text.slice(lineStart, c.at).trim() !== '' || !ENTRY_AFTER.test(c.text.slice(c.end, c.end + 4))) return undefined;
  const y = fromDayNum(c.anchor).y;
  return dayNum(y, month, day ?? 1) > c.anchor + 60 ? y - 1 : y;
}

/** How far (characters) a date written with its year carries to a later month in its sentence. */
const SEQUENCE_REACH = 200;

/**
 * A past sequence told in news: a later month (or day) in the sentence of a date written with its year is in
 * that year ("took leave in January 2009 that lasted until June", "released in October 2001; by December ...").
 * Only in a past clause, only forward in that year, and only for a year gone: "founded in April 1976, it will
 * ship in June" stays ahead, and so does a deadline ahead ("extends until April 30, 2009 ... put in place on Sept. 19").
 */
function yearInSequence(c: Context, month: number, day?: number): number | undefined {
  const v = c.last;
  if (c.tense !== 'past' || !c.lastWritten || !v || (v.gran !== 'month' && v.gran !== 'day')) return undefined;
  if (v.y >= fromDayNum(c.anchor).y || c.at - c.lastEnd > SEQUENCE_REACH || c.at < c.lastEnd) return undefined;
  // "until April's BP accident": a possessive month names a known event of its own
  if (POSSESSIVE.test(c.text.slice(c.end, c.end + 4))) return undefined;
  if (c.sent !== c.lastSent) return undefined;
  const here = day === undefined ? dayNum(v.y, month, 1) : dayNum(v.y, month, day);
  const from = v.gran === 'month' ? dayNum(v.y, v.m!, 1) : dayNum(v.y, v.m!, v.d!);
  return here >= from ? v.y : undefined;
}

/** The year (of y - 1, y, y + 1) that puts a month (and day) nearest to a reference day. */
function nearestYear(y: number, ref: number, month: number, day?: number): number {
  let best = y;
  let bestD = Infinity;
  for (const cy of [y - 1, y, y + 1]) {
    const dd = Math.abs(dayNum(cy, month, day ?? 15) - ref);
    if (dd < bestD) { bestD = dd; best = cy; }
  }
  return best;
}

/** The day a named weekday refers to in context (the time of writing or a narrative's day, the clause's tense). */
function weekdayDay(wd: number, rel: string, c: Context): number {
  const anaphoric = (rel === 'previous' || rel === 'following') && c.lastDay !== undefined;
  const said = REPORTED.test(c.text.slice(Math.max(0, c.at - 40), c.at));
  const ref = anaphoric || (c.narrative && !said && c.at - c.lastEnd < NARRATIVE_REACH) ? lastDayOr(c) : c.anchor;
  let tense = c.narrative && c.tense === 'none' ? 'future' : c.tense;
  // "until Friday", "by Tuesday" outside a past clause: a deadline ahead; in a past clause the nearest
  // ("extended the talks until 8 a.m. Monday", "stayed until Tuesday")
  if (UNTIL.test(c.text.slice(Math.max(0, c.at - 10), c.at))) tense = tense === 'past' ? 'present' : 'prospective';
  else if (SINCE.test(c.text.slice(Math.max(0, c.at - 8), c.at))) tense = 'past';
  // "Wednesday's ruling": news names an event by its weekday once it has happened (17 of 17 in TBAQ)
  // (not "ahead of Tuesday's vote"); "Friday's planned protests" look ahead whatever the verb
  else if (!c.narrative && !AHEAD_OF.test(c.text.slice(Math.max(0, c.at - 16), c.at))) {
    const after = c.text.slice(c.end, c.end + 24);
    if (POSSESSIVE_PLAN.test(after)) tense = 'prospective';
    // ... but as the subject of a future verb it is ahead ("Saturday's summit will be a good thing"), unlike
    // an object ("will appeal Wednesday's ruling")
    else if (POSSESSIVE.test(after) && !(tense === 'future' && OPENS_SENTENCE.test(c.text.slice(Math.max(0, c.at - 8), c.at)))) tense = 'none';
  }
  // news written on a Tuesday that says "will speak Tuesday" means later that day, not a week on
  if (!rel && !c.narrative && ref === c.anchor && (tense === 'future' || tense === 'modal') && wd === weekday(ref)) return ref;
  return resolveWeekday(wd, ref, tense, rel === 'early' || rel === 'late' ? undefined : rel);
}

/** The day a weekday name refers to, seen from `ref` with the clause's tense. */
export function resolveWeekday(wd: number, ref: number, tense: Tense, rel?: string): number {
  const diff = wd - weekday(ref); // -6..6
  const back = diff <= 0 ? diff : diff - 7; // latest on or before ref
  const fwd = diff > 0 ? diff : diff + 7; // earliest strictly after ref
  if (rel !== undefined && BACK.has(rel)) return ref + (back === 0 ? -7 : back);
  if (rel !== undefined && FORWARD.has(rel)) return ref + fwd;
  // "this Monday" in a past clause is the one just gone ("rose to a record high this Monday"), else the one ahead
  if (rel === 'this') return ref + (tense === 'past' ? back : diff >= 0 ? diff : fwd);
  if (tense === 'future' || tense === 'modal') return ref + fwd; // same day would be "today"
  // "would", "could": the nearest, ties to the past (as the present)
  if (tense === 'conditional') return ref + (-back <= fwd ? back : fwd);
  if (tense === 'prospective') return ref + (diff >= 0 ? diff : fwd);
  // past, or no verb at all (news reports what happened): the latest on or before ref
  if (tense === 'past' || tense === 'none') return ref + back;
  // present: the nearest, ties to the past
  return ref + (-back <= fwd ? back : fwd);
}

function withPart(day: number, dp: string | undefined): Norm {
  const code = dp ? dayparts.get(low(dp).replace(/s$/, '')) : undefined;
  return code ? { type: 'TIME', value: `${fmtDay(day)}T${code}` } : { type: 'DATE', value: fmtDay(day) };
}

function year2(yy: string): number {
  const n = Number(yy);
  return yy.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

/** Quarter from "third", "3rd", "Q3". */
function quarterNo(s: string | undefined): number | undefined {
  if (!s) return undefined;
  return readOrdinal(s);
}

function unitCode(u: string): string {
  const k = low(u);
  return units.get(k) ?? units.get(k.replace(/s$/, '')) ?? 'X';
}

/** P3Y, PT2H, P20Y for two decades, P6M for half a year. */
function duration(n: number | 'X', code: string): string {
  if (typeof n === 'number' && n > 1 && n % 1 === 0.5) {
    // a whole number and a half, written in the next smaller unit: P2Y6M, P1DT12H, PT5H30M, PT1M30S
    const i = n - 0.5;
    if (code === 'Y') return `P${i}Y6M`;
    if (code === 'D') return `P${i}DT12H`;
    if (code === 'TH') return `PT${i}H30M`;
    if (code === 'TM') return `PT${i}M30S`;
    if (code === 'DE') return `P${10 * i + 5}Y`;
    if (code === 'CE') return `P${100 * i + 50}Y`;
  }
  if (code === 'TH' || code === 'TM' || code === 'TS') {
    if (n === 0.5 && code === 'TH') return 'PT30M';
    return `PT${n}${code[1]}`;
  }
  if (code === '2W') return n === 'X' ? 'PXW' : `P${2 * n}W`;
  if (code === 'WE') return n === 'X' ? 'PXWE' : `P${n}WE`;
  if (n === 0.5) {
    if (code === 'Y') return 'P6M';
    if (code === 'M') return 'P2W';
    if (code === 'D') return 'PT12H';
    if (code === 'DE') return 'P5Y';
    if (code === 'CE') return 'P50Y';
  }
  if (code === 'DE') return n === 'X' ? 'PXDE' : `P${10 * n}Y`;
  if (code === 'CE') return n === 'X' ? 'PXCE' : `P${100 * n}Y`;
  if (code === 'ML') return n === 'X' ? 'PXML' : `P${1000 * n}Y`;
  return `P${n}${code}`;
}

/** A day shifted by n units, written at that unit's granularity ("two days ago" -> a day, "a year ago" -> a year). */
function shiftDay(day: number, n: number, code: string): string {
  const { y, m, d } = fromDayNum(day);
  switch (code) {
    case 'D': return fmtDay(day + n);
    case 'W': return fmtWeek(day + 7 * n);
    case '2W': return fmtWeek(day + 14 * n);
    case 'WE': return fmtWeek(day + 7 * n) + '-WE';
    case 'M': return fmtMonth(y, m + n);
    case 'Q': return fmtAt(dayNum(y, m + 3 * n, Math.min(d, 28)), 'Q');
    case 'Y': return pad(y + n, 4);
    case 'DE': return String(Math.floor(y / 10) + n);
    case 'CE': return String(Math.floor(y / 100) + n);
    case 'TH': return fmtDay(day) + `T${pad(12)}`;
    default: return fmtDay(day + n);
  }
}

const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** Western Easter Sunday of a year (anonymous Gregorian computus), as a day number. */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNum(y, month, day);
}

/** A holiday's day in a year, from its lexicon spec: MM-DD, MM-DD+W (first weekday W on or after), E+N (Easter). */
export function holidayDay(spec: string, y: number): number {
  const e = /^E([+-]\d+)$/.exec(spec);
  if (e) return easter(y) + Number(e[1]);
  const m = /^(\d\d)-(\d\d)(?:\+(\d))?$/.exec(spec);
  if (!m) throw new Error(`lexicon/time/holidays.tsv: bad date ${spec}`);
  const day = dayNum(y, Number(m[1]), Number(m[2]));
  return m[3] ? day + ((Number(m[3]) - weekday(day) + 7) % 7) : day;
}

/** A day inside the n-th week of a month (the last: three days before a 30- or 31-day month's end). */
const WEEK_OF_MONTH_DAY: Record<string, number> = { first: 4, second: 11, third: 18, fourth: 25, last: 27, final: 27 };

export function normalize(mt: Match, c: Context): Norm | undefined {
  const g: G = mt.g;
  // "'89" (group `ya`): in a history, the year nearest its story ("the Club of '89" after dates of 1789); in news, the
  // latest year at most ten years after the time of writing ("since '06" in 2008, "in '29" a year long gone)
  if (g.ya !== undefined) {
    const story = c.narrative && c.last ? c.last.y : undefined;
    const ref = story ?? fromDayNum(c.anchor).y;
    const base = Math.floor(ref / 100) * 100 + Number(g.ya);
    const cands = [base - 100, base, base + 100];
    g.y = String(story !== undefined ? cands.reduce((a, b) => (Math.abs(b - ref) < Math.abs(a - ref) ? b : a)) : cands.filter((y) => y <= ref + 10).pop()!);
  }
  switch (mt.kind) {
    case 'date': {
      const mon = readMonth(g.mon!);
      // "the first week of May", "the last week of August": the ISO week holding that part of the month
      const d = g.wkord ? WEEK_OF_MONTH_DAY[low(g.wkord)]! - (mon === 2 && /^(?:last|final)$/i.test(g.wkord) ? 2 : 0) : Number(g.d);
      if (!mon || !(d >= 1 && d <= 31)) return undefined;
      let y = g.y ? Number(g.y) : g.yrel ? yearRel(g.yrel, c)! : inferYear(c, mon, d);
      const rel = low(g.rel);
      if (!g.y && rel) {
        // "last Oct. 23": the latest one before the reference day; "next March 5": the first one after
        const ref = refDay(c);
        y = fromDayNum(ref).y;
        if ((rel === 'last' || rel === 'past') && dayNum(y, mon, d) >= ref) y--;
        if ((rel === 'next' || rel === 'coming') && dayNum(y, mon, d) <= ref) y++;
      }
      // "Monday, 18 October" written without its year: the weekday says which year, when the one guessed is off
      // by one ("hit $300 for the first time on Monday, 18 October", read in the past, lies in a year ahead)
      const wd = g.wd && !g.y && !g.yrel ? readWeekday(g.wd) : undefined;
      if (wd !== undefined && weekday(dayNum(y, mon, d)) !== wd) {
        if (weekday(dayNum(y + 1, mon, d)) === wd) y++;
        else if (weekday(dayNum(y - 1, mon, d)) === wd) y--;
      }
      if (g.dp) return withPart(dayNum(y, mon, d), g.dp);
      // "the weekend of June 6": the weekend of that day's ISO week
      if (g.wkof && /end$/i.test(g.wkof)) return { type: 'DATE', value: fmtWeek(dayNum(y, mon, d)) + '-WE' };
      if (g.wkof || g.wkord) return { type: 'DATE', value: fmtWeek(dayNum(y, mon, d)) };
      return { type: 'DATE', value: `${pad(y, 4)}-${pad(mon)}-${pad(d)}` };
    }
    case 'numeric': {
      const y = year2(g.yy!);
      return { type: 'DATE', value: `${pad(y, 4)}-${pad(Number(g.mm))}-${pad(Number(g.dd))}` };
    }
    case 'iso': {
      const v = `${g.y}-${g.mm}-${g.dd}`;
      return g.hh ? { type: 'TIME', value: `${v}T${g.hh}:${g.mi}${g.ss ? ':' + g.ss : ''}` } : { type: 'DATE', value: v };
    }
    case 'month': {
      const mon = readMonth(g.mon!);
      if (!mon) return undefined;
      if (g.y) return { type: 'DATE', value: fmtMonth(Number(g.y), mon) };
      if (g.ybc) return { type: 'DATE', value: fmtMonth(-Number(g.ybc), mon) };
      if (g.yw) {
        const y = readYearWords(g.yw);
        return y ? { type: 'DATE', value: fmtMonth(y, mon) } : undefined;
      }
      if (g.yrel) return { type: 'DATE', value: fmtMonth(yearRel(g.yrel, c)!, mon) };
      const rel = low(g.rel);
      const ref = refDay(c);
      const { y, m } = fromDayNum(ref);
      // "last February" said in March is a year back: the month just ended would be "last month"
      if (rel === 'last' || rel === 'past' || rel === 'previous') return { type: 'DATE', value: fmtMonth(mon < m - 1 ? y : y - 1, mon) };
      if (rel === 'next' || rel === 'coming') return { type: 'DATE', value: fmtMonth(mon > m ? y : y + 1, mon) };
      if (rel === 'this') return { type: 'DATE', value: fmtMonth(y, mon) };
      if (rel === 'that' && c.last) return { type: 'DATE', value: fmtMonth(c.last.gran === 'decade' || c.last.gran === 'century' ? y : c.last.y, mon) };
      return { type: 'DATE', value: fmtMonth(inferYear(c, mon), mon) };
    }
    case 'year': {
      if (g.bc) return { type: 'DATE', value: `BC${pad(Number(g.bc), 4)}` };
      if (g.yy2) {
        // "1915-17": the second year in the first one's century, after it
        const y0 = Number(g.y0);
        let y2 = Math.floor(y0 / 100) * 100 + Number(g.yy2);
        if (y2 <= y0) y2 += 100;
        return { type: 'DATE', value: pad(y2, 4) };
      }
      const y = g.y ? Number(g.y) : g.yw ? readYearWords(g.yw) : year2(g.yy!);
      return y ? { type: 'DATE', value: pad(y, 4) } : undefined;
    }
    case 'decade': {
      if (g.dec) return { type: 'DATE', value: g.dec.slice(0, 3) };
      const ref = fromDayNum(c.anchor).y;
      let two: number;
      if (g.dec2) two = Number(g.dec2);
      else two = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(low(g.decw)) * 10 + 20;
      const century = two <= ref % 100 ? Math.floor(ref / 100) : Math.floor(ref / 100) - 1;
      return { type: 'DATE', value: String(century * 10 + two / 10) };
    }
    case 'century': {
      const n = readOrdinal(g.ord!);
      if (!n || n < 1) return undefined;
      // "the 4th century BC" -> BC03 (the 300s BC), as a BC year is written BC0300
      return { type: 'DATE', value: (g.cbc ? 'BC' : '') + pad(n - 1, 2) };
    }
    case 'quarter': return quarter(g, c);
    case 'fiscalyear': {
      // "the year ended March 31", "the fiscal year": a year-long period; "for the year", "by year-end": this year
      // ... and so is "the year to March" (British reports)
      const rest = c.text.slice(c.end, c.end + 32);
      if ((g.fiscal !== undefined && !g.full) || YEAR_UP_TO.test(rest)) return { type: 'DURATION', value: 'P1Y' };
      // "opened its first stores in May 2001. By the end of the year, it had 27": in a past clause right after a
      // month or day of an earlier year, "the year" is that one (not after a year named in passing: "the Act of 1933")
      if (!c.narrative && c.tense === 'past' && storyJustTold(c) && c.last!.y < fromDayNum(c.anchor).y && (c.last!.gran === 'month' || c.last!.gran === 'day'))
        return { type: 'DATE', value: pad(c.last!.y, 4) };
      return { type: 'DATE', value: pad(fromDayNum(refDay(c)).y, 4) };
    }
    case 'half': {
      const h = /^(?:second|last|latter)$/i.test(g.ord!) ? 2 : 1;
      const y = g.y ? Number(g.y) : yearRel(g.yrel, c) ?? fromDayNum(refDay(c)).y;
      return { type: 'DATE', value: `${pad(y, 4)}-H${h}` };
    }
    case 'season': {
      const code = seasons.get(low(g.season))!;
      if (g.y) return { type: 'DATE', value: `${g.y}-${code}` };
      if (g.ybc) return { type: 'DATE', value: `${pad(-Number(g.ybc), 4)}-${code}` };
      if (g.yw && readYearWords(g.yw)) return { type: 'DATE', value: `${readYearWords(g.yw)}-${code}` };
      if (g.yrel) return { type: 'DATE', value: `${pad(yearRel(g.yrel, c)!, 4)}-${code}` };
      const ref = refDay(c);
      const { y, m } = fromDayNum(ref);
      const sm = SEASON_MONTH[code]!;
      const rel = low(g.rel);
      let yy = y;
      // "the spring and summer of 1979", "spring/summer 2008": the far end gives the year
      const ry = rel === 'the' || !rel ? rangeYear(c) : undefined;
      if (ry !== undefined) return { type: 'DATE', value: `${pad(ry, 4)}-${code}` };
      if (rel === 'last' || rel === 'past') yy = sm + 1 < m ? y : y - 1;
      else if (rel === 'next' || rel === 'coming') yy = sm > m + 1 ? y : y + 1;
      else if (rel !== 'this' && c.narrative && c.last) yy = c.last.gran === 'decade' || c.last.gran === 'century' ? y : c.last.y;
      // news, a bare season: what a past verb dates has begun ("released the update in the spring", written in
      // January, is last spring), what "will" happen has not ended ("will ship in the summer", said in October)
      else if (rel !== 'this' && !c.narrative && c.direct && dayNum(y, sm - 1, 1) > ref) yy = y - 1;
      else if (rel !== 'this' && !c.narrative && c.tense === 'future' && code !== 'WI' && dayNum(y, sm + 2, 1) < ref) yy = y + 1;
      return { type: 'DATE', value: `${pad(yy, 4)}-${code}` };
    }
    case 'holiday': {
      const n = holidayNorm(g, c);
      // "Easter week", "Christmas week": the ISO week of that day
      return g.wk ? { type: 'DATE', value: fmtWeek(parseDay(n.value)!) } : n;
    }
    case 'weekday': {
      const wd = readWeekday(g.wd!);
      if (!wd) return undefined;
      if (g.wkrel) {
        // "Monday next week": that weekday in the week after (before, this) the week of writing
        const r = low(g.wkrel);
        const monday = c.anchor - weekday(c.anchor) + 1 + (r === 'next' ? 7 : r === 'last' ? -7 : 0);
        return withPart(monday + wd - 1, g.dp);
      }
      const rel = low(g.rel);
      // "the previous Friday", "the following Monday" count from the day last mentioned, not from today
      // in a narrative, from the day just mentioned; a weekday far from any date ("an official said Wednesday")
      // is the reporter's, counted from the time of writing
      return withPart(weekdayDay(wd, rel, c), g.dp);
    }
    case 'relday': {
      // "today", "yesterday" are the writer's words even in a history (quoted speech, a closing remark)
      const ref = c.anchor;
      if (g.relday) {
        const row = reldays.get(low(g.relday));
        if (!row) return undefined;
        const day = ref + Number(row[0]);
        if (!g.dp && row[1]) return { type: 'TIME', value: `${fmtDay(day)}T${row[1]}` };
        return withPart(day, g.dp);
      }
      const rel = low(g.rel);
      const dp = low(g.dp);
      const day = rel.startsWith('last') || rel === 'late last' ? ref - (dp === 'night' || dp === 'evening' ? 1 : 0) : rel.includes('tomorrow') ? ref + 1 : ref;
      return withPart(day, g.dp);
    }
    case 'relunit': return relunit(g, c);
    case 'ordday': {
      if (c.narrative) return undefined;
      // "on 3 May 1921, the fourth day of the siege": the date it stands in apposition to
      if (c.last?.gran === 'day' && c.lastDay !== undefined && /^\s*,\s*$/.test(c.text.slice(c.lastEnd, c.at))) return { type: 'DATE', value: fmtDay(c.lastDay) };
      // "It's the second day of the offensive", "today is the eighth day": the day of writing
      if (/\b(?:it|today)\s*(?:is|['’]s)\s+$/i.test(c.text.slice(Math.max(0, c.at - 12), c.at))) return { type: 'DATE', value: fmtDay(c.anchor) };
      // elsewhere the day is the event's, which the text seldom gives: left untagged rather than XXXX-XX-XX
      return undefined;
    }
    case 'dom': {
      const d = Number(g.dom);
      if (g.mrel) {
        // "the 2nd of this month", "the 30th of last month"; "of that month", "of the following month": the last month told
        const r = low(g.mrel).replace(/\s+/g, ' ');
        const told = c.last && (c.last.gran === 'day' || c.last.gran === 'month') ? c.last : undefined;
        const base = r === 'this' || r === 'last' || r === 'next' || !told ? fromDayNum(refDay(c)) : told;
        const step = r === 'last' || r === 'the previous' ? -1 : r === 'next' || r === 'the following' ? 1 : 0;
        const mi = base.y * 12 + (base.m! - 1) + step;
        if (!(d >= 1 && d <= 31)) return undefined;
        return { type: 'DATE', value: `${pad(Math.floor(mi / 12), 4)}-${pad((mi % 12) + 1)}-${pad(d)}` };
      }
      // "from the 4th to the 11th of March 1962": the far end names the month
      const far = DOM_RANGE_END.exec(c.text.slice(c.end, c.end + 48));
      if (far) {
        const mon = readMonth(far[1]!)!;
        const y = far[2] ? Number(far[2]) : inferYear(c, mon, d);
        return { type: 'DATE', value: `${y}-${pad(mon)}-${pad(d)}` };
      }
      // "On the 5th": a day of the month last told (within reach), else of the month of writing
      let near = c.last && (c.last.gran === 'day' || c.last.gran === 'month') && c.at - c.lastEnd < DOM_REACH ? c.last : undefined;
      // "will begin selling it on the 17th": a day ahead is not in a month already gone
      const ahead = c.tense === 'future' || c.tense === 'prospective';
      if (near && ahead && !c.narrative && dayNum(near.y, near.m!, 28) < c.anchor) near = undefined;
      const at = fromDayNum(c.anchor);
      const y = near ? near.y : at.y;
      const m = near ? near.m! : at.m;
      if (!(d >= 1 && d <= 31)) return undefined;
      return { type: 'DATE', value: `${y}-${pad(m)}-${pad(d)}` };
    }
    case 'offset': {
      const n = readNumber(g.n!);
      const code = unitCode(g.unit!);
      const rel = low(g.rel);
      if (n === undefined) return undefined;
      const sign = BACK.has(rel) ? -1 : 1;
      // news: "an hour later", "a few days later", and "two days later" with no day told before it, measure a gap
      // from an event (TimeML: a duration, "later" its signal) rather than name a day; after a day mentioned, a
      // count of days still steps from it, as a history's do; "a year earlier" names a period
      const subDay = code === 'TH' || code === 'TM' || code === 'TS';
      // "four months later than planned", "a week earlier than expected": a comparison, the amount a duration
      const than = (rel === 'later' || rel === 'earlier') && /^\s+than\b/i.test(c.text.slice(c.end, c.end + 8));
      if ((rel === 'later' || rel === 'earlier') && (than || (!c.narrative && (subDay || (code === 'D' && (n === 'X' || c.lastDay === undefined)))))) {
        const kept = /\s+\S+$/.exec(c.text.slice(c.at, c.end));
        const half = (g.frac ?? g.frac2) !== undefined && n !== 'X' ? 0.5 : 0;
        return { type: 'DURATION', value: duration(n === 'X' ? n : n + half, code), end: kept ? c.at + kept.index : c.end };
      }
      // "a few years ago", and prehistory ("125,000 years ago"), which no calendar value writes
      if (n === 'X' || (code === 'Y' && n > 5000) || (code === 'CE' && n > 50) || code === 'ML') return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      // "a year earlier" after "the third quarter": the same quarter a year before; "six years ago" is a year
      if (((code === 'Y' && n === 1) || code === 'Q') && c.refQ && Number.isInteger(n)) {
        return { type: 'DATE', value: shiftValue(c.refQ, sign * n, code) };
      }
      const anaphoric = ANAPHORIC.has(rel) || c.narrative;
      // news: "a day earlier" after "this summer" or "2008" steps from the last day told (else the time of
      // writing), not from the first day of the season or year
      const coarse = !c.narrative && (code === 'D' || code === 'W') && c.last !== undefined && c.last.gran !== 'day' && c.last.gran !== 'month' && c.last.gran !== 'week';
      const base = !anaphoric ? c.anchor : coarse ? c.lastDay ?? c.anchor : lastDayOr(c);
      if (code === 'TH' || code === 'TM' || code === 'TS') return { type: 'TIME', value: fmtDay(base) };
      // "a week and a half ago": the half counts in days; a larger unit keeps its whole count
      const days = (g.frac ?? g.frac2) !== undefined ? 0.5 : 0;
      if (code === 'D') return { type: 'DATE', value: fmtDay(base + sign * Math.round(n + days)) };
      if (code === 'W') return { type: 'DATE', value: fmtWeek(base + sign * Math.round((n + days) * 7)) };
      return { type: 'DATE', value: shiftDay(base, sign * n, code) };
    }
    case 'anaphor': {
      const rel = low(g.rel);
      const unit = low(g.unit);
      const base = lastDayOr(c);
      const k = BACK.has(rel) || rel === 'before' || rel === 'earlier' ? -1 : FORWARD.has(rel) || rel === 'after' || rel === 'later' ? 1 : 0;
      const dayLevel = unit === 'day' || unit === 'morning' || unit === 'afternoon' || unit === 'evening' || unit === 'night';
      // "that night" after "in 2004": some day of that year, not January 1
      const vague = dayLevel ? unknownDay(c) : undefined;
      if (vague) return unit === 'day' ? { type: 'DATE', value: vague } : { type: 'TIME', value: `${vague}T${dayparts.get(unit)}` };
      if (unit === 'morning' || unit === 'afternoon' || unit === 'evening' || unit === 'night') return withPart(base + k, unit);
      return { type: 'DATE', value: shiftDay(base, k, unitCode(unit)) };
    }
    case 'duration': {
      // "the first year" of an event: news only (patterns/durations.tsv)
      if (g.evt !== undefined && c.narrative) return undefined;
      if (g.unitpl) return { type: 'DURATION', value: duration('X', unitCode(g.unitpl)) };
      const n = g.n === undefined ? 1 : readNumber(g.n);
      if (n === undefined) return undefined;
      // "2 1/2 years", "two and a half years", "a minute and a half"
      const half = (g.frac ?? g.frac2) !== undefined && n !== 'X' ? 0.5 : 0;
      return { type: 'DURATION', value: duration(n === 'X' ? n : n + half, unitCode(g.unit!)) };
    }
    case 'time': {
      const hh = low(g.hh);
      let on: RegExpExecArray | null;
      let day = refDay(c);
      if (g.mon && g.d) {
        const mon = readMonth(g.mon)!;
        const y = g.y ? Number(g.y) : g.yy ? year2(g.yy) : inferYear(c, mon, Number(g.d));
        day = dayNum(y, mon, Number(g.d));
      } else if (c.lastDay !== undefined && c.last?.gran === 'day' && c.at - c.lastEnd <= 12 && /^[\s,]*(?:at\s*)?$/.test(c.text.slice(c.lastEnd, c.at))) {
        // a clock time right after a date is on that date: "February 1, 2011 at 9:47 am"
        day = c.lastDay;
      } else if (!g.wd && !g.relday && c.lastDay !== undefined && c.last?.gran === 'day' && c.at - c.lastEnd <= 80 && !/[.!?\n;]/.test(c.text.slice(c.lastEnd, c.at))) {
        // a clock time later in the clause of a day: "open on Friday at 6 p.m. and stay open until midnight"
        day = c.lastDay;
      } else if (g.wd) day = weekdayDay(readWeekday(g.wd)!, '', c);
      else if (!g.relday && (on = GLOSS_DAY.exec(c.text.slice(c.end, c.end + 40)))) {
        // "at 5 in the morning (5 a.m. PST Saturday)": the bracketed restatement names the day
        day = weekdayDay(readWeekday(on[1]!)!, '', { ...c, at: c.end + on.index + on[0].lastIndexOf(on[1]!), end: c.end + on.index + on[0].lastIndexOf(on[1]!) + on[1]!.length });
      } else if (!g.relday && !g.ampart && (on = ON_DAY.exec(c.text.slice(c.end, c.end + 40)))) {
        // "6:12 AM Cairo time on May 14, 2009": TimeML tags the day apart, but the clock time is on it
        if (on[1]) day = weekdayDay(readWeekday(on[1])!, '', { ...c, at: c.end + on[0].length - on[1].length, end: c.end + on[0].length });
        else {
          // month-day ("on May 14, 2009") or day-month order ("on 17 Jun 2009")
          const mon = readMonth(on[2] ?? on[6]!)!;
          const d = Number(on[3] ?? on[5]);
          const y = on[4] ?? on[7];
          day = dayNum(y ? Number(y) : inferYear(c, mon, d), mon, d);
        }
      }
      else if (!g.wd && !g.relday && !g.ampart && c.lastDay !== undefined && c.lastDay > c.anchor && c.last?.gran === 'day'
        && c.tense !== 'past' && c.tense !== 'none' && !OPEN_BRACKET.test(c.text.slice(Math.max(0, c.at - 40), c.at)) && nextSentence(c)) {
        // in the sentence after a day ahead, a clause of its own about it: "an event to be held next Tuesday. The
        // event, which begins at 10 a.m. PDT" (not a day gone, not a past clause, not a bracketed wire update)
        day = c.lastDay;
      }
      else if (g.relday) day += Number(reldays.get(low(g.relday))?.[0] ?? 0);
      if (hh === 'noon' || hh === 'midday') return { type: 'TIME', value: `${fmtDay(day)}T12:00` };
      if (hh === 'midnight') return { type: 'TIME', value: `${fmtDay(day)}T24` };
      let h = /^\d/.test(hh) ? Number(hh) : Number(readNumber(hh));
      if (!(h >= 0 && h <= 24)) return undefined;
      // "4 in the morning", "8 in the evening"
      const ap = g.ampart ? (low(g.ampart) === 'morning' ? 'am' : 'pm') : low(g.ap).replace(/[.\s]/g, '');
      if (ap === 'pm' && h < 12) h += 12;
      if (ap === 'am' && h === 12) h = 0;
      return { type: 'TIME', value: `${fmtDay(day)}T${pad(h)}:${g.mi ?? '00'}` };
    }
    case 'set': {
      if (g.mon) return { type: 'SET', value: `XXXX-${pad(readMonth(g.mon)!)}` };
      if (g.wd || g.wdpl) {
        const wd = readWeekday(g.wd ?? g.wdpl!.replace(/s$/i, ''))!;
        const dp = g.dp ? dayparts.get(low(g.dp).replace(/s$/, '')) : undefined;
        return { type: 'SET', value: `XXXX-WXX-${wd}${dp ? 'T' + dp : ''}` };
      }
      if (g.dp) return { type: 'SET', value: `XXXX-XX-XXT${dayparts.get(low(g.dp))}` };
      if (g.adv) {
        const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D', biweekly: 'P2W' };
        return { type: 'SET', value: v[low(g.adv)] ?? 'P1D' };
      }
      const n = g.n ? readNumber(g.n) : 1;
      if (n === undefined) return undefined;
      // "every day", "daily" are P1D, as in TempEval-3's AQUAINT (10 of 11 in TBAQ)
      return { type: 'SET', value: duration(n, unitCode(g.unit!)) };
    }
    case 'ref': {
      // "Islam will one day be ...": some day ahead
      if (g.fut) return { type: 'DATE', value: 'FUTURE_REF' };
      const row = references.get(low(g.ref));
      if (!row) return undefined;
      return { type: row[0] as TimexType, value: row[1]! };
    }
    default:
      return undefined;
  }
}

/** A holiday's date: its year written out, "last"/"next" one, else the year a date on that day would get. */
function holidayNorm(g: G, c: Context): Norm {
  const spec = holidays.get(low(g.hol))!;
  if (g.y) return { type: 'DATE', value: fmtDay(holidayDay(spec, Number(g.y))) };
  const rel = low(g.rel);
  const ref = refDay(c);
  const ry = fromDayNum(ref).y;
  // "last Thanksgiving": the latest one before the reference day; "next Easter": the first one after
  if (rel === 'last' || rel === 'past') {
    const d = holidayDay(spec, ry);
    return { type: 'DATE', value: fmtDay(d < ref ? d : holidayDay(spec, ry - 1)) };
  }
  if (rel === 'next' || rel === 'coming') {
    const d = holidayDay(spec, ry);
    return { type: 'DATE', value: fmtDay(d > ref ? d : holidayDay(spec, ry + 1)) };
  }
  // otherwise the year a date on that day would get (tense, narrative), read off this year's occurrence
  const { m, d } = fromDayNum(holidayDay(spec, ry));
  return { type: 'DATE', value: fmtDay(holidayDay(spec, inferYear(c, m, d))) };
}

function yearRel(rel: string | undefined, c: Context): number | undefined {
  if (!rel) return undefined;
  const r = low(rel);
  // "that year", "the following year": the year of the last date mentioned
  if (r === 'that' || r.startsWith('the ')) {
    const base = c.last && c.last.gran !== 'decade' && c.last.gran !== 'century' ? c.last.y : fromDayNum(refDay(c)).y;
    return r === 'the following' || r === 'the next' ? base + 1 : r === 'the previous' ? base - 1 : base;
  }
  const y = fromDayNum(refDay(c)).y;
  return r === 'last' ? y - 1 : r === 'next' ? y + 1 : y;
}

/** Words of an earnings report near a quarter: a quarter just ended that is reported on, not one ahead. */
const REPORT_NEAR = /\b(?:report\w*|results?|earnings|profits?|loss(?:es)?|revenues?|sales|net|income|estimates?|forecasts?)\b/i;

/** How far (characters) a reporting quarter named carries to a numbered quarter in its paragraph. */
const REPORT_REACH = 400;
function inReport(c: Context): boolean {
  return c.refQEnd !== undefined && c.at - c.refQEnd <= REPORT_REACH && c.at > c.refQEnd && !/\n\s*\n/.test(c.text.slice(c.refQEnd, c.at));
}

function quarter(g: G, c: Context): Norm {
  if (g.qend && !(c.refQ && c.refQ.gran === 'quarter')) g = { ...g, qmon: g.qend };
  if (g.qmon || g.qhol) {
    // the calendar quarter holding that month, in the year the month alone would get (the holiday quarter: December's)
    const mon = g.qmon ? readMonth(g.qmon)! : 12;
    const qm = Math.floor((mon - 1) / 3) + 1;
    // "will report results for the December quarter next week", said in January: the quarter just ended
    const at = fromDayNum(refDay(c));
    const cur = Math.floor((at.m - 1) / 3) + 1;
    if (!c.narrative && qm === (cur === 1 ? 4 : cur - 1) && REPORT_NEAR.test(c.text.slice(Math.max(0, c.at - 80), c.end + 30)))
      return { type: 'DATE', value: `${pad(cur === 1 ? at.y - 1 : at.y, 4)}-Q${qm}` };
    return { type: 'DATE', value: `${pad(inferYear(c, mon), 4)}-Q${qm}` };
  }
  const q = quarterNo(g.ord) ?? (g.qn ? Number(g.qn) : undefined);
  const rel = low(g.rel);
  const ref = refDay(c);
  const { y, m } = fromDayNum(ref);
  const cur = Math.floor((m - 1) / 3) + 1;
  const lastQ = c.refQ && c.refQ.gran === 'quarter' ? c.refQ : undefined;
  let yy: number;
  if (g.yrel2) {
    if (lastQ) return { type: 'DATE', value: shiftValue(lastQ, -1, 'Y') };
    // a bare "year-earlier" with no quarter in view compares with last year
    return { type: 'DATE', value: g.alone !== undefined ? pad(y - 1, 4) : shiftValue({ gran: 'quarter', y, q: cur }, -5) };
  }
  if (rel === 'latest' && q === undefined) return { type: 'DATE', value: shiftValue({ gran: 'quarter', y, q: cur }, -1) };
  if (g.per !== undefined && !lastQ) return { type: 'DATE', value: pad(Number(g.y), 4) };
  if (g.y || g.y2) yy = Number(g.y ?? g.y2);
  else if (g.yy) yy = year2(g.yy);
  else if (g.yref || g.yrel) yy = yearRel(g.yref ?? g.yrel, c)!;
  else if (rel === 'year-earlier' || rel === 'year-ago' || rel === 'comparable' || rel === 'corresponding') yy = (lastQ?.y ?? y) - 1;
  else if (q !== undefined) {
    // "the third quarter": the latest such quarter (reported results); a future clause may look one year on
    // ("will go on sale in the fourth quarter" said in January is this year's; "will report fourth-quarter results"
    // said in January is about the quarter just ended)
    const prev = cur === 1 ? 4 : cur - 1;
    const reported = q === prev && REPORT_NEAR.test(c.text.slice(Math.max(0, c.at - 80), c.end + 30));
    const ahead = c.tense === 'future' || c.tense === 'prospective' || c.tense === 'modal' || c.tense === 'conditional';
    // in a report on a named quarter, a numbered quarter counts in that (fiscal) year: "its fiscal 2008 first
    // quarter ... expects revenue of $6.9 billion for the second quarter" is 2008-Q2, not the calendar's last one
    // (a later number, in the same paragraph: a roundup of companies moves on to other fiscal years)
    // (a quarter named as a goal ahead, "by the end of the first quarter" said in November, is no report's year)
    if (lastQ && !c.narrative && q > lastQ.q! && inReport(c) && lastQ.y * 4 + lastQ.q! <= y * 4 + cur) yy = lastQ.y;
    else if (ahead && !reported) yy = q >= cur ? y : y + 1;
    else yy = q <= cur ? y : y - 1;
  } else {
    // "the quarter", "the latest quarter": the one just discussed, else the last completed one
    if (rel === 'next' || rel === 'coming') return { type: 'DATE', value: shiftValue({ gran: 'quarter', y, q: cur }, 1) };
    // "the current quarter" is the calendar's; "this quarter" in a report is the one being reported, if named
    if (rel === 'this' && lastQ) return { type: 'DATE', value: `${pad(lastQ.y, 4)}-Q${lastQ.q}` };
    if (rel === 'this' || rel === 'current') return { type: 'DATE', value: `${pad(y, 4)}-Q${cur}` };
    if (rel === 'year-earlier' || rel === 'year-ago') return { type: 'DATE', value: lastQ ? shiftValue(lastQ, -1, 'Y') : shiftValue({ gran: 'quarter', y, q: cur }, -5) };
    if (lastQ && rel !== 'last' && rel !== 'past' && rel !== 'previous') return { type: 'DATE', value: `${pad(lastQ.y, 4)}-Q${lastQ.q}` };
    return { type: 'DATE', value: shiftValue({ gran: 'quarter', y, q: cur }, -1) };
  }
  const qq = q ?? lastQ?.q ?? (cur === 1 ? 4 : cur - 1);
  return { type: 'DATE', value: `${pad(yy, 4)}-Q${qq}` };
}

/** How far (characters) a day told carries to "the next day" after it. */
const NEXT_DAY_REACH = 300;

/** A date written with its year was told just before, within NEXT_DAY_REACH and the same paragraph (no blank line
 * between): "in May 2001", not "a year ago". */
function storyJustTold(c: Context): boolean {
  return c.last !== undefined && c.lastWritten === true && c.lastEnd <= c.at && c.at - c.lastEnd <= NEXT_DAY_REACH && !/\n\s*\n/.test(c.text.slice(c.lastEnd, c.at));
}

function relunit(g: G, c: Context): Norm | undefined {
  const rel = g.rel === undefined ? 'the' : low(g.rel);
  const unit = low(g.unit);
  const k = /^before\s+last$/.test(rel) ? -2 : BACK.has(rel) ? -1 : FORWARD.has(rel) ? 1 : SAME.has(rel) ? 0 : undefined;
  if (k === undefined) return undefined;
  // "released on March 10 and rearrested the next day": after a day told, "the next day" counts from it (not "in
  // the next day or two", "over the next day": a span ahead of now)
  const nextDay = rel === 'the next' && unit === 'day' && c.last?.gran === 'day' && c.lastEnd <= c.at && c.at - c.lastEnd <= NEXT_DAY_REACH
    && !/\b(?:in|within|over|during|for)\s+$/i.test(c.text.slice(Math.max(0, c.at - 8), c.at));
  // "in November 2003. The next year, it opened a store in London": in a past clause, "the next year/month/week" right
  // after a date counts from it ("over the next year", "in the next month" still span ahead of now)
  const nextAfter = rel === 'the next' && (unit === 'year' || unit === 'month' || unit === 'week') && c.tense === 'past' && storyJustTold(c)
    && !/\b(?:in|within|over|during|for)\s+$/i.test(c.text.slice(Math.max(0, c.at - 8), c.at));
  const anaphoric = ANAPHORIC.has(rel) || nextDay || nextAfter;
  if (anaphoric && c.last) {
    // "the following year", "later that year": count from the last date mentioned, whatever its granularity; a day
    // or week counts from the last day told when that date is a season or longer ("on Monday ... in the fall ...
    // released the same week": Monday's week, not the fall's first)
    const coarse = (unit === 'day' || unit === 'week') && !c.narrative && c.last.gran !== 'day' && c.last.gran !== 'week' && c.last.gran !== 'month';
    const base = coarse && c.lastDay !== undefined ? c.lastDay : calStart(c.last);
    const code = unitCode(unit);
    const vague = code === 'D' ? unknownDay(c) : undefined;
    if (vague) return { type: 'DATE', value: vague };
    if (code === 'WE') return { type: 'DATE', value: fmtWeek(base + 7 * k) + '-WE' };
    return { type: 'DATE', value: shiftDay(base, k, code) };
  }
  const ref = refDay(c);
  switch (unit) {
    case 'day': return { type: 'DATE', value: fmtDay(ref + k) };
    case 'week': return { type: 'DATE', value: fmtWeek(ref + 7 * k) };
    case 'weekend': {
      // "this weekend" in a past clause is the weekend just gone
      const back = k === 0 && c.tense === 'past' ? -7 : 0;
      return { type: 'DATE', value: fmtWeek(ref + 7 * k + back) + '-WE' };
    }
    case 'month': {
      const { y, m } = fromDayNum(ref);
      return { type: 'DATE', value: fmtMonth(y, m + k) };
    }
    case 'year': return { type: 'DATE', value: pad(fromDayNum(ref).y + k, 4) };
    // "over the past decade": the ten years up to now, a duration (TBAQ and WikiWars write all theirs so), where "the
    // last decade" names the decade before this one (TimeBank's "the last decade" in 1998 is 198)
    case 'decade': return /past/.test(rel) ? { type: 'DURATION', value: 'P10Y' } : { type: 'DATE', value: String(Math.floor(fromDayNum(ref).y / 10) + k) };
    case 'century': return { type: 'DATE', value: String(Math.floor(fromDayNum(ref).y / 100) + k) };
    default: return undefined;
  }
}

