// Runs the pipeline over a stream of articles in worker threads; results come out in input order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Annotation, Article } from '../model/index.js';
import { annotate } from '../pipeline.js';
import { KnownActors, useDictionaries, type Dictionary, type LearnedActor } from '../actors/index.js';

/** What every pipeline instance knows beyond its built-in lexicon. */
export interface PipelineSetup {
  /** People learned from articles stored earlier. */
  known?: LearnedActor[];
  /** User actor dictionaries. */
  dictionaries?: Dictionary[];
}

export type Annotated<T> =
  | { tag: T; article: Article; annotation: Annotation }
  | { tag: T; article: Article; error: string };

export function defaultWorkers(): number {
  return availableParallelism();
}

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Annotate items in order with `workers` threads (0 = in this thread), with what `setup` adds to the
 * built-in knowledge. At most `workers * 16` articles are in
 * flight, so memory stays flat however long the input is.
 */
export async function* annotateAll<T>(
  items: AsyncIterable<{ tag: T; article: Article }> | Iterable<{ tag: T; article: Article }>,
  workers = defaultWorkers(),
  setup: PipelineSetup = {},
): AsyncGenerator<Annotated<T>> {
  if (workers <= 0) {
    useDictionaries(setup.dictionaries ?? []);
    const ctx = { known: new KnownActors(setup.known ?? []) };
    for await (const { tag, article } of items) {
      try {
        yield { tag, article, annotation: annotate(article, ctx) };
      } catch (err) {
        yield { tag, article, error: err instanceof Error ? err.message : String(err) };
      }
    }
    return;
  }

  const waiting = new Map<number, { resolve: (v: { annotation?: Annotation; error?: string }) => void; slot: Slot }>();
  let failure: Error | undefined;
  const slots: Slot[] = [];
  // Workers start as work arrives: a handful of articles should not pay for loading every model N times.
  const addWorker = () => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (m: { seq: number; annotation?: Annotation; error?: string }) => {
      const w = waiting.get(m.seq)!;
      waiting.delete(m.seq);
      w.slot.busy--;
      w.resolve(m);
    });
    const die = (err: Error) => {
      failure ??= err;
      for (const [seq, w] of waiting) {
        if (w.slot === slot) {
          waiting.delete(seq);
          w.resolve({ error: `worker failed: ${err.message}` });
        }
      }
    };
    worker.on('error', die);
    worker.on('exit', (code) => code !== 0 && die(new Error(`worker exited with code ${code}`)));
    slots.push(slot);
  };

  let seq = 0;
  const submit = (article: Article) =>
    new Promise<{ annotation?: Annotation; error?: string }>((resolve) => {
      if (failure) return resolve({ error: `worker failed: ${failure.message}` });
      if (slots.length < workers && (slots.length === 0 || seq >= slots.length * 4)) addWorker();
      const slot = slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      slot.busy++;
      const s = seq++;
      waiting.set(s, { resolve, slot });
      slot.worker.postMessage({ seq: s, article });
    });

  const cap = workers * 16;
  const queue: { tag: T; article: Article; result: Promise<{ annotation?: Annotation; error?: string }> }[] = [];
  const it = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<{ tag: T; article: Article }>)[Symbol.iterator]()) as
    AsyncIterator<{ tag: T; article: Article }> | Iterator<{ tag: T; article: Article }>;
  let done = false;
  try {
    for (;;) {
      while (!done && queue.length < cap) {
        const r = await it.next();
        if (r.done) done = true;
        else queue.push({ ...r.value, result: submit(r.value.article) });
      }
      const head = queue.shift();
      if (!head) break;
      const r = await head.result;
      if (r.annotation) yield { tag: head.tag, article: head.article, annotation: r.annotation };
      else yield { tag: head.tag, article: head.article, error: r.error ?? 'unknown error' };
    }
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
