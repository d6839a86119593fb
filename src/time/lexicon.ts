// Loads lexicon/time once at module load: tables (word -> value) and pattern families compiled to regexes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconDir } from '../util/paths.js';

const dir = join(lexiconDir, 'time');

/** Rows of a TSV file, comments and blank lines dropped. */
function rows(file: string): string[][] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

function table(file: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const r of rows(file)) m.set(r[0]!.toLowerCase(), r.slice(1));
  return m;
}

function first(t: Map<string, string[]>): Map<string, string> {
  return new Map([...t].map(([k, v]) => [k, v[0] ?? '']));
}

export const months = first(table('months.tsv'));
export const weekdays = first(table('weekdays.tsv'));
/** Every weekday form as one regex alternation, longest first ("Tues." before "Tue"). */
export const WEEKDAY_ALT = [...weekdays.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/\./g, '\\.')).join('|');
/** Verb forms that report a statement ("an official said Wednesday", "the founder wrote on Tuesday"). */
export const REPORT_FORMS = 'said|says|told|announced|reported|added|stated|wrote|declared';
export const numbers = first(table('numbers.tsv'));
export const ordinals = first(table('ordinals.tsv'));
export const units = first(table('units.tsv'));
export const seasons = first(table('seasons.tsv'));
export const dayparts = first(table('dayparts.tsv'));
export const holidays = first(table('holidays.tsv'));
export const reldays = table('reldays.tsv');
export const references = table('references.tsv');
export const modifiers = rows('modifiers.tsv').map((r) => r[0]!.toLowerCase());
/** Nouns after "today's" that make the day generic ("today's world"). */
export const genericAfterDay = new Set(rows('generic.tsv').map((r) => r[0]!.toLowerCase()));
/** Product names whose year is a version ("Office 2008", "Windows 2000"). */
export const versionedNames = new Set(rows('versioned.tsv').map((r) => r[0]!.toLowerCase()));

/** Lemmas by the way they make a clause look ahead (tense-verbs.tsv: ahead, timetable, schedule, plan, copula ...). */
function tenseVerbs(role: string): Set<string> {
  return new Set(rows('tense-verbs.tsv').filter((r) => r[1]!.split(',').includes(role)).map((r) => r[0]!.toLowerCase()));
}
export const looksAhead = tenseVerbs('ahead');
export const timetableVerbs = tenseVerbs('timetable');
export const forecastVerbs = tenseVerbs('forecast');
export const scheduleVerbs = tenseVerbs('schedule');
export const planVerbs = tenseVerbs('plan');
export const copulaAhead = tenseVerbs('copula');
export const controlVerbs = tenseVerbs('control');

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A prefix tree of keys, one node per character (a space stands for a run of white space). */
interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

/**
 * Alternation of a table's keys for a case-insensitive regex, longest first, so "the day before yesterday"
 * beats "yesterday". Written as a prefix tree ("sept(?:ember)?" rather than "september|sept"): at each node the
 * longer keys are tried before the key ending there, and the branches start with different characters, so a
 * regex tries the keys in the same order as a flat longest-first list and matches the same text, with far
 * fewer steps per position (the trigger regex over a text takes ~40% less time).
 */
function alt(keys: Iterable<string>): string {
  const root: Trie = { next: new Map(), end: false };
  for (const k of keys) {
    let n = root;
    // lowercase: the regexes are case-insensitive, so "May" and "may" are one branch
    for (const ch of k.toLowerCase()) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { next: new Map(), end: false }));
      n = c;
    }
    n.end = true;
  }
  const build = (n: Trie): string => {
    const branches = [...n.next].map(([ch, c]) => esc(ch) + build(c));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return `(?:${build(root)})`;
}

const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const onesW = 'one|two|three|four|five|six|seven|eight|nine';

/** A month's full name ("May", "June", "July" are short but not abbreviations: "began in May." ends its sentence). */
const fullMonth = (k: string): boolean => k.length > 4 || k === 'may' || k === 'june' || k === 'july';

/** Time-zone abbreviations a clock time may carry (US, European, Asian, Australian). */
const ZONE_ABBR = '(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|JST|KST|HKT|SGT|MSK|AES?T|AEDT|WIB)';

