// Event coder evaluation on PLOVER gold records (../shared/gold/events/plover-gsr.dev.json).
// Run: npx tsx eval/events.ts [--verbose] [--split tune|unseen|all]
//
// Each gold record is one sentence with one annotated event (category, source and target actors). The records
// are split deterministically: within each gold category, sorted by id, even positions are the tuning part and
// odd positions the held-out ("unseen") part. The lexicon was tuned on the tuning part only.
// Figures per part:
//   type recall      records where the coder produced an event of the gold category
//   type precision   produced events whose category is the gold one (a floor: gold marks one event a sentence)
//   type+src+tgt     records with an event of the gold category whose source and target both match
//   Actors match on the country/organisation root (first three letters, old CAMEO spellings aliased, IGO=NGO);
//   a gold record without target accepts no target or one of the gold sources ("X and Y agreed").
// "strict" compares the coder's PLOVER category; "intent" also accepts intentPlover(event) (src/events/intent.ts):
// CAMEO/PLOVER-GSR code "will visit" as AGREE and "would blockade" as THREATEN, Dossier as CONSULT/ASSAULT with
// factuality future/hypothetical.
import { readFileSync } from 'node:fs';
import { sharedPath } from '../src/util/paths.js';
import { analyzeText } from '../src/text/index.js';
import { annotateTime } from '../src/time/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { codeEvents } from '../src/events/index.js';
import type { Event } from '../src/model/index.js';
import { OLD_NAMES, root, judge, describeEvent } from './events-match.js';

export { OLD_NAMES, root };

interface GoldActor { actorText?: string; code?: string; sector?: string }
export interface GoldRecord {
  id: string;
  event: string;
  date?: string;
  text: string;
  source?: GoldActor[] | string | null;
  target?: GoldActor[] | string | null;
}

const actorsOf = (x: GoldRecord['source']): string[] =>
  Array.isArray(x) ? x.filter((a) => a && typeof a === 'object' && a.code).map((a) => root(a.code)) : [];

export function loadGold(): GoldRecord[] | undefined {
  const p = sharedPath('gold', 'events', 'plover-gsr.dev.json');
  if (!p) return undefined;
  return (JSON.parse(readFileSync(p, 'utf8')) as GoldRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
}

/** Deterministic split: within each gold category sorted by id, even positions tune, odd positions are unseen. */
export function split(records: GoldRecord[]): { tune: GoldRecord[]; unseen: GoldRecord[] } {
  const byCat = new Map<string, GoldRecord[]>();
  for (const r of records) {
    const l = byCat.get(r.event) ?? [];
    l.push(r);
    byCat.set(r.event, l);
  }
  const tune: GoldRecord[] = [];
  const unseen: GoldRecord[] = [];
  for (const cat of [...byCat.keys()].sort()) {
    const l = byCat.get(cat)!.map((r, i) => ({ r, k: `${r.id}#${i}` })).sort((a, b) => (a.k < b.k ? -1 : 1));
    l.forEach(({ r }, i) => (i % 2 === 0 ? tune : unseen).push(r));
  }
  return { tune, unseen };
}

export function codeRecord(r: GoldRecord): Event[] {
  const doc = analyzeText({ id: r.id, date: r.date ?? '2000-01-01', text: r.text });
  return codeEvents(doc, recognizeEntities(doc), annotateTime(doc));
}

export interface Scores {
  n: number; events: number; typeHit: number; typePrec: number; full: number; srcOk: number; tgtOk: number;
}

export function score(records: GoldRecord[], intent: boolean, log?: (s: string) => void): Scores {
  const sc: Scores = { n: 0, events: 0, typeHit: 0, typePrec: 0, full: 0, srcOk: 0, tgtOk: 0 };
  for (const r of records) {
    const gold = OLD_NAMES[r.event] ?? r.event;
    const gs = actorsOf(r.source);
    const gt = actorsOf(r.target);
    const evs = codeRecord(r);
    const j = judge(evs, gold, gs, gt, intent, r.text);
    sc.n++;
    sc.events += evs.length;
    sc.typePrec += j.typed.length;
    if (j.typed.length) sc.typeHit++;
    if (j.srcOk) sc.srcOk++;
    if (j.tgtOk) sc.tgtOk++;
    if (j.full) sc.full++;
    if (log && !j.full) {
      log(`\n${r.id} gold ${gold} ${gs.join('+')} -> ${gt.join('+') || '-'}\n  ${r.text}`);
      for (const e of evs) log(`  ${describeEvent(e, r.text)}`);
    }
  }
  return sc;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');

export function formatRow(name: string, s: Scores): string {
  return `| ${name} | ${s.n} | ${pct(s.typeHit, s.n)} | ${pct(s.typePrec, s.events)} | ${pct(s.srcOk, s.n)} | ${pct(s.tgtOk, s.n)} | ${pct(s.full, s.n)} |`;
}

if (process.argv[1] && /eval[\\/]events\.(ts|js)$/.test(process.argv[1])) {
  const recs = loadGold();
  if (!recs) {
    console.error('needs ../shared/gold/events/plover-gsr.dev.json');
    process.exit(2);
  }
  const { tune, unseen } = split(recs);
  const verbose = process.argv.includes('--verbose');
  const which = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'all';
  console.log('| part | records | type recall | type precision (floor) | source ok | target ok | type+source+target |');
  console.log('|---|---|---|---|---|---|---|');
  for (const intent of [false, true]) {
    for (const [name, part] of [['tune', tune], ['unseen', unseen]] as const) {
      if (which !== 'all' && which !== name) continue;
      const s = score(part, intent, verbose && intent && name === 'tune' ? (x) => console.log(x) : undefined);
      console.log(formatRow(`${name} (${intent ? 'intent' : 'strict'})`, s));
    }
  }
}
