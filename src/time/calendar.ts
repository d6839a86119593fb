// Calendar arithmetic on day numbers (days since 1970-01-01, UTC) and TimeML value strings.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY = 86_400_000;

export function dayNum(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

export function fromDayNum(n: number): Ymd {
  const t = new Date(n * DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week: the week's year and number. */
export function isoWeek(n: number): { y: number; w: number } {
  const thursday = n - weekday(n) + 4;
  const y = fromDayNum(thursday).y;
  const w = Math.floor((thursday - dayNum(y, 1, 1)) / 7) + 1;
  return { y, w };
}

/** Day number of the Monday of an ISO week. */
export function isoWeekStart(y: number, w: number): number {
  const jan4 = dayNum(y, 1, 4);
  return jan4 - weekday(jan4) + 1 + (w - 1) * 7;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A TimeML value with a negative (BC) year written the TimeML way: -0491-SU -> BC0491-SU. */
export function bcValue(v: string): string {
  return v.charCodeAt(0) === 45 ? 'BC' + v.slice(1) : v;
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function fmtDay(n: number): string {
  const { y, m, d } = fromDayNum(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function fmtWeek(n: number): string {
  const { y, w } = isoWeek(n);
  return `${pad(y, 4)}-W${pad(w)}`;
}

export function fmtMonth(y: number, m: number): string {
  // normalise month overflow (m may be 0 or 13 after arithmetic)
  const k = y * 12 + (m - 1);
  return `${pad(Math.floor(k / 12), 4)}-${pad((((k % 12) + 12) % 12) + 1)}`;
}

/** Parse "YYYY-MM-DD" (or a longer TimeML date-time) into a day number; undefined if not a full date. */
export function parseDay(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? dayNum(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

/** A calendar value's granularity and its position, parsed back from a TimeML value string. */
export interface CalValue {
  gran: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';
  y: number;
  /** Month, week, quarter, half or season code, by granularity. */
  m?: number;
  d?: number;
  w?: number;
  q?: number;
  s?: string;
}

// BC years are kept as negative years (BC0491 -> -491): "the following year" after 492 BC is 491 BC.
const VALUE = /^(BC)?(\d{2,4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})|Q(\d)|H(\d)|(SP|SU|FA|WI)))?/;

export function parseValue(v: string): CalValue | undefined {
  const r = VALUE.exec(v);
  if (!r) return undefined;
  const sign = r[1] ? -1 : 1;
  const m = r.slice(1);
  const digits = m[1]!;
  if (digits.length === 2) return { gran: 'century', y: sign * +digits };
  if (digits.length === 3) return { gran: 'decade', y: sign * +digits };
  const y = sign * +digits;
  if (m[3]) return { gran: 'day', y, m: +m[2]!, d: +m[3] };
  if (m[2]) return { gran: 'month', y, m: +m[2] };
  if (m[4]) return { gran: 'week', y, w: +m[4] };
  if (m[5]) return { gran: 'quarter', y, q: +m[5] };
  if (m[6]) return { gran: 'half', y, q: +m[6] };
  if (m[7]) return { gran: 'season', y, s: m[7] };
  return { gran: 'year', y };
}

/** Shift a calendar value by n units of its own granularity (or of `unit` when given) and format it. */
export function shiftValue(c: CalValue, n: number, unit?: 'D' | 'W' | 'M' | 'Q' | 'Y'): string {
  const u = unit ?? granUnit(c.gran);
  switch (c.gran) {
    case 'day': {
      const day = dayNum(c.y, c.m!, c.d!);
      if (u === 'D') return fmtDay(day + n);
      if (u === 'W') return fmtDay(day + 7 * n);
      if (u === 'M') return addMonthsDay(c.y, c.m!, c.d!, n);
      if (u === 'Q') return addMonthsDay(c.y, c.m!, c.d!, 3 * n);
      return addMonthsDay(c.y, c.m!, c.d!, 12 * n);
    }
    case 'week': {
      const day = isoWeekStart(c.y, c.w!);
      if (u === 'Y') return fmtWeekOfYear(c.y + n, c.w!);
      return fmtWeek(day + 7 * n * (u === 'M' ? 4 : 1));
    }
    case 'month':
      return fmtMonth(c.y, c.m! + n * (u === 'Y' ? 12 : u === 'Q' ? 3 : 1));
    case 'quarter': {
      const k = c.y * 4 + (c.q! - 1) + n * (u === 'Y' ? 4 : 1);
      return `${pad(Math.floor(k / 4), 4)}-Q${(k % 4) + 1}`;
    }
    case 'half': {
      const k = c.y * 2 + (c.q! - 1) + n * (u === 'Y' ? 2 : 1);
      return `${pad(Math.floor(k / 2), 4)}-H${(k % 2) + 1}`;
    }
    case 'season':
      return `${pad(c.y + n, 4)}-${c.s}`;
    case 'decade':
      return String(c.y + n);
    case 'century':
      return String(c.y + n);
    default:
      return pad(c.y + n, 4);
  }
}

function granUnit(g: CalValue['gran']): 'D' | 'W' | 'M' | 'Q' | 'Y' {
  return g === 'day' ? 'D' : g === 'week' ? 'W' : g === 'month' ? 'M' : g === 'quarter' ? 'Q' : 'Y';
}

function fmtWeekOfYear(y: number, w: number): string {
  return `${pad(y, 4)}-W${pad(Math.min(w, 52))}`;
}

function addMonthsDay(y: number, m: number, d: number, n: number): string {
  const k = y * 12 + (m - 1) + n;
  const ny = Math.floor(k / 12);
  const nm = (k % 12) + 1;
  return fmtDay(dayNum(ny, nm, Math.min(d, daysInMonth(ny, nm))));
}

/** Coarsen a day number to the given granularity (for "a year ago" -> 2021, "two months ago" -> 2021-11). */
export function fmtAt(day: number, gran: 'D' | 'W' | 'M' | 'Q' | 'H' | 'Y' | 'DE' | 'CE'): string {
  const { y, m } = fromDayNum(day);
  switch (gran) {
    case 'D':
      return fmtDay(day);
    case 'W':
      return fmtWeek(day);
    case 'M':
      return fmtMonth(y, m);
    case 'Q':
      return `${pad(y, 4)}-Q${Math.floor((m - 1) / 3) + 1}`;
    case 'H':
      return `${pad(y, 4)}-H${m <= 6 ? 1 : 2}`;
    case 'DE':
      return String(Math.floor(y / 10));
    case 'CE':
      return String(Math.floor(y / 100));
    default:
      return pad(y, 4);
  }
}
