// TempEval-3 TimeML: read the DCT and the TEXT of a .tml file, write the same file back with TIMEX3 tags
// inserted inside TEXT. Everything outside the inserted tags is left byte for byte as it was.
import { basename } from 'node:path';
import type { Timex, TimexType } from '../model/index.js';
import { analyzeText } from '../text/index.js';
import { annotateTime } from '../time/index.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export interface TmlTimex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  tid?: string;
}

export interface TmlDoc {
  /** Document creation time, YYYY-MM-DD. */
  dct: string;
  /** TEXT content with tags removed and entities decoded. */
  text: string;
  /** Raw offset of each text character, and raw offset just past it. */
  rawStart: Int32Array;
  rawEnd: Int32Array;
  /** Raw offset of the TEXT content (just after <TEXT>) and of </TEXT>. */
  bodyStart: number;
  bodyEnd: number;
  /** TIMEX3 tags found inside TEXT (gold annotations, or our own output read back). */
  timexes: TmlTimex[];
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m?.[1];
}

/** Parse a TimeML document. Throws when there is no TEXT element or no date to anchor on. */
export function parseTml(xml: string, file = 'input'): TmlDoc {
  const open = /<TEXT(?:\s[^>]*)?>/.exec(xml);
  const bodyStart = open ? open.index + open[0].length : -1;
  const bodyEnd = xml.indexOf('</TEXT>', bodyStart);
  if (!open || bodyEnd < 0) throw new Error(`${file}: no <TEXT> element`);
  const dctBlock = /<DCT>([\s\S]*?)<\/DCT>/.exec(xml);
  const dctValue = dctBlock ? attr(dctBlock[1]!, 'value') ?? /\d{4}-\d{2}-\d{2}/.exec(dctBlock[1]!)?.[0] : undefined;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : /^\d{8}/.test(dctValue ?? '') ? `${dctValue!.slice(0, 4)}-${dctValue!.slice(4, 6)}-${dctValue!.slice(6, 8)}` : undefined;
  if (!dct) throw new Error(`${file}: no document creation time (<DCT><TIMEX3 value="YYYY-MM-DD...">)`);

  const n = bodyEnd - bodyStart;
  const rawStart = new Int32Array(n + 1);
  const rawEnd = new Int32Array(n + 1);
  let text = '';
  const timexes: TmlTimex[] = [];
  const openTimex: { tag: string; start: number }[] = [];
  let i = bodyStart;
  while (i < bodyEnd) {
    const ch = xml[i]!;
    if (ch === '<') {
      const close = xml.indexOf('>', i);
      if (close < 0 || close >= bodyEnd) throw new Error(`${file}: unterminated tag at ${i}`);
      const tag = xml.slice(i, close + 1);
      if (/^<TIMEX3\b/.test(tag)) {
        if (tag.endsWith('/>')) { /* empty timex: no extent */ } else openTimex.push({ tag, start: text.length });
      } else if (tag === '</TIMEX3>') {
        const o = openTimex.pop();
        if (o) {
          timexes.push({
            start: o.start, end: text.length, text: text.slice(o.start),
            type: (attr(o.tag, 'type') ?? 'DATE') as TimexType, value: attr(o.tag, 'value') ?? '', tid: attr(o.tag, 'tid'),
          });
        }
      }
      i = close + 1;
      continue;
    }
    let c = ch;
    let len = 1;
    if (ch === '&') {
      const semi = xml.indexOf(';', i);
      if (semi > i && semi - i <= 10) {
        const name = xml.slice(i + 1, semi);
        const dec = name[0] === '#' ? String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)) : ENTITIES[name];
        if (dec !== undefined && dec.length === 1) {
          c = dec;
          len = semi - i + 1;
        }
      }
    }
    rawStart[text.length] = i;
    rawEnd[text.length] = i + len;
    text += c;
    i += len;
  }
  for (const t of timexes) t.text = text.slice(t.start, t.end);
  return { dct, text, rawStart: rawStart.subarray(0, text.length), rawEnd: rawEnd.subarray(0, text.length), bodyStart, bodyEnd, timexes };
}

/** Insert TIMEX3 tags for the given timexes (offsets into doc.text) into the raw xml. */
export function insertTimexes(xml: string, doc: TmlDoc, timexes: Timex[]): string {
  // tids continue after the highest one already in the file (the DCT is usually t0)
  let tid = 0;
  for (const m of xml.matchAll(/\stid="t(\d+)"/g)) tid = Math.max(tid, Number(m[1]));
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  let lastEnd = -1;
  for (const t of sorted) {
    if (t.start < lastEnd || t.end <= t.start || t.end > doc.text.length) continue;
    const rs = doc.rawStart[t.start]!;
    const re = doc.rawEnd[t.end - 1]!;
    out += xml.slice(at, rs) + `<TIMEX3 tid="t${++tid}" type="${t.type}" value="${t.value}">` + xml.slice(rs, re) + '</TIMEX3>';
    at = re;
    lastEnd = t.end;
  }
  return out + xml.slice(at);
}

/** A TempEval-3 .tml file in (DCT set, raw TEXT), the same file out with TIMEX3 tags inside TEXT. */
export function annotateTimeML(xml: string, file: string): string {
  const doc = parseTml(xml, file);
  const article = { id: basename(file).replace(/\.tml$/i, ''), date: doc.dct, text: doc.text };
  const time = annotateTime(analyzeText(article));
  return insertTimexes(xml, doc, time.timexes);
}

/** Remove every tag inside TEXT except none: what a "raw TEXT" input looks like (for evaluation). */
export function stripTextTags(xml: string): string {
  const open = /<TEXT(?:\s[^>]*)?>/.exec(xml);
  if (!open) return xml;
  const s = open.index + open[0].length;
  const e = xml.indexOf('</TEXT>', s);
  return xml.slice(0, s) + xml.slice(s, e).replace(/<[^>]+>/g, '') + xml.slice(e);
}
