// Shared test inputs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/util/paths.js';
import { parseSeed } from '../src/ingest/seed.js';
import type { Article } from '../src/model/index.js';
import { Store } from '../src/store/index.js';

export const seedFile = join(repoRoot, 'examples', 'blinken-geneva-2022-01-21.txt');

/** The defining example article (examples/ holds a copy of ../shared/corpus/seed). */
export function seedArticle(): Article {
  return parseSeed(readFileSync(seedFile, 'utf8'), seedFile);
}

/** Offset of the n-th (0-based) occurrence of needle in text. */
export function nth(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no occurrence ${n} of ${needle}`);
  }
  return at;
}

/** Run fn on a new store in a temporary folder, removed afterwards. */
export function withStore(fn: (s: Store, file: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-test-'));
  const file = join(dir, 'test.db');
  const s = new Store(file);
  try {
    fn(s, file);
  } finally {
    s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
