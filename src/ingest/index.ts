// Readers: paths (files and folders) -> dated articles, or errors naming the file and line; never a throw for
// one bad input. Kinds by file name: .txt/.text (and the seed format "date YYYY-MM-DD" header), .jsonl/.ndjson
// (and .gz), .html/.htm, .rss/.atom/.xml feeds; other names are sniffed (seed header, feed, HTML, JSON lines).
//
// Ids: a JSONL record's "id" (missing: "<file id>:<line>"); a file's path relative to the root argument without
// its extension ("EgyptianProtest_cnn/InputDocs/2011-01-25/138.htm"; the file name when the root is the file);
// a feed item's guid or Atom id, else its link, else "<file id>#<n>".
//
// Dates: an input's own date wins (seed header, JSONL "date", HTML meta tags, feed pubDate/published/updated);
// inputs without one take opts.date, else the last YYYY-MM-DD in their path; else they are refused.
import { InputError } from './errors.js';
import { checkDate } from './date.js';
import { kindOfName, sniffKind, stripExtension } from './kind.js';
import { walk, type FoundFile } from './walk.js';
import { headText, readFeedFile, readHtmlFile, readJsonl, readTextFile } from './readers.js';
import type { FileContext, InputItem, ReadOptions } from './types.js';
import type { Readable } from 'node:stream';

export type { InputItem, Origin, ReadOptions } from './types.js';
export { InputError, type InputErrorCode } from './errors.js';
export { contentHash, normalizeForHash } from './hash.js';
export { checkDate, parseLooseDate, dateFromPath } from './date.js';
export { parseSeed, isSeedFormat } from './seed.js';
export { parseHtml, htmlFragmentToText } from './html.js';
export { parseFeed } from './feed.js';
export { formatBytes } from './readers.js';

/** Default text size limit: 5 MiB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const KINDS = '.txt, .jsonl/.ndjson, .html/.htm, .rss/.atom/.xml, or a file starting "date YYYY-MM-DD"';

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file (removed while reading?)';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a folder';
  return `cannot read (${err?.code ?? err?.message ?? String(e)})`;
}

async function* readOne(found: FoundFile, date: string | undefined, maxBytes: number): AsyncGenerator<InputItem> {
  const ctx: FileContext = { file: found.file, idBase: stripExtension(found.rel), size: found.size, date, maxBytes };
  try {
    let kind: string = kindOfName(found.file);
    if (kind === 'skip') throw new InputError(found.file, `not a kind of input Dossier reads (expected ${KINDS})`, undefined, 'kind');
    if (found.size === 0) throw new InputError(found.file, 'empty file', undefined, 'empty');
    if (kind === 'unknown') {
      kind = sniffKind(await headText(ctx)) ?? 'none';
      if (kind === 'none') throw new InputError(found.file, `unknown kind of input (expected ${KINDS})`, undefined, 'kind');
    }
    switch (kind) {
      case 'text':
      case 'seed':
        yield* readTextFile(ctx);
        break;
      case 'jsonl':
        yield* readJsonl(ctx);
        break;
      case 'jsonl.gz':
        yield* readJsonl(ctx, true);
        break;
      case 'html':
        yield* readHtmlFile(ctx);
        break;
      default: // feed, xml
        yield* readFeedFile(ctx);
    }
  } catch (e) {
    yield { error: e instanceof InputError ? e : new InputError(found.file, describe(e), undefined, 'read') };
  }
}

/**
 * Read every input under paths, in order: each path in turn, folders recursively in code-unit order of names,
 * hidden files and obvious non-inputs (images, .json, .md, ...) skipped. Bad inputs come out as { error } and
 * the rest goes on. Files are checked by size before they are read; JSONL is streamed line by line.
 * The path "-" is standard input, read as JSONL. Throws (before the first item) only when the options are
 * wrong: opts.date not a real YYYY-MM-DD, opts.maxBytes not positive.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const date = opts.date === undefined ? undefined : checkDate(opts.date, '--date');
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`maxBytes must be a positive number of bytes, not ${maxBytes}`);
  for (const root of paths) {
    if (root === '-') {
      // Standard input is JSONL (a pipe has no name to tell its kind by); ids default to "stdin:<line>".
      const ctx: FileContext = { file: '<stdin>', idBase: 'stdin', size: 0, date, maxBytes };
      yield* readJsonl(ctx, false, (opts.stdin ?? process.stdin) as Readable);
      continue;
    }
    for await (const found of walk(root)) {
      if ('error' in found) yield found;
      else yield* readOne(found, date, maxBytes);
    }
  }
}
