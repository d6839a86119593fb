// Is a speed change output-neutral? Annotates a spread sample of Timeline17 with two checkouts' pipelines in
// one process and compares the JSON of every annotation byte for byte (each version with its own KnownActors,
// fed the same articles in the same order). Exit code 1 when any article differs; the first differences are
// printed with the byte where they start.
//   npx tsx bench/same-output.ts --base DIR [--other DIR] [--stride 15] [--limit 100000]
// --base: the reference checkout (e.g. `git worktree add /tmp/base HEAD`, with node_modules and ../shared
// reachable); --other: the checkout under test (default: this one).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t17Every } from './t17-every.js';
import type { Article } from '../src/model/index.js';
import { repoRoot } from '../src/util/paths.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
async function load(root: string) {
  const mod = (p: string): Promise<any> => import(pathToFileURL(resolve(root, p)).href);
  const { annotate } = await mod('src/pipeline.ts');
  const { KnownActors } = await mod('src/actors/index.ts');
  const known = new KnownActors([]);
  return (a: Article): string => JSON.stringify(annotate(a, { known }));
}

async function main() {
  const args = process.argv.slice(2);
  const get = (k: string, d: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1]! : d; };
  const base = get('--base', '');
  if (!base) throw new Error('usage: npx tsx bench/same-output.ts --base DIR [--other DIR] [--stride 15] [--limit N]');
  const other = get('--other', repoRoot);
  const stride = Number(get('--stride', '15'));
  const limit = Number(get('--limit', '100000'));
  const articles = await t17Every(stride, limit);
  const a = await load(base);
  const b = await load(other);
  let n = 0, differ = 0, bytes = 0;
  for (const article of articles) {
    const x = a(article);
    const y = b(article);
    n++;
    bytes += x.length;
    if (x !== y) {
      differ++;
      if (differ <= 5) {
        let i = 0;
        while (i < x.length && x[i] === y[i]) i++;
        console.log(`differs: ${article.id} at char ${i}\n  base:  ${x.slice(Math.max(0, i - 80), i + 120)}\n  other: ${y.slice(Math.max(0, i - 80), i + 120)}`);
      }
    }
  }
  console.log(`${n} Timeline17 articles (every ${stride}th), ${(bytes / 1e6).toFixed(1)} MB of JSON: ${n - differ} identical, ${differ} differ`);
  console.log(`base ${base}\nother ${other}`);
  if (differ) process.exitCode = 1;
}

await main();
