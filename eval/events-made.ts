// Event coder evaluation on made-up, hand-coded news sentences in the style of CAMEO's codebook examples
// (eval/data/made-events-*.jsonl: our own text, written and coded by hand before the coder ran on it).
// Run: npx tsx eval/events-made.ts [--verbose] [--split tune|check|all] [--batch NAME]
//
// The PLOVER records of eval/events.ts are single wire-news sentences; their tuning part is used up as a guide
// (EVALUATION.md, "Events"). These sentences are a fresh development set of the same shape, one record each:
//   {"id": "a-001", "date": "1998-03-12", "text": "...", "plover": "REQUEST", "source": ["USA"], "target": ["IRQ"]}
// source/target: CAMEO country or organisation codes (the first three letters are compared, as in eval/events.ts);
// an empty target means the event has none. The batch is the file's name after "made-events-".
// Split, deterministic, within each batch: records sorted by sha1 of their id, even positions "tune" (errors may be
// read and rules written from them), odd positions "check" (figures only).
// Judged exactly as eval/events.ts judges a PLOVER record (eval/events-match.ts), both strict and intent.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { repoRoot } from '../src/util/paths.js';
import { codeRecord } from './events.js';
import { root, judge, describeEvent } from './events-match.js';

export interface MadeRecord {
  id: string; batch: string; date: string; text: string; plover: string; source: string[]; target: string[];
}

const DIR = join(repoRoot, 'eval', 'data');

/** Every record of eval/data/made-events-*.jsonl; a malformed line stops with its file and line number. */
export function loadMade(): MadeRecord[] {
  const out: MadeRecord[] = [];
  for (const f of readdirSync(DIR).filter((n) => /^made-events-.+\.jsonl$/.test(n)).sort()) {
    const batch = f.replace(/^made-events-/, '').replace(/\.jsonl$/, '');
    readFileSync(join(DIR, f), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      let r: Partial<MadeRecord>;
      try {
        r = JSON.parse(line) as Partial<MadeRecord>;
      } catch (e) {
        throw new Error(`${f}:${i + 1}: not JSON (${(e as Error).message})`);
      }
      if (!r.id || !r.text || !r.plover || !r.date || !Array.isArray(r.source) || !Array.isArray(r.target)) {
        throw new Error(`${f}:${i + 1}: needs id, date, text, plover, source[] and target[]`);
      }
      out.push({ ...(r as MadeRecord), batch });
    });
  }
  return out;
}

const sha = (s: string) => createHash('sha1').update(s).digest('hex');

export function splitMade(records: MadeRecord[]): { tune: MadeRecord[]; check: MadeRecord[] } {
  const tune: MadeRecord[] = [];
  const check: MadeRecord[] = [];
  const batches = [...new Set(records.map((r) => r.batch))].sort();
  for (const b of batches) {
    records.filter((r) => r.batch === b).map((r) => ({ r, k: sha(r.id) })).sort((x, y) => (x.k < y.k ? -1 : 1))
      .forEach(({ r }, i) => (i % 2 === 0 ? tune : check).push(r));
  }
  return { tune, check };
}

interface Row { n: number; typeHit: number; srcOk: number; tgtOk: number; full: number }

function scoreMade(records: MadeRecord[], intent: boolean, log?: (s: string) => void): Row {
  const row: Row = { n: 0, typeHit: 0, srcOk: 0, tgtOk: 0, full: 0 };
  for (const r of records) {
    const evs = codeRecord({ id: r.id, event: r.plover, date: r.date, text: r.text });
    const gs = r.source.map(root);
    const gt = r.target.map(root);
    const j = judge(evs, r.plover, gs, gt, intent, r.text);
    row.n++;
    if (j.typed.length) row.typeHit++;
    if (j.srcOk) row.srcOk++;
    if (j.tgtOk) row.tgtOk++;
    if (j.full) row.full++;
    if (log && !j.full) {
      log(`\n${r.id} gold ${r.plover} ${gs.join('+')} -> ${gt.join('+') || '-'}\n  ${r.text}`);
      for (const e of evs) log(`  ${describeEvent(e, r.text)}`);
    }
  }
  return row;
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');

if (process.argv[1] && /eval[\\/]events-made\.(ts|js)$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const get = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
  const which = get('--split') ?? 'all';
  const batch = get('--batch');
  const verbose = args.includes('--verbose');
  const all = loadMade().filter((r) => !batch || r.batch === batch);
  if (!all.length) {
    console.error(`no records in ${DIR}/made-events-*.jsonl${batch ? ` for batch ${batch}` : ''}`);
    process.exit(2);
  }
  const { tune, check } = splitMade(all);
  console.log('| part | records | type recall | source ok | target ok | type+source+target |');
  console.log('|---|---|---|---|---|---|');
  for (const intent of [false, true]) {
    for (const [name, part] of [['tune', tune], ['check', check]] as const) {
      if (which !== 'all' && which !== name) continue;
      // Error lists only for the tune half: the check half stays figures only.
      const s = scoreMade(part, intent, verbose && intent && name === 'tune' ? (x) => console.log(x) : undefined);
      console.log(`| ${name} (${intent ? 'intent' : 'strict'}) | ${s.n} | ${pct(s.typeHit, s.n)} | ${pct(s.srcOk, s.n)} | ${pct(s.tgtOk, s.n)} | ${pct(s.full, s.n)} |`);
    }
  }
}
