// Unseen test for time expressions: the MEANTIME English Apple corpus (30 Wikinews articles, CAT XML,
// intra-document annotation). Each article's text is rebuilt from its tokens (one sentence per line, tokens
// joined as a reader would see them), run through the same path as `annotate` (analyzeText + annotateTime,
// the CREATION_TIME timex as the article date), our timexes mapped to token spans, and scored with the
// TempEval-3 measures of eval/timex.ts over token offsets. The CREATION_TIME timex (the dateline) is left
// out of both sides, like a TempEval-3 DCT, and so are TIMEX3 without token anchors (non-textual points).
// MEANTIME annotates only the title, the dateline and the first sentences of each article (sentences 0-5:
// the markables of every layer, entities and events included, stop there), so only our timexes in those
// sentences are scored, while the tagger still reads the whole article.
// Never tune on this set: it prints the row only (and, for checking the reader, the gold of one document).
//   npx tsx eval/timex-meantime.ts [--gold DOC_ID]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import type { TimexType } from '../src/model/index.js';
import type { TmlTimex } from '../src/formats/timeml.js';
import { sharedPath } from '../src/util/paths.js';
import { figures, score, zero, type Figures } from './timex.js';

const unescape = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export interface CatToken {
  id: string;
  sent: number;
  text: string;
  start: number;
  end: number;
}

export interface CatDoc {
  id: string;
  /** Creation time, YYYY-MM-DD. */
  dct: string;
  text: string;
  tokens: CatToken[];
  /** Gold timexes as token index spans [start, end), CREATION_TIME and non-textual ones left out. */
  timexes: TmlTimex[];
  /** Token span of the CREATION_TIME timex (the dateline), if it has one. */
  dctSpan?: [number, number];
  /** TIMEX3 elements in the file, and how many were left out as creation time or non-textual. */
  counts: { all: number; creation: number; empty: number };
}

/** Sentences (from 0: title, dateline, then the body) the corpus annotates in each article. */
export const ANNOTATED_SENTENCES = 6;

/** PTB quotes back to plain ones; no space before closing punctuation and clitics, none after openers. */
const QUOTE: Record<string, string> = { '``': '"', "''": '"', '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']' };
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}”]|['’](?:s|S|re|ve|ll|d|m)|n['’]t)$/;
const NO_SPACE_AFTER = /^[([{$“]$/;

/** Read a CAT XML article: tokens to text (one sentence per line), gold TIMEX3 to token spans. */
export function readCat(xml: string, name: string): CatDoc {
  const tokens: CatToken[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const sent = /\bsentence="(\d+)"/.exec(m[1]!)?.[1];
    const id = /\bt_id="(\d+)"/.exec(m[1]!)?.[1];
    if (sent === undefined || id === undefined) continue;
    const raw = unescape(m[2]!);
    tokens.push({ id, sent: Number(sent), text: QUOTE[raw] ?? raw, start: 0, end: 0 });
  }
  // double quotes open and close in turn: no space after an opening one, none before a closing one
  let text = '';
  let prev: CatToken | undefined;
  let inQuote = false;
  let afterOpen = false;
  for (const t of tokens) {
    const quote = t.text === '"';
    if (prev) {
      if (t.sent !== prev.sent) {
        text += '\n';
        inQuote = false;
      } else if (!(NO_SPACE_BEFORE.test(t.text) || (quote && inQuote) || NO_SPACE_AFTER.test(prev.text) || afterOpen)) text += ' ';
    }
    afterOpen = quote && !inQuote;
    if (quote) inQuote = !inQuote;
    t.start = text.length;
    text += t.text;
    t.end = text.length;
    prev = t;
  }
  const index = new Map(tokens.map((t, i) => [t.id, i]));
  const timexes: TmlTimex[] = [];
  let dct: string | undefined;
  let dctSpan: [number, number] | undefined;
  const counts = { all: 0, creation: 0, empty: 0 };
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g)) {
    counts.all++;
    const attrs = m[1]!;
    const at = (k: string) => new RegExp(`\\b${k}="([^"]*)"`).exec(attrs)?.[1] ?? '';
    const toks = [...(m[2] ?? '').matchAll(/t_id="(\d+)"/g)].map((x) => index.get(x[1]!)).filter((x): x is number => x !== undefined);
    const span: [number, number] | undefined = toks.length ? [Math.min(...toks), Math.max(...toks) + 1] : undefined;
    if (at('functionInDocument') === 'CREATION_TIME') {
      counts.creation++;
      dct = at('value');
      dctSpan = span;
      continue;
    }
    if (!span) {
      counts.empty++;
      continue;
    }
    if (tokens[span[0]]!.sent >= ANNOTATED_SENTENCES) throw new Error(`${name}: a TIMEX3 past the annotated sentences`);
    timexes.push({
      start: span[0], end: span[1], type: at('type') as TimexType, value: at('value'),
      text: text.slice(tokens[span[0]]!.start, tokens[span[1] - 1]!.end),
    });
  }
  if (!dct || !/^\d{4}-\d{2}-\d{2}/.test(dct)) throw new Error(`${name}: no CREATION_TIME TIMEX3 with a YYYY-MM-DD value`);
  timexes.sort((a, b) => a.start - b.start);
  return { id: name, dct: dct.slice(0, 10), text, tokens, timexes, dctSpan, counts };
}

/** Map character spans to token spans [first token overlapped, last + 1). */
export function toTokenSpan(tokens: CatToken[], start: number, end: number): [number, number] | undefined {
  let a = -1;
  let b = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (a < 0) a = i;
    b = i;
  }
  return a < 0 ? undefined : [a, b + 1];
}