const MACROS: Record<string, string> = {
  // abbreviations may take a dot; full names may not (the dot after "December." ends the sentence)
  MONTH: `(?:${alt([...months.keys()].filter(fullMonth))}|${alt([...months.keys()].filter((k) => !fullMonth(k)))}\\.?)`,
  YEARW: `(?:(?:nineteen|twenty)[-\\s](?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:${onesW}))?|oh[-\\s](?:${onesW}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${onesW}|ten))?)`,
  WEEKDAY: alt(weekdays.keys()),
  NUM: `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?:${tens})[-\\s](?:${onesW})|${alt(numbers.keys())})`,
  ORD: `(?:\\d{1,2}(?:st|nd|rd|th)|${alt(ordinals.keys())})`,
  UNIT: alt(units.keys()),
  SEASON: alt(seasons.keys()),
  DAYPART: alt(dayparts.keys()),
  HOLIDAY: alt(holidays.keys()),
  REF: alt(references.keys()),
  RELDAY: alt(reldays.keys()),
  YEAR: '(?:1[0-9]\\d\\d|20\\d\\d)',
  DAYNUM: '(?:[12]\\d|3[01]|0?[1-9])',
  // time zones after a clock time, kept in its extent: abbreviations (US, European, Asian, Australian) ...
  TZABBR: ZONE_ABBR,
  // ... or those, zones and cities named with "time", and a US zone's name alone ("10 a.m. Pacific", not "Pacific Rim")
  TZ: `(?:${ZONE_ABBR}|(?:Pacific|Eastern|Central|Mountain|British|Greenwich)(?:\\s+(?:Standard|Daylight|Summer|Mean))\\s+time|(?:New\\s+York|Hong\\s+Kong|Los\\s+Angeles|San\\s+Francisco|New\\s+Delhi|Abu\\s+Dhabi|Mexico\\s+City)\\s+time|(?:Pacific|Eastern|Central|Mountain)(?![-\\s]+(?:[a-z]+\\s+)?(?:time|Ocean|Islands?|Rim|Coast|Europe|Asia|America|Africa|Time|Standard|Daylight|University|College|Railroad|Railway|League|Conference|Division|Avenue|Street)\\b)(?![-'’a-z])|(?!(?:the|that|this|next|last|every|each|any|some|no|a|one|first|same|at|in|on|by|and|or)\\s)[a-z]+\\s+time)`,
};

export interface Rule {
  kind: string;
  family: string;
  re: RegExp;
  /** Order in the lexicon, the last tie-breaker between equally long matches. */
  order: number;
  source: string;
  /** Trigger classes (bit mask) whose presence in a window makes this pattern worth running there. */
  classes: number;
}

function compile(src: string): RegExp {
  const body = src.replace(/\{([A-Z]+)\}/g, (_, name: string) => {
    const m = MACROS[name];
    if (!m) throw new Error(`lexicon/time: unknown macro {${name}}`);
    return m;
  });
  // Word boundaries on both sides; a match may end in "." (p.m.), so the right side only bars letters/digits.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

function loadRules(): Rule[] {
  const out: Rule[] = [];
  const pdir = join(dir, 'patterns');
  for (const f of readdirSync(pdir).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const r of readFileSync(join(pdir, f), 'utf8').split('\n')) {
      if (r.trim() === '' || r.startsWith('#')) continue;
      const tab = r.indexOf('\t');
      const kind = r.slice(0, tab);
      const src = r.slice(tab + 1).replace(/\r$/, '');
      try {
        out.push({ kind, family: f.replace(/\.tsv$/, ''), re: compile(src), order: out.length, source: src, classes: -1 });
      } catch (e) {
        throw new Error(`lexicon/time/patterns/${f}: ${(e as Error).message}`);
      }
    }
  }
  return out;
}

export const rules: Rule[] = loadRules();

/**
 * Trigger classes: every pattern contains a word or digit shape of one of its classes, so recognition runs a
 * pattern only on windows of text around a trigger of its classes (most text holds no time expression).
 */
