// Date intervals for fusion: the first and last day a TimeML value covers, and how precise it is.
import { periodStart } from '../util/period.js';

export interface Interval {
  from: string;
  to: string;
  /** Days covered: 1 for a day, 7 for a week, ~30 for a month. */
  days: number;
}

const DAY = 86400000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + n * DAY).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / DAY);
}

/** The interval a TimeML date value names; a missing value means the day given as fallback (the stored `day`). */
export function interval(value: string | null | undefined, fallbackDay: string): Interval {
  const start = periodStart(value ?? undefined);
  if (!value || !start) return { from: fallbackDay, to: fallbackDay, days: 1 };
  let to = start;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) to = start;
  else if (/^\d{4}-W\d{2}/.test(value)) to = addDays(start, 6);
  else if (/^\d{4}-Q[1-4]$/.test(value)) to = addDays(addMonths(start, 3), -1);
  else if (/^\d{4}-\d{2}$/.test(value)) to = addDays(addMonths(start, 1), -1);
  else if (/^\d{4}$/.test(value)) to = `${value}-12-31`;
  return { from: start, to, days: daysBetween(start, to) + 1 };
}

function addMonths(day: string, n: number): string {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}
