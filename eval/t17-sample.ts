// An even sample of Timeline17 articles for the speed scripts: every k-th file over all topics, in a fixed order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/model/index.js';
import { sharedPath } from '../src/util/paths.js';

/** Up to `limit` non-empty articles spread over all topics; exits with a message when ../shared is missing. */
export function t17Sample(limit: number, script: string): Article[] {
  const root = sharedPath('corpus', 't17');
  if (!root) {
    console.error(`${script}: needs ../shared/corpus/t17`);
    process.exit(1);
  }
  const files: { path: string; day: string }[] = [];
  for (const topic of readdirSync(root).sort()) {
    const input = join(root, topic, 'InputDocs');
    let days: string[];
    try { days = readdirSync(input).sort(); } catch { continue; }
    for (const day of days) for (const f of readdirSync(join(input, day)).sort()) files.push({ path: join(input, day, f), day });
  }
  const step = Math.max(1, Math.floor(files.length / limit));
  const out: Article[] = [];
  for (let i = 0; i < files.length && out.length < limit; i += step) {
    const { path, day } = files[i]!;
    const text = readFileSync(path, 'utf8');
    if (text.trim()) out.push({ id: path, date: day, text });
  }
  return out;
}
