// The sample articles through the real pipeline, copied with their dates moved: a small corpus whose copies of
// one story on nearby days fuse and overlap, for tests of what fusion keeps.
import type { Annotation, Article } from '../src/model/index.js';
import type { StoredInput } from '../src/store/index.js';
import { annotate } from '../src/pipeline.js';
import { contentHash, readInputs } from '../src/ingest/index.js';
import { sampleInputs } from '../src/util/paths.js';

const DAY = 86400000;
const shift = (v: string, days: number) => (/^\d{4}-\d{2}-\d{2}/.test(v)
  ? new Date(Date.parse(`${v.slice(0, 10)}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10) + v.slice(10) : v);

/** The annotated examples, read once (the promise is kept, so calls at the same time share one read). */
let examples: Promise<{ a: Article; n: Annotation }[]> | undefined;
function annotated(): Promise<{ a: Article; n: Annotation }[]> {
  examples ??= (async () => {
    const out: { a: Article; n: Annotation }[] = [];
    for await (const item of readInputs(sampleInputs())) if ('article' in item) out.push({ a: item.article, n: annotate(item.article) });
    return out;
  })();
  return examples;
}

/** Copy k of every example, every date moved by `days`. */
export async function copies(k: number, days: number): Promise<StoredInput[]> {
  return (await annotated()).map(({ a, n }) => ({
    article: { ...a, id: `${a.id}#${k}`, date: shift(a.date, days) },
    annotation: {
      ...n, anchor: shift(n.anchor, days),
      timexes: n.timexes.map((t) => ({ ...t, value: shift(t.value, days) })),
      events: n.events.map((e) => ({ ...e, ...(e.date ? { date: shift(e.date, days) } : {}) })),
    },
    hash: `${k}-${contentHash(a)}`,
  }));
}
