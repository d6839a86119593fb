// dossier annotate: the pipeline as a file-to-file tool, in the three contract formats of DESIGN.md.
import { createWriteStream, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { once } from 'node:events';
import { readInputs } from '../../ingest/index.js';
import { annotateAll, defaultWorkers } from '../../parallel/pool.js';
import { annotateTimeML } from '../../formats/timeml.js';
import { annotateConll } from '../../formats/conll.js';
import { dateOpt, intOpt, str, UsageError, type Command } from '../command.js';
import { actorsOption, workersOption } from './ingest.js';
import { readDictionary, type Dictionary } from '../../actors/index.js';

export const annotateCmd: Command = {
  name: 'annotate',
  usage: 'annotate --format jsonl|timeml|conll IN OUT [options]',
  summary: 'Annotate without a database.',
  details: [
    '  jsonl   IN: JSONL {id, date, text, title?, url?, source?} (or any input ingest reads); OUT: one line per',
    '          article, the input fields plus anchor, entities, timexes, events, quotes. OUT "-" is stdout.',
    '  timeml  IN_DIR of TempEval-3 .tml files -> OUT_DIR, the same files with <TIMEX3> tags, text unchanged.',
    '  conll   IN: CoNLL-2003 columns -> OUT: the same lines with the predicted tag appended.',
  ].join('\n'),
  options: {
    format: { type: 'string', arg: 'FMT', default: 'jsonl', help: 'jsonl|timeml|conll' },
    workers: workersOption,
    actors: actorsOption,
    date: { type: 'string', arg: 'YYYY-MM-DD', help: 'date for inputs that carry none of their own (.txt files; beats a date in the path)' },
  },
  async run(o, args) {
    if (args.length !== 2) throw new UsageError('annotate needs IN and OUT');
    const [input, output] = args as [string, string];
    switch (str(o.format)) {
      case 'jsonl':
        return jsonl(input, output, intOpt(o.workers, 'workers') ?? defaultWorkers(), dateOpt(o.date, 'date'),
          ((o.actors as string[] | undefined) ?? []).map(readDictionary));
      case 'timeml':
        return timeml(input, output);
      case 'conll':
        writeFileSync(output, annotateConll(readFileSync(input, 'utf8')));
        return 0;
      default:
        throw new UsageError(`--format must be jsonl, timeml or conll, not "${o.format}"`);
    }
  },
};

async function jsonl(input: string, output: string, workers: number, date: string | undefined, dictionaries: Dictionary[]): Promise<number> {
  const out = output === '-' ? process.stdout : createWriteStream(output);
  let errors = 0;
  async function* articles() {
    for await (const item of readInputs([input], { date })) {
      if ('error' in item) {
        errors++;
        process.stderr.write(`dossier: skipped ${item.error.message}\n`);
      } else yield { tag: item.origin, article: item.article };
    }
  }
  for await (const r of annotateAll(articles(), workers, { dictionaries })) {
    if ('error' in r) {
      errors++;
      process.stderr.write(`dossier: skipped ${r.tag.file}${r.tag.line !== undefined ? `:${r.tag.line}` : ''}: ${r.error}\n`);
      continue;
    }
    if (!out.write(JSON.stringify({ ...r.article, ...r.annotation }) + '\n')) await once(out, 'drain');
  }
  if (out !== process.stdout) {
    out.end();
    await once(out, 'finish');
  }
  return errors ? 3 : 0;
}

function timeml(inDir: string, outDir: string): number {
  let st;
  try {
    st = statSync(inDir);
  } catch {
    throw new UsageError(`${inDir}: no such folder`);
  }
  if (!st.isDirectory()) throw new UsageError(`${inDir}: --format timeml takes a folder of .tml files`);
  let errors = 0;
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : /\.(tml|xml)$/i.test(d.name) ? [join(dir, d.name)] : []);
  for (const file of walk(inDir)) {
    const target = join(outDir, relative(inDir, file));
    try {
      const tagged = annotateTimeML(readFileSync(file, 'utf8'), file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, tagged);
    } catch (err) {
      errors++;
      process.stderr.write(`dossier: skipped ${file}: ${(err as Error).message}\n`);
    }
  }
  return errors ? 3 : 0;
}
