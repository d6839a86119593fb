// Event coder evaluation on hand-coded Timeline17 sentences (eval/data/t17-events.dev.jsonl).
// Run: npx tsx eval/events-t17.ts [--verbose] [--single [--single-date D]] [--split tune|check|all] [--batch N]
//
// Each record names an article of ../shared/corpus/t17 (path under that folder), the character span of one
// sentence in the article's text as the pipeline reads it (decoded, CRLF -> LF, trimmed, as `annotate` reads a
// .txt file), a short sha1 of that sentence (to detect drift in the corpus), the PLOVER category of the sentence's
// main event and its source and target actors (CAMEO country/IGO codes; several when coordinated; none = no
// target). No corpus text is stored. The records were coded by hand from reading the articles (2026-12-03), not
// from the coder's output; see EVALUATION.md, "Events", "Timeline17 development set".
// Each article goes through the whole pipeline (annotate, as the CLI does) once; the coder's events whose trigger
// lies in the record's sentence are judged as in eval/events.ts (same matching, eval/events-match.ts).
// Split, deterministic and by article (a whole article is in one half): articles sorted by sha1 of their path,
// even positions "tune", odd positions "check", within each batch of records (`batch`, 1 when absent: round 7's
// 144 records; 2 and 3: round 9's 81 and 16 records of other articles; 4: round 12's 65 single sentences of 45 further
// articles, one clear event between named actors each, chosen and coded by hand before the coder ran on them; 5: 82
// sentences of 50 further articles, mostly bpoil, H1N1, Iraq, finance, Haiti (companies MNC), hard cases kept, coded
// the same way), so a new batch leaves the earlier halves as they were.
// --verbose lists the misses of the tune half only. --batch N scores one batch.
// --single runs each record's sentence ALONE, as eval/events.ts runs a PLOVER record (codeRecord: the sentence as
// the whole text, dated like a PLOVER record, no article around it), judged the same way, same halves. PLOVER's
// records are single sentences, so rules that read the article cannot reach them; this view shows what a rule
// inside the sentence does under PLOVER's conditions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { repoRoot, sharedPath } from '../src/util/paths.js';
import { decodeText } from '../src/ingest/decode.js';
import { annotate } from '../src/pipeline.js';
import type { Event } from '../src/model/index.js';
import { OLD_NAMES, root, judge, describeEvent } from './events-match.js';
import { codeRecord } from './events.js';

export interface T17Record {
  id: string; article: string; start: number; end: number; sha1: string;
  event: string; source: string[]; target: string[];
  /** Which annotation round the record belongs to (1 when absent); each batch is split on its own. */
  batch?: number;
}

const DATA = join(repoRoot, 'eval', 'data', 't17-events.dev.jsonl'); // the repository's (not copied into dist/)
const sha8 = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 8);

export function loadT17(): T17Record[] {
  return readFileSync(DATA, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T17Record);
}

/** Whole articles to one half: sorted by sha1 of the path, even positions tune, odd check. */
export function splitT17(recs: T17Record[]): { tune: T17Record[]; check: T17Record[] } {
  const tuneArts = new Set<string>();
  for (const b of new Set(recs.map((r) => r.batch ?? 1))) {
    const arts = [...new Set(recs.filter((r) => (r.batch ?? 1) === b).map((r) => r.article))]
      .sort((x, y) => (sha8(x) < sha8(y) ? -1 : sha8(x) > sha8(y) ? 1 : 0));
    arts.forEach((a, i) => { if (i % 2 === 0) tuneArts.add(a); });
  }
  return { tune: recs.filter((r) => tuneArts.has(r.article)), check: recs.filter((r) => !tuneArts.has(r.article)) };
}

/** The article's text as `annotate` reads a .txt file (src/ingest/readers.ts), and its date from the path. */
function readArticle(t17: string, rel: string): { text: string; date: string } {
  const file = join(t17, rel);
  const text = decodeText(readFileSync(file), file).replace(/\r\n?/g, '\n').trim();
  const date = /(\d{4}-\d{2}-\d{2})/.exec(rel)?.[1] ?? '2000-01-01';
  return { text, date };
}

export interface T17Scores { n: number; typeHit: number; full: number; srcOk: number; tgtOk: number; events: number; typed: number }

export interface Coded { text: string; events: Event[] }

/** Runs the pipeline once per article of the records; checks that each record's sentence is still there. */
export function codeArticles(t17: string, recs: T17Record[]): Map<string, Coded> {
  const out = new Map<string, Coded>();
  for (const r of recs) {
    if (!out.has(r.article)) {
      const { text, date } = readArticle(t17, r.article);
      out.set(r.article, { text, events: annotate({ id: r.article, date, text }).events });
    }
    const { text } = out.get(r.article)!;
    if (sha8(text.slice(r.start, r.end)) !== r.sha1) throw new Error(`${r.id}: the sentence at ${r.article}:${r.start}-${r.end} changed (sha1)`);
  }
  return out;
}

