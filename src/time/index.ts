// Time stage: recognise time expressions, infer the time of writing, normalise each to a TimeML value,
// and answer "which date does this clause speak of" for the event coder.
import type { Doc, Timex } from '../model/index.js';
import type { TimeLayer } from '../model/layers.js';
import { bcValue, fmtDay, fromDayNum, parseDay, parseValue, type CalValue } from './calendar.js';
import { datelineDay, inferAnchor, printedDay, type WeekdayCue } from './anchor.js';
import { REPORT_FORMS, WEEKDAY_ALT, readWeekday } from './lexicon.js';
import { normalize, resolveWeekday, type Context } from './normalize.js';
import { recognize, type Match } from './recognize.js';
import { clauseTense, directPast, groupTense, type Tense } from './tense.js';

export { recognize } from './recognize.js';

/** Index of the first token whose start is >= offset. */
function tokenAt(doc: Doc, offset: number): number {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding a token, or -1. */
function sentenceOf(doc: Doc, tok: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (tok < s.tokenStart) hi = mid - 1;
    else if (tok >= s.tokenEnd) lo = mid + 1;
    else return mid;
  }
  return -1;
}

interface Placed {
  m: Match;
  ts: number;
  te: number;
  sent: number;
  tense: Tense;
  /** A past verb close before it dates it (see directPast). */
  direct: boolean;
}

/** An attribution right after a quotation that names the day it was said: ', the founder said on Tuesday'. */
const SAID_ON = new RegExp(`^[,.]?\\s*(?:[\\w.'’-]+\\s+){0,4}?(?:told\\s+[\\w.'’-]+(?:\\s+[\\w.'’-]+)?|${REPORT_FORMS})\\s+(?:on\\s+)?(${WEEKDAY_ALT})\\b`, 'i');

/** Whether an offset lies inside a quotation opened earlier on its line. */
function inQuote(text: string, at: number): boolean {
  return quoteOpen(text, at) >= 0;
}

/** Where the quotation holding an offset opens on its line, or -1 outside one. */
function quoteOpen(text: string, at: number): number {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  let straight = -1;
  const curly: number[] = [];
  for (let i = line; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight = straight < 0 ? i : -1;
    else if (c === 0x201c) curly.push(i);
    else if (c === 0x201d) curly.pop();
  }
  return straight >= 0 ? straight : curly.length ? curly[0]! : -1;
}

/** Texts whose explicit years lie far from the date field are narratives (history, biographies). */
function isNarrative(placed: Placed[], pubYear: number, text: string): boolean {
  const far: number[] = [];
  let deictic = 0;
  for (const p of placed) {
    // news speaks from its date: weekdays, "yesterday", "last week" mark a dated report, not a history; in a
    // quotation they are the speaker's ("We lost today. You will lose tomorrow.")
    if ((p.m.kind === 'weekday' || p.m.kind === 'relday' || (p.m.kind === 'relunit' && /^(?:last|next|this|past|coming)$/i.test(p.m.g.rel ?? ''))) && !inQuote(text, p.m.start)) deictic++;
    if (p.m.g.bc) far.push(Infinity);
    const y = p.m.g.y ?? p.m.g.y2;
    if (y && (p.m.kind === 'date' || p.m.kind === 'month' || p.m.kind === 'year')) far.push(Math.abs(Number(y) - pubYear));
  }
  if (far.length < 6) return false;
  let n5 = 0;
  let n2 = 0;
  for (const d of far) {
    if (d > 5) n5++;
    if (d >= 2) n2++;
  }
  // most explicit years far from the date field: history, not news quoting a maturity date; a few deictic
  // words (quoted speech: "on Monday") do not make a history a report when nearly every year is far
  if (n5 >= 0.8 * far.length && (deictic < 2 || deictic * 5 < far.length)) return true;
  // recent history (a war still going on when written): many explicit years, most of them two or more back
  return far.length >= 20 && n2 >= 0.6 * far.length && deictic * 10 < far.length;
}

/** Kinds whose value is a calendar date of its own (written out or inferred), which move a narrative's story time. */
const STORY_KINDS = new Set(['date', 'month', 'year', 'numeric', 'iso', 'season', 'holiday', 'half', 'time', 'weekday']);

/**
 * A bare year moves the story only where it opens a sentence or clause ("In 1940, ...", "By 1944 the ..."); one
 * in passing ("had not met since 1614", "a treaty signed in 1995") leaves the story where it was.
 */
