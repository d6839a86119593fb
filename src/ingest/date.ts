// Publication dates: validation of YYYY-MM-DD, and the loose forms found in meta tags, feeds and paths.
import { InputError } from './errors.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True when y-m-d is a real calendar day (no 2022-02-30). */
function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= days;
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A real calendar date YYYY-MM-DD, or an InputError naming the file. */
export function checkDate(value: unknown, file: string, line?: number): string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) {
    throw new InputError(
      file,
      value === undefined || value === null || value === '' ? 'missing date (expected YYYY-MM-DD)' : `invalid date ${JSON.stringify(value)} (expected YYYY-MM-DD)`,
      line,
      'date',
    );
  }
  if (!realDay(+value.slice(0, 4), +value.slice(5, 7), +value.slice(8, 10))) {
    throw new InputError(file, `invalid date ${JSON.stringify(value)}: no such day`, line, 'date');
  }
  return value;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
// ISO 8601 and its relatives: 2022-01-21, 2022-01-21T10:00:00-05:00, 2022/01/21, 20220121.
const ISO_LIKE = /^\s*(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))(?!\d)/;
// RFC 822 (RSS pubDate) and prose: "Fri, 21 Jan 2022 10:00:00 GMT", "21 January 2022".
const DAY_MONTH_YEAR = new RegExp(`^\\s*(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+(\\d{4})\\b`, 'i');
// US prose: "January 21, 2022", "Fri, Jan 21 2022".
const MONTH_DAY_YEAR = new RegExp(`^\\s*(?:[a-z]+,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b`, 'i');

export type LooseDate = { date: string } | { invalid: string };

/**
 * The calendar day of a date as publishers write it (meta tags, RSS pubDate, Atom published).
 * The day is taken as written, in the publisher's own time zone: "2022-01-21T23:30:00-05:00" is 2022-01-21.
 * Returns undefined when the value is not a date at all, { invalid } when it names no real day.
 */
export function parseLooseDate(value: string): LooseDate | undefined {
  let y: number, m: number, d: number;
  let g = ISO_LIKE.exec(value);
  if (g) {
    y = +g[1]!;
    m = +(g[3] ?? g[5]!);
    d = +(g[4] ?? g[6]!);
  } else if ((g = DAY_MONTH_YEAR.exec(value))) {
    y = +g[3]!;
    m = MONTHS[g[2]!.toLowerCase().slice(0, 3)]!;
    d = +g[1]!;
  } else if ((g = MONTH_DAY_YEAR.exec(value))) {
    y = +g[3]!;
    m = MONTHS[g[1]!.toLowerCase().slice(0, 3)]!;
    d = +g[2]!;
  } else {
    return undefined;
  }
  return realDay(y, m, d) ? { date: ymd(y, m, d) } : { invalid: value.trim() };
}

// A day in a path: ".../InputDocs/2011-01-25/x.txt" or "blinken-geneva-2022-01-21.txt". Digits must not touch
// the match on either side, so "12022-01-219" is not a date.
const PATH_DAY = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/** The last YYYY-MM-DD in a path (the most specific: a file name beats its folder), or undefined. */
export function dateFromPath(path: string): LooseDate | undefined {
  let last: RegExpMatchArray | undefined;
  for (const g of path.matchAll(PATH_DAY)) last = g;
  if (!last) return undefined;
  return realDay(+last[1]!, +last[2]!, +last[3]!) ? { date: last[0] } : { invalid: last[0] };
}
