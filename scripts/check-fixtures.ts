// Does the repository copy text of ../shared? Lists the quoted runs (string literals, and examples quoted in
// comments, lexicon files and docs) of seven words or more in the given files that share a run of seven words
// with any text under ../shared, except the seed article and DESIGN.md (those define the project and may be
// quoted). Default: test/, src/, lexicon/, eval/, bench/, scripts/ and the top-level *.md. Gold data and corpus
// text must not be committed: a fixture or an example is a sentence of our own with the shape it is about.
//   npx tsx scripts/check-fixtures.ts [FILE...]      exit 1 when something is flagged, 2 without ../shared
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, sharedPath } from '../src/util/paths.js';

const RUN = 7;
const words = (s: string): string[] => s.replace(/<[^>]+>/g, ' ').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Two 32-bit FNV-1a hashes of a run, joined into one safe integer (collisions negligible at ~10^7 runs). */
function key(ws: string[], i: number): number {
  let a = 0x811c9dc5, b = 0x01000193;
  for (let k = i; k < i + RUN; k++) {
    const w = ws[k]!;
    for (let j = 0; j < w.length; j++) {
      a = Math.imul(a ^ w.charCodeAt(j), 0x01000193) >>> 0;
      b = Math.imul(b ^ w.charCodeAt(j), 0x5bd1e995) >>> 0;
    }
    a = Math.imul(a ^ 32, 0x01000193) >>> 0;
    b = Math.imul(b ^ 32, 0x5bd1e995) >>> 0;
  }
  return (a & 0x1fffff) * 0x100000000 + b;
}

function* files(dir: string, skip: (name: string) => boolean): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (skip(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p, skip);
    else if (e.isFile()) yield p;
  }
}

const shared = sharedPath();
if (!shared) {
  console.error('check-fixtures: ../shared is missing (looked beside the repository): nothing to compare with');
  process.exit(2);
}
const runs = new Set<number>();
for (const p of files(shared, (n) => n === 'seed' || n === 'DESIGN.md')) {
  if (statSync(p).size > 5_000_000) continue;
  const ws = words(readFileSync(p, 'utf8'));
  for (let i = 0; i + RUN <= ws.length; i++) runs.add(key(ws, i));
}

const TEXT = /\.(ts|mjs|js|tsv|txt|yaml|json|jsonl|md|html|xml|rss|atom)$/;
const targets = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
    ...['test', 'src', 'lexicon', 'eval', 'bench', 'scripts', 'examples'].flatMap((d) => [...files(join(repoRoot, d), () => false)]),
    ...readdirSync(repoRoot).filter((f) => f.endsWith('.md')).map((f) => join(repoRoot, f)),
  ].filter((p) => TEXT.test(p));
const LITERAL = /'((?:[^'\\\n]|\\.){30,})'|"((?:[^"\\\n]|\\.){30,})"|`([^`]{30,})`|“([^”\n]{30,})”/g;
let flagged = 0;
for (const path of targets) {
  readFileSync(path, 'utf8').split('\n').forEach((line, n) => {
    for (const m of line.matchAll(LITERAL)) {
      const ws = words(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
      for (let i = 0; i + RUN <= ws.length; i++) {
        if (runs.has(key(ws, i))) {
          flagged++;
          console.log(`${path}:${n + 1}: ${ws.slice(i, i + RUN).join(' ')}`);
          break;
        }
      }
    }
  });
}
console.error(`${flagged} string(s) share a run of ${RUN} words with ../shared (${runs.size.toLocaleString('en')} runs read)`);
process.exit(flagged ? 1 : 0);