const SETS_YEAR = /(?:^|[.!?;:\n]["”']?\s*|^\s*)(?:(?:in|by|during|throughout|from|early|late|mid-?|the\s+(?:end|beginning|start|middle|spring|summer|autumn|fall|winter)\s+of|(?:early|late|later)\s+in|at\s+the\s+(?:end|start)\s+of)\s*)*$/i;

/**
 * The far end of a span, with a year of its own ("an assault that lasted until the fall of Budapest in February
 * 1945"): the story looks ahead to it and stays where it was. Not "until in March 1980, Iran ..." (a clause),
 * nor a bare day ("Chongqing until November 25"), which takes the story's year and carries it on.
 */
const SPAN_END = /\b(?:until|till)\b(?!\s+(?:in|on|at|by|the\s+end)\b)[^.;:!?\n]{0,48}$/i;

/** Whether a dated expression moves a narrative's story time (a season only with its year: "the winter" is vague). */
function movesStory(m: Match, text: string): boolean {
  if (!STORY_KINDS.has(m.kind)) return false;
  if ((m.g.y || m.g.ybc) && SPAN_END.test(text.slice(Math.max(0, m.start - 60), m.start))) return false;
  if (m.kind === 'season') return !!(m.g.y || m.g.yw || m.g.ybc);
  return m.kind !== 'year' || SETS_YEAR.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * A written-out date from an earlier year, in passing ("... were assigned on 28 March. A Supreme War Council
 * was created at the Doullens Conference on 5 November 1917. ... launched on 15 July"): a look back that
 * leaves a history's story where it was. One that opens its sentence or clause ("In September 1944, ...")
 * does move it.
 */
function flashback(m: Match, cal: CalValue, story: CalValue | undefined, text: string): boolean {
  if (!story || story.gran !== 'day' || !m.g.y || cal.y >= story.y || story.y - cal.y > 2 || (cal.gran !== 'day' && cal.gran !== 'month')) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return !SETS_YEAR.test(before) && !OPENS_ON.test(before);
}

/** "On August 10, 1920, ..." opens its sentence. */
const OPENS_ON = /(?:^|[.!?;:\n]["”']?\s*)on\s+$/i;

const BOUNDARY = new Set([',', ';', ':', 'where', 'when', 'which', 'who', 'while', 'but', 'because', 'after', 'before', '“', '”', '"']);

export function annotateTime(doc: Doc): TimeLayer {
  const text = doc.article.text;
  const pub = parseDay(doc.article.date) ?? 0;
  const matches = recognize(text);

  const placed: Placed[] = [];
  const cues: WeekdayCue[] = [];
  for (const m of matches) {
    const ts = tokenAt(doc, m.start);
    const te = tokenAt(doc, m.end);
    const sent = sentenceOf(doc, ts);
    const s = doc.sentences[sent];
    const tense = s ? clauseTense(doc, ts, te, s.tokenStart, s.tokenEnd) : 'none';
    placed.push({ m, ts, te, sent, tense, direct: tense === 'past' && s !== undefined && directPast(doc, ts, s.tokenStart) });
    // what a weekday says about the time of writing: only plain past, present and "will" future speak from it
    if (m.kind === 'weekday' && !m.g.rel && tense !== 'modal' && tense !== 'conditional' && tense !== 'prospective' && tense !== 'none') cues.push({ wd: readWeekday(m.g.wd!)!, tense });
  }

  // a date line printed with its year says when the text was written; so does a wire dateline, though weekday
  // cues may still move that one back
  const anchor = printedDay(text, pub) ?? inferAnchor(datelineDay(text, pub) ?? pub, cues);
  const ctx: Context = { anchor, narrative: isNarrative(placed, fromDayNum(pub).y, text), lastEnd: -1e9, lastSent: -2, tense: 'none', at: 0, end: 0, sent: 0, text };
  const timexes: Timex[] = [];
  /** Years named in passing since the story time last moved, and how often. */
  const passing = new Map<number, number>();
  /** Per timex with a calendar value: token index, sentence, and the date it gives an event. */
  const dated: { tok: number; sent: number; date: string }[] = [];
  for (const p of placed) {
    ctx.tense = p.tense;
    ctx.direct = p.direct;
    ctx.at = p.m.start;
    ctx.end = p.m.end;
    ctx.sent = p.sent;
    const n = normalize(p.m, ctx);
    if (!n) continue;
    n.value = bcValue(n.value);
    // a history quoting a speaker's "today" or "tonight": the speaker's day, which the text does not give
    if (ctx.narrative && p.m.kind === 'relday' && inQuote(text, p.m.start)) n.value = n.value.replace(/^\d{4}-\d\d-\d\d/, 'XXXX-XX-XX');
    // news quoting what was said on a day told before the quotation in its sentence ("teased it on Monday, saying
    // \"Tomorrow is a day you'll never forget\""), or in the attribution right after it: the speaker's today is that
    // day, not the time of writing
    else if (!ctx.narrative && p.m.kind === 'relday') {
      const open = quoteOpen(text, p.m.start);
      const day = parseDay(n.value.slice(0, 10));
      let said: number | undefined;
      if (open >= 0 && day !== undefined) {
        if (ctx.last?.gran === 'day' && ctx.lastDay !== undefined && ctx.lastSent === p.sent && ctx.lastEnd <= open) said = ctx.lastDay;
        else {
          // '"Today we are celebrating," the founder said on Tuesday': the attribution after the quotation names the day
          const close = text.slice(p.m.end).search(/["”]/);
          const after = close >= 0 ? SAID_ON.exec(text.slice(p.m.end + close + 1, p.m.end + close + 80)) : null;
          if (after) said = resolveWeekday(readWeekday(after[1]!)!, ctx.anchor, 'past');
        }
      }
      if (said !== undefined && said < ctx.anchor) n.value = fmtDay(day! + said - ctx.anchor) + n.value.slice(10);
    }
    const end = n.end ?? p.m.end;
    timexes.push({ start: p.m.start, end, text: text.slice(p.m.start, end), type: n.type, value: n.value });
    if ((n.type === 'DATE' || n.type === 'TIME') && /^(?:BC)?\d{4}/.test(n.value)) {
      const cal = parseValue(n.value);
      if (cal) {
        ctx.last = cal;
        ctx.lastWritten = p.m.g.y !== undefined;
        // a quarter named outright becomes the reporting quarter; one reached by "a year earlier" or "the 1988 period" does not
        if ((cal.gran === 'quarter' || cal.gran === 'half') && !p.m.g.yrel2 && p.m.g.per === undefined && p.m.kind !== 'offset' && !/year-(?:ago|earlier)|comparable|corresponding/i.test(p.m.g.rel ?? '')) {
          ctx.refQ = cal;
          ctx.refQEnd = p.m.end;
        }
        ctx.lastEnd = p.m.end;
        ctx.lastSent = p.sent;
        const day = parseDay(n.value);
        if (day !== undefined) ctx.lastDay = day;
        if (movesStory(p.m, text) && !(ctx.narrative && flashback(p.m, cal, ctx.story, text))) {
          ctx.story = cal;
          passing.clear();
        } else if (p.m.kind === 'year' && cal.gran === 'year') {
          // a year named in passing a second time since the story last moved is where the story has gone
          // ("plan the march for 1812 ... after the 1812 offensive ... the last of the 1812 offensives")
          const k = cal.y;
          const n = (passing.get(k) ?? 0) + 1;
          passing.set(k, n);
          if (n >= 2) {
            ctx.story = cal;
            passing.clear();
          }
        }
      }
      dated.push({ tok: p.ts, sent: p.sent, date: n.value.length > 10 && n.value[10] === 'T' ? n.value.slice(0, 10) : n.value });
    }
  }

  const anchorStr = fmtDay(anchor);
  const toks = doc.tokens;
  const dateAt = (i: number): string | undefined => {
    const sent = sentenceOf(doc, i);
    if (sent < 0) return anchorStr;
    // The time expression of the event's own clause: nearest in the sentence, clause boundaries cost more.
    let best: string | undefined;
    let bestCost = Infinity;
    for (const d of dated) {
      if (d.sent !== sent) continue;
      const lo = Math.min(d.tok, i);
      const hi = Math.max(d.tok, i);
      // time adverbials mostly follow what they date ("visits to Ukraine on Wednesday"): ties go right
      let cost = hi - lo + (d.tok < i ? 0.5 : 0);
      for (let k = lo + 1; k < hi; k++) if (BOUNDARY.has(toks[k]!.text.toLowerCase())) cost += 8;
      if (cost < bestCost) {
        bestCost = cost;
        best = d.date;
      }
    }
    if (best) return best;
    if (ctx.narrative) {
      // a history speaks from its last date, not from the time of writing
      let last: string | undefined;
      for (const d of dated) {
        if (d.tok > i) break;
        last = d.date;
      }
      if (last) return last;
    }
    const s = doc.sentences[sent]!;
    const t = toks[i];
    const tense = t && (t.pos === 'VERB' || t.pos === 'AUX') ? groupTense(toks, i, s.tokenStart) : clauseTense(doc, i, i + 1, s.tokenStart, s.tokenEnd);
    return tense === 'future' || tense === 'prospective' || tense === 'modal' || tense === 'conditional' ? undefined : anchorStr;
  };

  return { anchor: anchorStr, timexes, dateAt };
}
