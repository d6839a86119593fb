// The speed scripts' sample: every stride-th readable Timeline17 article in the readers' order. The corpus is ordered
// by topic and the first topics' articles are twice as long, so a stride spreads the sample over all of them.
import { readInputs } from '../src/ingest/index.js';
import type { Article } from '../src/model/index.js';
import { sharedPath } from '../src/util/paths.js';

/** Up to `limit` articles, every `stride`-th of ../shared/corpus/t17; throws when it is missing. */
export async function t17Every(stride: number, limit: number): Promise<Article[]> {
  const dir = sharedPath('corpus', 't17');
  if (!dir) throw new Error('needs ../shared/corpus/t17');
  const articles: Article[] = [];
  let k = 0;
  for await (const item of readInputs([dir])) {
    if ('article' in item && k++ % stride === 0) articles.push(item.article);
    if (articles.length >= limit) break;
  }
  return articles;
}
