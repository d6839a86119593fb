// Recognition: run every pattern family over the text, keep the longest non-overlapping matches.
import { dayparts, genericAfterDay, modifierBefore, readMonth, reldays, rules, trigger, triggerShapeClasses, triggerWordClasses, units, versionedNames, type Rule } from './lexicon.js';

export interface Match {
  start: number;
  end: number;
  text: string;
  kind: string;
  g: Record<string, string | undefined>;
}

/** Between equally long matches: a recurrence beats a duration ("$5 a year"), a date beats a bare year. */
const PRIORITY: Record<string, number> = { set: 5, time: 4, date: 3, offset: 3, relday: 3, anaphor: 3, relunit: 3, quarter: 2, ref: 1 };

/** Words before a bare year that make it a year rather than a count ("in 1990", not "1990 troops"). */
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:-|–|\n|for|as|at|in|since|by|until|till|of|from|to|through|thru|before|after|during|between|and|or|fiscal|year|early|late|mid|the|end|summer|spring|autumn|fall|winter|around|circa|c\.|,|\()\s*$/iu;
/** Before a number that is an amount, not a year. */
const COUNT_BEFORE = /(?:[$£€#]|\b(?:about|some|nearly|almost|over|than|roughly|approximately|only|just)\s+(?:[$£€#]|US\$)?)\s*$/i;
/** After a bare year: a unit or a count noun means it is a number. */
const YEAR_AFTER = /^\s*(?:[a-z]+s\b(?<!\b(?:was|has|is|as|its|this|his|us|years|campaigns|elections|offensives))|(?:men|people|feet|foot|miles|metres|meters|tons|points)\b)/;

/** Before "the 5th" as a day: a preposition of time. */
const DOM_BEFORE = /\b(?:on|from|by|until|till|since|before|after)\s+$/i;
/** After "the 16th": a name or a noun the ordinal counts, so not a day of the month. */
const ORDINAL_NOUN = /^\s+(?:\p{Lu}|(?:century|centuries|anniversary|birthday|floor|times?|day|place|round|minute|hole|inning|amendment|street|avenue|precinct|district|division|army|corps|regiment|session|congress|edition|grade|person|man|woman|one|consecutive|straight|annual|overall|year|week|month|game|race|stage|lap|\p{L}+est)(?!\p{L}))/u;

/** After four digits: a time zone, so a clock time ("1930 GMT"), not a year. */
const ZONE_AFTER = /^\s*(?:h(?:rs|ours)?\s+)?(?:GMT|UTC|Zulu|local\s+time)\b/;

/** Capitalised words that may stand before a month that is a month ("In March", "Early March"). */
const NOT_NAME_BEFORE_MONTH = /^(?:In|By|Since|Until|Till|From|During|Early|Late|Mid|Last|Next|This|That|Through|Before|After|On|Of|And|Or|The|Around|Between|Throughout|Each|Every|Only|Then|But|Also|Not|To|At|For|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Time words that are common nouns (units, today/tonight, parts of the day, noon): unlike weekdays and months,
 * they are capitalised only at a sentence start or inside a name. */
const COMMON_WORDS = new Set([...units.keys(), ...reldays.keys(), ...dayparts.keys(), 'noon', 'midnight', 'midday'].filter((w) => !w.includes(' ')));
/** An opening quotation mark at the end of a text: ", “, ``, '' or a single quote. */
const OPEN_QUOTE = /(?:["“‘`]|'{1,2})\s*$/;
/** What may follow a quoted title: its closing quote (after a comma or stop), or more of its capitalised words. */
const TITLE_CLOSE = /^(?:[,.]?\s*(?:["”’]|'')|\s+\p{Lu}\p{Ll}*\s+\p{Lu})/u;

/**
 * A name or title, not a time: every word capitalised, with a common time noun among them, after a word inside
 * the sentence ("VOA Today", "High Noon") or as a quoted title ("ABC's \"This Week,\"", "CBS's ''60 Minutes.''").
 * Holidays and hyphenated compounds are left to their own rules ("Election Day", "the Six-Day War").
 */
function isTitle(s: string, at: number, text: string): boolean {
  // most candidates start lowercase ("last week") and are ruled out at once
  const c0 = s.charCodeAt(0);
  if (!(c0 >= 65 && c0 <= 90) && !(c0 >= 48 && c0 <= 57)) return false;
  const words = s.match(/\p{L}+/gu);
  if (!words || !words.every((w) => /^\p{Lu}/u.test(w)) || !words.some((w) => COMMON_WORDS.has(w.toLowerCase()))) return false;
  let before = text.slice(Math.max(0, at - 30), at);
  const q = OPEN_QUOTE.exec(before);
  if (q) {
    before = before.slice(0, q.index);
    // a quotation opening a sentence ("He said, "Today we ...") is speech; a quoted title closes right after
    return /[\p{L}\p{N}'’]\s*$/u.test(before) && TITLE_CLOSE.test(text.slice(at + s.length, at + s.length + 24));
  }
  // a word before it in the same sentence: part of a name ("This is VOA Today."), unless the whole line is
  // capitalised, as headlines often are ("Talks Resume Today As Blinken Meets Lavrov")
  // (not across a line end: a line starts afresh, as under a headline or dateline: "2007\nToday, Apple ...")
  return /[\p{L}\p{N}][^\S\n]+$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{Ll}]*\s+$/u.test(before) && !titleCaseLine(text, at, at + s.length);
}

/** Whether the line around a span has every word of three letters or more capitalised, at least three of them. */
function titleCaseLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  if (to - from > 300) return false;
  const words = (text.slice(from, start) + ' ' + text.slice(end, to)).match(/\p{L}{3,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Filters a pattern cannot express: verbs that look like months, counts that look like years. */
function accept(kind: string, m: RegExpExecArray, text: string): boolean {
  const g = m.groups ?? {};
  if (kind !== 'holiday' && !m[0].includes('-') && isTitle(m[0], m.index, text)) return false;
  // "today's world", "tomorrow's leaders": the day stands for an age, not a date
  if (kind === 'relday' && !g.dp) {
    const poss = /^['’]s\s+(\p{L}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (poss && genericAfterDay.has(poss[1]!.toLowerCase())) return false;
  }
  // "the now-demonized products", "a current-account deficit": a vague word fused into a compound is no time
  if (kind === 'ref' && /^-\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return false;
  // "as recently as Saturday": a signal before the date, not a time of its own
  if (kind === 'ref' && /\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+as\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return false;
  const mon = g.mon;
  if (mon !== undefined) {
    // "may" and "march" are verbs unless capitalised; bare month abbreviations ("Jan") are too risky alone.
    const low = mon.toLowerCase();
    if ((low === 'may' || low === 'march') && mon[0] === low[0]) return false;
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    if (kind === 'month' && !g.y && !g.rel && !/(?:early|late|mid)[-\s]+$/i.test(before) && low.length <= 4 && !mon.endsWith('.') && low !== 'may' && low !== 'june' && low !== 'july') return false;
    if (kind === 'month' && !g.y && !g.rel && low === 'may' && /^\s+(?:be|have|not|also|well|still|need|want|seem)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return false;
    // "May God bless ...", "May he rest in peace": a wish opening its sentence, not the month
    if (kind === 'month' && !g.y && !g.rel && low === 'may' && /^\s+(?:God|Allah|he|she|they|we|you|it|his|her|their|our|all)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
      && /(?:^|[.!?:"“]\s*|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return false;
  }
  // "the March of the Combatant Mothers", "the March for Life": a bare capitalised month before of/for is a name
  if (kind === 'month' && !g.y && !g.rel && /^\s+(?:of|for)\s+(?:the\s+)?[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  // "the Long March", "Women's March on Versailles", "the March to the Sea": a march, not the month
  if (kind === 'month' && !g.y && !g.rel && g.mon === 'March') {
    if (/^\s+(?:to\s+the|on)\s+[A-Z]/.test(text.slice(m.index + 5, m.index + 20))) return false;
    const prev = /([A-Z][\p{L}]*(?:['’]s)?)\s+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (prev && !NOT_NAME_BEFORE_MONTH.test(prev[1]!)) return false;
  }
  // "the Sunday Times", "the Sunday Telegraph": a weekday between "the" and a capitalised word is a name (not before a
  // month: "the Tuesday March 3 vote")
  if (kind === 'weekday' && !g.rel && !g.dp && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) {
    const next = /^\s+([A-Z][a-z]+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (next && readMonth(next[1]!) === undefined) return false;
  }
  // "on the 16th Army", "by the 20th century", "on the 18th hole": an ordinal before its noun
  if (kind === 'dom' && (!DOM_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || ORDINAL_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) return false;
  // "10:35 a.m. (0735 GMT)": a wire service's restatement of a clock time, untagged in TimeBank
  if (kind === 'time' && /^\d{4}/.test(m[0]) && /\(\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return false;
  if (kind === 'year' && g.y && m[0].length === 4) {
    // "1930 GMT", "(1700 UTC)": a clock time
    if (ZONE_AFTER.test(text.slice(m.index + 4, m.index + 20))) return false;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    // "Office 2008", "Windows 2000": a product's version
    const name = /(\p{Lu}\p{Ll}+)\s+$/u.exec(before);
    if (name && versionedNames.has(name[1]!.toLowerCase())) return false;
    // 1900-2099 is a year unless it reads as an amount; older years need a preposition ("in 1776")
    const range = /^\s*[-–]\s*\d/.test(text.slice(m.index + 4, m.index + 8));
    if (g.y >= '1900' ? COUNT_BEFORE.test(before) : !YEAR_BEFORE.test(before) && !range) return false;
    if (YEAR_AFTER.test(text.slice(m.index + 4, m.index + 24))) return false;
  }
  if (kind === 'duration' && g.unit) {
    const u = g.unit.toLowerCase();
    const n = (g.n ?? '').toLowerCase();
    if ((u === 'second' || u === 'quarter' || u === 'half') && (n === 'a' || n === 'an' || n === 'one')) return false;
    // "a months-long dispute": the article belongs to the compound ("months-long" is the duration); "on a
    // month-to-month basis": a rate of renewal, no count of months
    if ((n === 'a' || n === 'an') && u.endsWith('s')) return false;
    if (/^-to-/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return false;
    // "the forty second office": a spelled-out ordinal (42nd), not forty seconds
    if (u === 'second' && /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(n) && (g.hy ?? ' ').trim() === '') return false;
    if (/^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) && (u === 'quarter' || u === 'quarters')) return false;
  }
  if (kind === 'quarter' && g.qn !== undefined) {
    // "Q3" is a quarter in capitals, with a year or after a word that introduces a period ("in Q3", "its Q3
    // results"), not a model name ("the Audi Q3 SUV" has a name before it)
    if (!/Q[1-4]/.test(m[0])) return false;
    if (!g.y && !g.yy && !/\b(?:in|its|their|his|her|our|for|during|of|and|or|by|since|until|through|fiscal|FY|calendar|this|last|next|the)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return false;
    if (!g.y && !g.yy && /[A-Z][\p{L}-]*\s+$/u.test(text.slice(Math.max(0, m.index - 20), m.index)) && !/\b(?:In|Its|Their|For|During|By|Since|Until|Through|FY|The|This|Last|Next)\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) return false;
  } else if (kind === 'quarter' && !g.ord && !g.rel && !g.y && !g.yrel2 && !/^the/i.test(m[0])) return false;
  if (kind === 'quarter' && /^\s+(?:of|mile|point|percent|century)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9)) && !g.ord) return false;
  if (kind === 'season' && !g.rel && !g.y && !g.yw && !g.ybc && !g.yrel) {
    // "fall" and "spring" are verbs too: a bare season needs a preposition before it.
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // "... the fall and winter": after "and" only a season that is not also a verb ("rise and fall")
    const low = g.season!.toLowerCase();
    const afterAnd = /\band\s+$/i.test(before) && low !== 'fall' && low !== 'spring';
    // "at the start of winter", "the onset of winter": a season after the edge of a period
    const edge = /\b(?:start|beginning|end|middle|onset|depths?|height|dead)\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
    if (!afterAnd && !edge && !/\b(?:in|this|last|next|the|by|until|since|during|early|late|same)\s+$/i.test(before) && !/^\s+(?:offensive|campaign)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  }
  // "the Spring River", "Summer Olympics": a capitalised season before a capitalised word names something (not a
  // season's campaign, "the Spring Offensive of 1918", which TimeML dates)
  if (kind === 'season' && !g.y && /^\p{Lu}/u.test(g.season!) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))
    && !/^\s+(?:Offensive|Campaign)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  // "the summer" needs a preposition before it, or the edge of a period ("by the end of the summer")
  if (kind === 'season' && g.rel?.toLowerCase() === 'the' && !g.y && !g.yw && !g.ybc && !/\b(?:in|into|by|until|since|during|over|throughout|through|spent|for)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
    && !/\b(?:start|beginning|end|middle|close|height|rest)\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) return false;
  // "the Easter Offensive", "Easter Island", "the Christmas Carol": a holiday before a capitalised word names something
  if (kind === 'holiday' && !g.y && /^\s+[A-Z][a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return false;
  // holidays are proper names: "on election day" is any election's, "the middle easter" a typo
  if (kind === 'holiday' && g.hol && !/^[A-Z]/.test(g.hol)) return false;
  if (kind === 'set' && g.adv && /^(?:daily|weekly|monthly)$/i.test(g.adv)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // an adjective counts after a determiner ("a daily rally", "his weekly radio address", "on a daily basis"),
    // not in a measure ("average daily volume", "daily flights")
    if (/^\s+[a-z]/.test(after) && !/\b(?:a|an|the|his|her|their|its|our|my|your)\s+$/i.test(before)) return false;
    // "the Communist Party daily Granma": a newspaper; "the Daily Mail", "the Presidential Daily Briefing": names
    if (/^\s+[A-Z]/.test(after) && /[A-Z][\p{L}.]*\s+$/u.test(before)) return false;
    if (/^[A-Z]/.test(g.adv) && (/^\s+[A-Z]/.test(after) || !/(?:^|[.!?:;"“'‘(\n-]\s*)$/.test(before))) return false;
  }
  return true;
}

/** Date-like kinds whose extent takes a preceding "early", "the end of" ... */
const MODIFIABLE = new Set(['fiscalyear', 'date', 'month', 'year', 'decade', 'century', 'quarter', 'half', 'season', 'relunit', 'weekday', 'relday']);

/** Context kept before and after a trigger word: longer than any pattern reaches beyond its trigger. */
const BEFORE = 64;
const AFTER = 40;

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/** Text around each trigger word, widened to word boundaries, with the trigger's classes. */
function triggers(text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(text)) !== null) {
    let cls = 0;
    if (m[1] !== undefined) cls = triggerWordClasses.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? -1;
    else for (let g = 2; g < m.length; g++) if (m[g] !== undefined) { cls = triggerShapeClasses[g - 2]!; break; }
    let s = Math.max(0, m.index - BEFORE);
    let e = Math.min(text.length, m.index + m[0].length + AFTER);
    while (s > 0 && isWordChar(text.charCodeAt(s - 1))) s--;
    while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
    out.push([s, e, cls]);
  }
  return out;
}

/** Rules grouped by their trigger classes: each group runs only on the windows around its own triggers. */
const groups: { mask: number; rules: Rule[] }[] = [];
for (const rule of rules) {
  let g = groups.find((x) => x.mask === rule.classes);
  if (!g) groups.push((g = { mask: rule.classes, rules: [] }));
  g.rules.push(rule);
}

export function recognize(text: string): Match[] {
  const cands: { m: RegExpExecArray; rule: Rule }[] = [];
  const trig = triggers(text);
  const win: [number, number][] = [];
  for (const { mask, rules: group } of groups) {
    // windows around the triggers of this group's classes, overlapping ones merged
    win.length = 0;
    for (const [s, e, cls] of trig) {
      if ((cls & mask) === 0) continue;
      const last = win[win.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else win.push([s, e]);
    }
    for (const [ws, we] of win) {
      const slice = ws === 0 && we === text.length ? text : text.slice(ws, we);
      for (const rule of group) {
        const re = rule.re;
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(slice)) !== null) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          m.index += ws;
          if (accept(rule.kind, m, text)) cands.push({ m, rule });
        }
      }
    }
  }
  cands.sort(
    (a, b) =>
      b.m[0].length - a.m[0].length ||
      (PRIORITY[b.rule.kind] ?? 0) - (PRIORITY[a.rule.kind] ?? 0) ||
      a.rule.order - b.rule.order ||
      a.m.index - b.m.index,
  );
  const taken = new Uint8Array(text.length + 1);
  const out: Match[] = [];
  for (const { m, rule } of cands) {
    let start = m.index;
    const end = start + m[0].length;
    let free = true;
    for (let i = start; i < end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    if (MODIFIABLE.has(rule.kind)) {
      const mod = modifierBefore.exec(text.slice(Math.max(0, start - 24), start));
      if (mod) {
        const s = start - (mod[0].length);
        let ok = true;
        for (let i = s; i < start; i++) if (taken[i]) { ok = false; break; }
        if (ok) start = s;
      }
    }
    // TimeML leaves the article out of adjectival durations: "the eight-year war" -> "eight-year"
    // ... and out of "the months-long war"
    if (rule.kind === 'duration' && (m.groups?.hy?.startsWith('-') || /-long$/i.test(m[0])) && /^the\s/i.test(m[0])) start += /^the\s+/i.exec(m[0])![0].length;
    for (let i = start; i < end; i++) taken[i] = 1;
    const g: Record<string, string | undefined> = { ...(m.groups ?? {}) };
    // `ya`, a year in two digits after an apostrophe ("July '08", "since '06"): its century is read against the time
    // of writing or the story (src/time/normalize.ts); until then it counts as a year written out
    if (g.ya !== undefined) g.y = String(Number(g.ya) < 30 ? 2000 + Number(g.ya) : 1900 + Number(g.ya));
    out.push({ start, end, text: text.slice(start, end), kind: rule.kind, g });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
