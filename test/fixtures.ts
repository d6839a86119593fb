// Shared test inputs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_PARTS, sharedDir } from '../src/util/paths.js';
import { parseSeed } from '../src/ingest/seed.js';
import type { Article } from '../src/model/index.js';
import { Store } from '../src/store/index.js';

/** The defining example article, in ../shared (the tests that use it need ../shared). */
export const seedFile = join(sharedDir, ...SEED_PARTS);

export function seedArticle(): Article {
  if (!existsSync(seedFile)) throw new Error(`this test needs the seed article ${seedFile} (../shared is missing; set DOSSIER_SHARED)`);
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
