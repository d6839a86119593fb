// Calendar helpers for TimeML values: the first day of the period a value names.

/** First day (YYYY-MM-DD) of a TimeML date value: 2022-01-18, 2022-01, 2022, 2022-W02, 2022-Q3, 2022-01-18T15:00. */
export function periodStart(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) return isoWeekStart(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})$/.exec(value);
  if (m) return `${m[1]}-01-01`;
  return undefined;
}

/** Monday of ISO week w of year y. */
export function isoWeekStart(y: number, w: number): string {
  const jan4 = Date.UTC(y, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(jan4 - dow * 86400000 + (w - 1) * 7 * 86400000).toISOString().slice(0, 10);
}