const WORD_CLASSES: [string, Iterable<string>][] = [
  ['M', months.keys()],
  ['WD', [...weekdays.keys()].map((w) => w.replace(/\.$/, ''))],
  ['U', units.keys()],
  ['S', seasons.keys()],
  ['DP', dayparts.keys()],
  ['H', holidays.keys()],
  ['R', [...references.keys(), ...reldays.keys()].map((r) => r.split(' ').pop()!)],
  ['Q', ['quarter', 'half']],
  ['DW', ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']],
  ['A', ['daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'nightly', 'biweekly', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays']],
  ['C', ['noon', 'midnight', 'midday', "o'clock", 'o’clock']],
  ['Y', ['nineteen', 'thousand', 'fy']],
];
/** Digit shapes, one capture group each after the word group. */
const SHAPE_CLASSES: [string, string][] = [
  // a whole clock hour: the trigger is anchored at a word start, so "10 a.m." must match from its first digit
  ['C', '\\d{1,2}(?:[:.]\\d\\d)?\\s*[ap]\\.?\\s?m(?![\\p{L}])|\\d{1,2}:\\d\\d'],
  ['N', '\\d{1,2}/\\d{1,2}/\\d'],
  ['DEC', "\\d{0,3}0s|['’]\\d0s"],
  // a year in two digits after an apostrophe ("since '06", "July '08")
  ['Y', "\\d{4}|\\d{1,4}\\s*(?:BC|B\\.C\\.|BCE)(?![\\p{L}])|['’]\\d\\d(?![\\p{L}\\p{N}])"],
  ['Q', 'Q[1-4](?![\\p{L}\\p{N}])'],
  // a day of the month named alone ("goes on sale on the 17th"), which may have no other time word near it
  ['DOM', '[1-3]?\\d(?:st|nd|rd|th)(?![\\p{L}\\p{N}])'],
];

export const triggerClasses = ['M', 'WD', 'U', 'S', 'DP', 'H', 'R', 'Q', 'DW', 'A', 'C', 'Y', 'N', 'DEC', 'DOM'];
const classBit = (c: string) => 1 << triggerClasses.indexOf(c);

/** Trigger word -> the classes it belongs to ("years" is a unit and ends "recent years"). */
export const triggerWordClasses = new Map<string, number>();
for (const [c, words] of WORD_CLASSES) for (const w of words) triggerWordClasses.set(w, (triggerWordClasses.get(w) ?? 0) | classBit(c));
export const triggerShapeClasses = SHAPE_CLASSES.map(([c]) => classBit(c));

/** Group 1: a trigger word; groups 2..: digit shapes. */
export const trigger = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${alt(triggerWordClasses.keys())})(?![\\p{L}])|${SHAPE_CLASSES.map(([, re]) => `(${re})`).join('|')})`,
  'giu',
);

/** Bit mask of the trigger classes a pattern source can match through (all bits when unsure). */
function classesOf(src: string): number {
  const bit = classBit;
  let m = 0;
  const has = (re: RegExp) => re.test(src);
  if (has(/\{MONTH\}/)) m |= bit('M');
  if (has(/\{WEEKDAY\}/)) m |= bit('WD');
  if (has(/\{UNIT\}|\b(?:day|week|weekend|month|year|years|months|weeks|days|decades|hours|minutes|centuries|decade|century|quarters)\b/)) m |= bit('U');
  if (has(/\{SEASON\}/)) m |= bit('S');
  if (has(/\{DAYPART\}|\b(?:morning|afternoon|evening|night)\b/)) m |= bit('DP');
  if (has(/\{HOLIDAY\}/)) m |= bit('H');
  if (has(/\{REF\}|\{RELDAY\}|\btoday\b/)) m |= bit('R');
  if (has(/quarter|half|Q\(\?<qn>/)) m |= bit('Q');
  if (has(/twenties/)) m |= bit('DW');
  if (has(/daily|mondays/)) m |= bit('A');
  if (has(/noon|\[ap\]|a\\\.|\[0-5\]\\d|clock/)) m |= bit('C');
  if (has(/\{YEAR\}|\{YEARW\}|\\d\{4\}|\(\?:19\|20\)|BC|\(\?<ya>/)) m |= bit('Y');
  if (has(/\//)) m |= bit('N');
  if (has(/\\d\\d0|\\d0\)s|dec2/)) m |= bit('DEC');
  if (has(/\(\?<dom>/)) m |= bit('DOM');
  return m === 0 ? -1 : m;
}

for (const r of rules) r.classes = classesOf(r.source);

/** Modifier phrases that precede a date inside its extent ("early", "the end of"), as one regex anchored at the end. */
export const modifierBefore = new RegExp(`(?<![\\p{L}\\p{N}])${alt(modifiers)}\\s*$`, 'iu');

/** Read a number word or digits ("three", "twenty-five", "1,000", "a few" -> 'X'). */
export function readNumber(s: string): number | 'X' | undefined {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  const w = numbers.get(t);
  if (w !== undefined) return w === 'X' ? 'X' : Number(w);
  const m = /^(\w+)[- ](\w+)$/.exec(t);
  if (m) {
    const a = numbers.get(m[1]!);
    const b = numbers.get(m[2]!);
    if (a && b && a !== 'X' && b !== 'X') return Number(a) + Number(b);
  }
  return undefined;
}

/** A year in words: "nineteen ninety-six", "two thousand one". */
export function readYearWords(s: string): number | undefined {
  const t = s.toLowerCase().replace(/[-\s]+/g, ' ').trim();
  const th = /^two thousand(?: and)?(?: (.+))?$/.exec(t);
  if (th) return 2000 + (th[1] ? Number(numbers.get(th[1]) ?? 0) : 0);
  const m = /^(nineteen|twenty) (.+)$/.exec(t);
  if (!m) return undefined;
  const rest = m[2]!.replace(/^oh /, '');
  const w = rest.split(' ');
  let n = 0;
  for (const x of w) n += Number(numbers.get(x) ?? NaN);
  return Number.isNaN(n) ? undefined : (m[1] === 'nineteen' ? 1900 : 2000) + n;
}

export function readOrdinal(s: string): number | undefined {
  const t = s.toLowerCase();
  const d = /^(\d+)/.exec(t);
  if (d) return Number(d[1]);
  const w = ordinals.get(t);
  return w === undefined ? undefined : Number(w);
}

export function readMonth(s: string): number | undefined {
  const v = months.get(s.toLowerCase().replace(/\.$/, ''));
  return v === undefined ? undefined : Number(v);
}

export function readWeekday(s: string): number | undefined {
  const t = s.toLowerCase();
  const v = weekdays.get(t) ?? weekdays.get(t + '.');
  return v === undefined ? undefined : Number(v);
}
