// Writes lexicon/events/cameo-plover.tsv and lexicon/events/goldstein.tsv from the tables in ../shared/gold/events.
// Run: npx tsx eval/events-tables.ts   (deterministic; re-run when the shared tables change)
//
// Licences: the CAMEO->PLOVER table is CC BY-SA 4.0 (Open Event Data Alliance, P. Schrodt), so the derived file
// carries the same licence and attribution in its header. The Goldstein values are GDELT's public CAMEO lookup
// (Goldstein 1992); the derived file cites both.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconDir, sharedPath } from '../src/util/paths.js';

const dir = sharedPath('gold', 'events');
if (!dir) throw new Error('needs ../shared/gold/events');

// CAMEO roots 01 and 02 have no PLOVER line: PLOVER folds appeals (02) into REQUEST and does not code plain
// statements (01). We keep them so every CAMEO root has a category; STATEMENT is ours, not PLOVER's.
const extra: [string, string, string, string][] = [
  ['01', 'STATEMENT', '', 'Make public statement (not a PLOVER category)'],
  ['010', 'STATEMENT', '', 'Make statement, not specified below'],
  ['011', 'STATEMENT', '', 'Decline comment'],
  ['012', 'STATEMENT', '', 'Make pessimistic comment'],
  ['013', 'STATEMENT', '', 'Make optimistic comment'],
  ['014', 'STATEMENT', '', 'Consider policy option'],
  ['015', 'STATEMENT', '', 'Acknowledge or claim responsibility'],
  ['016', 'STATEMENT', '', 'Deny responsibility'],
  ['017', 'STATEMENT', '', 'Engage in symbolic act'],
  ['018', 'STATEMENT', '', 'Make empathetic comment'],
  ['019', 'STATEMENT', '', 'Express accord'],
  ['02', 'REQUEST', '', 'Appeal (PLOVER folds appeals into REQUEST)'],
  ['020', 'REQUEST', '', 'Make an appeal or request'],
  ['021', 'REQUEST', 'assist', 'Appeal for material cooperation'],
  ['022', 'REQUEST', 'assist', 'Appeal for diplomatic cooperation'],
  ['023', 'REQUEST', 'assist', 'Appeal for aid'],
  ['024', 'REQUEST', 'change', 'Appeal for political reform'],
  ['025', 'REQUEST', 'yield', 'Appeal to yield'],
  ['026', 'REQUEST', 'meet', 'Appeal to others to meet or negotiate'],
  ['027', 'REQUEST', 'meet', 'Appeal to others to settle dispute'],
  ['028', 'REQUEST', 'meet', 'Appeal to engage in or accept mediation'],
];

const rows = new Map<string, [string, string, string]>();
for (const line of readFileSync(join(dir, 'PLOVER_CAMEO2PLOVER-2021.txt'), 'utf8').split('\n')) {
  const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#(.*))?$/.exec(line.trim());
  if (!m) continue;
  const code = m[1]!;
  if (rows.has(code)) continue; // the table lists 08 and 175 twice; the first line wins
  rows.set(code, [m[2]!, (m[3] ?? '').trim().replace(/\s+/g, ''), (m[5] ?? '').trim()]);
}
for (const [code, plover, mode, desc] of extra) rows.set(code, [plover, mode, desc]);
const codes = [...rows.keys()].sort();
const plo = [
  '# CAMEO code -> PLOVER category and mode. Derived by eval/events-tables.ts from PLOVER_CAMEO2PLOVER-2021.txt',
  '# (PLOVER manual draft 0.8, Open Event Data Alliance, ed. Philip Schrodt), licensed CC BY-SA 4.0; this file is',
  '# therefore CC BY-SA 4.0 too. Rows for CAMEO roots 01 and 02 are ours (PLOVER has none). Edit freely.',
  'cameo\tplover\tmode\tdescription',
  ...codes.map((c) => [c, ...rows.get(c)!].join('\t')),
];
writeFileSync(join(lexiconDir, 'events', 'cameo-plover.tsv'), plo.join('\n') + '\n');

const gold = readFileSync(join(dir, 'CAMEO.goldsteinscale.txt'), 'utf8').split('\n').slice(1)
  .map((l) => l.trim().split(/\s+/)).filter((p) => p.length === 2 && /^\d+$/.test(p[0]!));
const gs = [
  '# CAMEO code -> Goldstein conflict-cooperation score (-10..+10). Written by eval/events-tables.ts from GDELT\'s',
  '# CAMEO.goldsteinscale.txt lookup (Goldstein, J. 1992, "A Conflict-Cooperation Scale for WEIS Events Data").',
  '# Codes missing here take the value of their parent code.',
  'cameo\tgoldstein',
  ...gold.sort((a, b) => (a[0]! < b[0]! ? -1 : 1)).map((p) => `${p[0]}\t${Number(p[1])}`),
];
writeFileSync(join(lexiconDir, 'events', 'goldstein.tsv'), gs.join('\n') + '\n');
console.log(`cameo-plover.tsv: ${codes.length} codes; goldstein.tsv: ${gold.length} codes`);
