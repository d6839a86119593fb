// Where the project's own files and the shared gold data live, from src/ or from dist/ alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'dossier') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`dossier: cannot find the project root above ${from}`);
    dir = up;
  }
}

/** The repository (or installed package) root. */
export const repoRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

/** lexicon/ folder: rules and dictionaries as data. */
export const lexiconDir = join(repoRoot, 'lexicon');

/** The shared gold data: $DOSSIER_SHARED, else ../shared beside the repository. */
export const sharedDir = process.env.DOSSIER_SHARED ? resolve(process.env.DOSSIER_SHARED) : resolve(repoRoot, '..', 'shared');

/** Path inside ../shared, or undefined when it is missing (tests skip with a message then). */
export function sharedPath(...parts: string[]): string | undefined {
  const p = join(sharedDir, ...parts);
  return existsSync(p) ? p : undefined;
}

/** The defining example article. It stays in ../shared/corpus/seed: gold data is never copied into the repository. */
export const SEED_PARTS = ['corpus', 'seed', 'blinken-geneva-2022-01-21.txt'] as const;

/** The bundled sample that `npm start`, the browser tests and the HTTP benchmark ingest: examples/, plus the seed
 *  article from ../shared when it is there. */
export function sampleInputs(): string[] {
  const seed = sharedPath(...SEED_PARTS);
  return seed ? [join(repoRoot, 'examples'), seed] : [join(repoRoot, 'examples')];
}