/**
 * Single-sentence view: each record's sentence becomes its own "article" (keyed by record id, span 0..length), coded
 * by eval/events.ts's codeRecord, which takes the record's `date` field as the document date, as for a PLOVER record.
 * The date given is the article's (from its path), as the whole-article view uses; `--single-date 2000-01-01` gives
 * the PLOVER file's placeholder instead (office holders are looked up by date, so 2011 sentences dated 2000 lose a
 * few of them: at HEAD 1 tune and 2 check records fewer).
 */
export function codeSentences(t17: string, recs: T17Record[], fixedDate?: string): { recs: T17Record[]; coded: Map<string, Coded> } {
  const texts = new Map<string, string>();
  const coded = new Map<string, Coded>();
  const out: T17Record[] = [];
  for (const r of recs) {
    if (!texts.has(r.article)) texts.set(r.article, readArticle(t17, r.article).text);
    const sentence = texts.get(r.article)!.slice(r.start, r.end);
    const date = fixedDate ?? /(\d{4}-\d{2}-\d{2})/.exec(r.article)?.[1] ?? '2000-01-01';
    if (sha8(sentence) !== r.sha1) throw new Error(`${r.id}: the sentence at ${r.article}:${r.start}-${r.end} changed (sha1)`);
    const key = `${r.article}#${r.id}`;
    coded.set(key, { text: sentence, events: codeRecord({ id: r.id, event: r.event, date, text: sentence }) });
    out.push({ ...r, article: key, start: 0, end: sentence.length });
  }
  return { recs: out, coded };
}

export function scoreT17(recs: T17Record[], coded: Map<string, Coded>, intent: boolean, log?: (s: string) => void): T17Scores {
  const sc: T17Scores = { n: 0, typeHit: 0, full: 0, srcOk: 0, tgtOk: 0, events: 0, typed: 0 };
  for (const r of recs) {
    const { text, events } = coded.get(r.article)!;
    const sentence = text.slice(r.start, r.end);
    const evs = events.filter((e) => e.trigger.start >= r.start && e.trigger.start < r.end);
    const gold = OLD_NAMES[r.event] ?? r.event;
    const j = judge(evs, gold, r.source.map(root), r.target.map(root), intent, sentence);
    sc.n++;
    sc.events += evs.length;
    sc.typed += j.typed.length;
    if (j.typed.length) sc.typeHit++;
    if (j.srcOk) sc.srcOk++;
    if (j.tgtOk) sc.tgtOk++;
    if (j.full) sc.full++;
    if (log && !j.full) {
      log(`\n${r.id} ${r.article} gold ${gold} ${r.source.join('+')} -> ${r.target.join('+') || '-'}\n  ${sentence}`);
      for (const e of evs) log(`  ${describeEvent(e, sentence)}`);
    }
  }
  return sc;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');

if (process.argv[1] && /eval[\\/]events-t17\.(ts|js)$/.test(process.argv[1])) {
  const t17 = sharedPath('corpus', 't17');
  if (!t17) {
    console.error('needs ../shared/corpus/t17');
    process.exit(2);
  }
  const batchArg = process.argv.includes('--batch') ? Number(process.argv[process.argv.indexOf('--batch') + 1]) : 0;
  const recs = loadT17().filter((r) => !batchArg || (r.batch ?? 1) === batchArg);
  const { tune, check } = splitT17(recs);
  const verbose = process.argv.includes('--verbose');
  const which = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'all';
  let parts: [string, T17Record[]][] = [['tune', tune], ['check', check]];
  parts = parts.filter(([name]) => which === 'all' || which === name);
  let coded: Map<string, Coded>;
  if (process.argv.includes('--single') || process.argv.includes('--single-date')) {
    // Same halves (split by article above), each record re-keyed to its own sentence.
    const fixed = process.argv.includes('--single-date') ? process.argv[process.argv.indexOf('--single-date') + 1] : undefined;
    const res = codeSentences(t17, parts.flatMap(([, p]) => p), fixed);
    coded = res.coded;
    const byId = new Map(res.recs.map((r) => [r.id, r]));
    parts = parts.map(([name, p]) => [name, p.map((r) => byId.get(r.id)!)]);
  } else coded = codeArticles(t17, parts.flatMap(([, p]) => p));
  console.log('| part | records | articles | type recall | type precision (floor) | source ok | target ok | type+source+target |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const intent of [false, true]) {
    for (const [name, part] of parts) {
      const s = scoreT17(part, coded, intent, verbose && intent && name === 'tune' ? (x) => console.log(x) : undefined);
      const arts = new Set(part.map((r) => r.article.replace(/#.*$/, ''))).size;
      console.log(`| ${name} (${intent ? 'intent' : 'strict'}) | ${s.n} | ${arts} | ${pct(s.typeHit, s.n)} | ${pct(s.typed, s.events)} | ${pct(s.srcOk, s.n)} | ${pct(s.tgtOk, s.n)} | ${pct(s.full, s.n)} |`);
    }
  }
}
