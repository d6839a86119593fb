// dossier ingest: read, annotate in worker threads, store in batched transactions. Idempotent by content hash.
import { contentHash, readInputs } from '../../ingest/index.js';
import type { Article } from '../../model/index.js';
import { annotateAll, defaultWorkers } from '../../parallel/pool.js';
import { Store, type StoredInput } from '../../store/index.js';
import { dateOpt, dbOption, intOpt, str, UsageError, type Command } from '../command.js';
import { Progress, totalBytes } from '../progress.js';
import { readDictionary } from '../../actors/index.js';
import { fuseNew } from '../../fuse/index.js';

export const workersOption = {
  type: 'string' as const, arg: 'N', default: String(defaultWorkers()),
  help: 'worker threads for the pipeline (0 = in the main thread)',
};

export const actorsOption = {
  type: 'string' as const, multiple: true, arg: 'FILE',
  help: 'also use this actor dictionary (YAML, CSV/TSV or PETRARCH .actors.txt); repeatable. "dossier actors import" keeps one for good',
};

const BATCH = 256;
const FLUSH_MS = 1000;

export const ingest: Command = {
  name: 'ingest',
  usage: 'ingest PATH... [options]',
  summary: 'Read articles (seed "date" files, JSONL, dated .txt, HTML, RSS/Atom; folders recursively), annotate them and store them.',
  details: [
    'Articles already stored (same text and date) are skipped, so ingesting again changes nothing and an',
    'interrupted run can simply be repeated. Bad inputs are reported with their file (and line) and skipped.',
    'Exit status: 0 all went in, 3 some inputs were skipped (see messages), 1 failure, 2 usage error.',
  ].join('\n'),
  options: {
    db: dbOption,
    workers: workersOption,
    date: { type: 'string', arg: 'YYYY-MM-DD', help: 'date for inputs that carry none of their own (.txt files; beats a date in the path)' },
    actors: actorsOption,
    quiet: { type: 'boolean', short: 'q', help: 'no progress line and no per-file messages, only the summary' },
  },
  async run(o, paths) {
    if (!paths.length) throw new UsageError('ingest needs at least one PATH (file or folder)');
    const workers = intOpt(o.workers, 'workers') ?? defaultWorkers();
    const date = dateOpt(o.date, 'date');
    const dictionaries = ((o.actors as string[] | undefined) ?? []).map(readDictionary);
    const store = new Store(str(o.db)!);
    const setup = { known: store.learnedActors(), dictionaries: [...store.dictionaries(), ...dictionaries] };
    const progress = new Progress('ingest', totalBytes(paths));
    const say = (msg: string) => !o.quiet && progress.log(msg);
    let errors = 0;
    let duplicates = 0;
    let inserted = 0;
    const seen = new Set<string>();

    // Only articles not stored yet go to the workers.
    async function* fresh(): AsyncGenerator<{ tag: { hash: string; origin: string; file: string }; article: Article }> {
      for await (const item of readInputs(paths, { date })) {
        if ('error' in item) {
          errors++;
          say(`dossier: skipped ${item.error.message}`);
          continue;
        }
        const hash = contentHash(item.article);
        const origin = item.origin.line !== undefined ? `${item.origin.file}:${item.origin.line}` : item.origin.file;
        if (seen.has(hash) || store.has(hash)) {
          duplicates++;
          progress.tick(item.origin.file, item.article.text.length);
          continue;
        }
        seen.add(hash);
        yield { tag: { hash, origin, file: item.origin.file }, article: item.article };
      }
    }

    let batch: StoredInput[] = [];
    let lastFlush = Date.now();
    const flush = () => {
      if (!batch.length) return;
      const r = store.insert(batch);
      inserted += r.inserted;
      duplicates += r.duplicates;
      batch = [];
      lastFlush = Date.now();
    };
    try {
      for await (const r of annotateAll(fresh(), workers, setup)) {
        progress.tick(r.tag.file, r.article.text.length);
        if ('error' in r) {
          errors++;
          say(`dossier: skipped ${r.tag.origin}: annotation failed: ${r.error}`);
          continue;
        }
        batch.push({ article: r.article, annotation: r.annotation, hash: r.tag.hash, origin: r.tag.origin });
        if (batch.length >= BATCH || Date.now() - lastFlush > FLUSH_MS) flush();
      }
      flush();
      fuseNew(store.db); // cross-article fusion of the new mentions, so `events` shows report counts at once
    } finally {
      progress.end();
      store.close();
    }
    const secs = progress.elapsed();
    process.stdout.write(`ingested ${inserted}, duplicates skipped ${duplicates}, errors ${errors} (${secs.toFixed(1)} s, ${(inserted / Math.max(secs, 1e-3)).toFixed(1)} articles/s)\n`);
    return errors ? 3 : 0;
  },
};