/** Our timexes for a CAT article, as token spans, the ones on the dateline left out. */
export function systemTimexes(doc: CatDoc): TmlTimex[] {
  const layer = annotateTime(analyzeText({ id: doc.id, date: doc.dct, text: doc.text }));
  const out: TmlTimex[] = [];
  for (const t of layer.timexes) {
    const span = toTokenSpan(doc.tokens, t.start, t.end);
    if (!span) continue;
    if (doc.dctSpan && span[0] < doc.dctSpan[1] && doc.dctSpan[0] < span[1]) continue;
    if (doc.tokens[span[0]]!.sent >= ANNOTATED_SENTENCES) continue;
    out.push({ start: span[0], end: span[1], type: t.type, value: t.value, text: t.text });
  }
  return out;
}

export function meantimeDir(): string | undefined {
  return sharedPath('gold', 'meantime', 'cat', 'intra-doc_annotation', 'corpus_apple');
}

export function runMeantime(dir: string): { figures: Figures; counts: { all: number; creation: number; empty: number } } {
  const c = zero();
  const counts = { all: 0, creation: 0, empty: 0 };
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
  for (const f of files) {
    const doc = readCat(readFileSync(join(dir, f), 'utf8'), f.replace(/\.xml$/, ''));
    counts.all += doc.counts.all;
    counts.creation += doc.counts.creation;
    counts.empty += doc.counts.empty;
    score(c, doc.timexes, systemTimexes(doc));
  }
  return { figures: figures(c, files.length), counts };
}

function main(): void {
  const dir = meantimeDir();
  if (!dir) {
    console.error('eval/timex-meantime: needs ../shared/gold/meantime/cat/intra-doc_annotation/corpus_apple (set DOSSIER_SHARED)');
    process.exitCode = 1;
    return;
  }
  const args = process.argv.slice(2);
  const gi = args.indexOf('--gold');
  if (gi >= 0) {
    // reader check: the gold of one document only (text and extents), never compared with our output
    const f = readdirSync(dir).find((x) => x.startsWith(args[gi + 1]! + '_'));
    if (!f) throw new Error(`no document ${args[gi + 1]}`);
    const doc = readCat(readFileSync(join(dir, f), 'utf8'), f);
    console.log(doc.text);
    console.log(`DCT ${doc.dct} dateline tokens ${JSON.stringify(doc.dctSpan)}; ${JSON.stringify(doc.counts)}`);
    for (const t of doc.timexes) console.log(`${t.start}-${t.end}\t${t.type}\t${t.value}\t${JSON.stringify(t.text)}`);
    return;
  }
  const t0 = process.cpuUsage();
  const { figures: f, counts } = runMeantime(dir);
  const cu = process.cpuUsage(t0);
  console.error(`MEANTIME: ${counts.all} TIMEX3, ${counts.creation} creation times and ${counts.empty} without tokens left out; ${((cu.user + cu.system) / 1000).toFixed(0)} ms CPU`);
  console.log('| set | docs | gold | sys | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 | value acc |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  console.log(`| MEANTIME Apple (unseen) | ${f.docs} | ${f.gold} | ${f.sys} | ${f.strictP} | ${f.strictR} | ${f.strictF1} | ${f.relaxedP} | ${f.relaxedR} | ${f.relaxedF1} | ${f.typeF1} | ${f.valueF1} | ${f.valueAcc} |`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
