// One reader per kind of file. A reader of one article throws an InputError for a bad file; readers of many
// records (JSONL, feeds) yield an error per bad record and go on. index.ts turns whatever is thrown (an
// InputError, or a file vanishing mid-read) into an error item, so the batch always goes on.
import { createReadStream, readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Article } from '../model/index.js';
import { InputError } from './errors.js';
import { checkDate, dateFromPath, parseLooseDate } from './date.js';
import { declaredCharset, decodeText, looksBinary } from './decode.js';
import { parseHtml } from './html.js';
import { isFeedRoot, parseFeed } from './feed.js';
import { splitLines } from './lines.js';
import type { FileContext, InputItem } from './types.js';

/** HTML pages and feeds carry markup around their text: the file may be this many times the text limit. */
export const MARKUP_FACTOR = 16;
/** A JSON string may spell one character in up to 6 bytes (\uXXXX): a record line may be this many times the text limit. */
const JSON_ESCAPE_FACTOR = 6;
/** A file whose first this-many non-blank lines are all not JSON is not JSONL: one error, not one per line. */
const JSONL_GIVE_UP = 50;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MiB`;
  return `${(n / 1024 ** 3).toFixed(1).replace(/\.0$/, '')} GiB`;
}

function tooBig(file: string, what: string, size: number, limit: number, line?: number): InputError {
  return new InputError(file, `${what} is ${formatBytes(size)}, above the ${formatBytes(limit)} limit`, line, 'size');
}

/** The date for an input without one of its own: --date, else a YYYY-MM-DD in the path, else an error. */
function fallbackDate(ctx: FileContext, problem: string, line?: number): string {
  if (ctx.date) return ctx.date;
  const p = dateFromPath(ctx.file);
  if (p && 'date' in p) return p.date;
  if (p) throw new InputError(ctx.file, `${problem}, and the date ${p.invalid} in the path is no such day`, line, 'date');
  throw new InputError(ctx.file, `${problem} (give --date, or put YYYY-MM-DD in the path)`, line, 'date');
}

function checkText(ctx: FileContext, text: string, line?: number, prefix = ''): void {
  if (text.trim() === '') throw new InputError(ctx.file, `${prefix}empty text`, line, 'empty');
  const bytes = Buffer.byteLength(text);
  if (bytes > ctx.maxBytes) throw tooBig(ctx.file, `${prefix}text`, bytes, ctx.maxBytes, line);
}

/** Files up to this size are read synchronously (see walk.ts: page-cache reads beat thread-pool round trips). */
const SYNC_READ_MAX = 1 << 20;

function readWhole(file: string, size: number): Buffer | Promise<Buffer> {
  return size <= SYNC_READ_MAX ? readFileSync(file) : readFile(file);
}

async function readHead(file: string, n = 4096): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The first characters of a file, for sniffing its kind; throws InputError when it is binary. */
export async function headText(ctx: FileContext): Promise<string> {
  const head = await readHead(ctx.file);
  if (looksBinary(head)) throw new InputError(ctx.file, 'binary data (NUL bytes), not a text file', undefined, 'binary');
  return head.toString('utf8');
}

// "date 2022-01-21" at the very start (the seed format). The value must start with a digit, so an article
// that opens with the word "date" is not taken for a header.
const SEED_HEADER = /^\s*date[ \t]+(\d\S*)(?:\s+|$)/;

/**
 * .txt and seed files. The date is the file's own "date YYYY-MM-DD" header when it has one (and the header is
 * dropped from the text), else --date, else a YYYY-MM-DD in the path. Line breaks are kept (Timeline17 files
 * hold one sentence per line); CRLF becomes LF and the text is trimmed.
 */
export async function* readTextFile(ctx: FileContext): AsyncGenerator<InputItem> {
  if (ctx.size > ctx.maxBytes) throw tooBig(ctx.file, 'file', ctx.size, ctx.maxBytes);
  let text = decodeText(await readWhole(ctx.file, ctx.size), ctx.file).replace(/\r\n?/g, '\n');
  let date: string;
  const m = SEED_HEADER.exec(text);
  if (m) {
    date = checkDate(m[1], ctx.file, 1);
    text = text.slice(m[0].length);
  } else {
    date = fallbackDate(ctx, 'no date: no "date YYYY-MM-DD" first line');
  }
  text = text.trim();
  checkText(ctx, text);
  yield { article: { id: ctx.idBase, date, text }, origin: { file: ctx.file } };
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function optionalString(obj: Record<string, unknown>, key: string, file: string, line: number): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new InputError(file, `"${key}" must be a string`, line, 'json');
  return v;
}

/**
 * One JSONL record -> Article. id: a string (or number); missing, it is "<file id>:<line>". date: YYYY-MM-DD (a
 * full ISO timestamp is accepted, its day kept as written); missing, --date or a date in the path is used.
 */
export function recordToArticle(obj: unknown, ctx: FileContext, line: number): Article {
  const { file } = ctx;
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new InputError(file, 'expected a JSON object {id, date, text, ...}', line, 'json');
  const rec = obj as Record<string, unknown>;
  let id: string;
  if (typeof rec.id === 'string' && rec.id.trim() !== '') id = rec.id;
  else if (typeof rec.id === 'number' && Number.isFinite(rec.id)) id = String(rec.id);
  else if (rec.id === undefined || rec.id === null || rec.id === '') id = `${ctx.idBase}:${line}`;
  else throw new InputError(file, '"id" must be a string or a number', line, 'json');
  let date: string;
  const d = rec.date;
  if (d === undefined || d === null || d === '') date = fallbackDate(ctx, 'missing "date"', line);
  else {
    const iso = typeof d === 'string' ? ISO_DATE_TIME.exec(d) : null;
    date = checkDate(iso ? iso[1] : d, file, line);
  }
  if (rec.text === undefined || rec.text === null) throw new InputError(file, 'missing "text"', line, 'empty');
  if (typeof rec.text !== 'string') throw new InputError(file, '"text" must be a string', line, 'json');
  checkText(ctx, rec.text, line);
  const article: Article = { id, date, text: rec.text };
  const title = optionalString(rec, 'title', file, line);
  const url = optionalString(rec, 'url', file, line);
  const source = optionalString(rec, 'source', file, line);
  if (title !== undefined) article.title = title;
  if (url !== undefined) article.url = url;
  if (source !== undefined) article.source = source;
  return article;
}

const BLANK = /^\s*$/;

/** JSONL / NDJSON, optionally gzip-compressed: streamed line by line; a bad line is one error, the rest goes on. */
export async function* readJsonl(ctx: FileContext, gzip = false, input?: Readable): AsyncGenerator<InputItem> {
  const { file } = ctx;
  const raw = input ?? createReadStream(file, { highWaterMark: 1 << 20 });
  let src: Readable = raw;
  if (gzip) {
    const gunzip = createGunzip();
    raw.on('error', (e: Error) => gunzip.destroy(e));
    src = raw.pipe(gunzip);
  }
  const maxLine = ctx.maxBytes * JSON_ESCAPE_FACTOR + 65536;
  let lineNo = 0;
  let good = 0;
  let leadingBad = 0;
  try {
    for await (const l of splitLines(src, maxLine)) {
      lineNo = l.line;
      if ('tooLong' in l) {
        yield { error: new InputError(file, `line is longer than ${formatBytes(maxLine)}: its text would be above the ${formatBytes(ctx.maxBytes)} limit`, l.line, 'size') };
        continue;
      }
      let bytes = l.bytes;
      if (l.line === 1 && looksBinary(bytes.subarray(0, 4096))) {
        yield { error: new InputError(file, 'binary data (NUL bytes), not a JSONL file', undefined, 'binary') };
        return;
      }
      if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
      try {
        const s = decodeText(bytes, file, { line: l.line });
        if (BLANK.test(s)) continue;
        let obj: unknown;
        try {
          obj = JSON.parse(s);
        } catch (e) {
          if (good === 0 && ++leadingBad >= JSONL_GIVE_UP) {
            yield { error: new InputError(file, `not JSON: the first ${JSONL_GIVE_UP} lines are all not JSON, stopped reading`, l.line, 'json') };
            return;
          }
          throw new InputError(file, `not valid JSON (${(e as Error).message})`, l.line, 'json');
        }
        const article = recordToArticle(obj, ctx, l.line);
        good++;
        yield { article, origin: { file, line: l.line } };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        yield { error: e };
      }
    }
  } catch (e) {
    const msg = (e as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' || (e as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? 'corrupt gzip data' : `read failed (${(e as Error).message})`;
    yield { error: new InputError(file, msg, lineNo + 1, 'read') };
  } finally {
    if (!input) {
      src.destroy();
      raw.destroy();
    }
  }
}

async function readMarkup(ctx: FileContext, what: string): Promise<string> {
  const limit = ctx.maxBytes * MARKUP_FACTOR;
  if (ctx.size > limit) throw tooBig(ctx.file, `${what} file`, ctx.size, limit);
  const bytes = await readWhole(ctx.file, ctx.size);
  return decodeText(bytes, ctx.file, { charset: declaredCharset(bytes) });
}

/** An HTML page: one article (see html.ts for what is kept). Its own date wins; else --date or the path. */
export async function* readHtmlFile(ctx: FileContext): AsyncGenerator<InputItem> {
  const parts = parseHtml(await readMarkup(ctx, 'HTML'));
  let date: string;
  const found = parts.date?.value;
  if (found && 'date' in found) date = found.date;
  else if (found) date = fallbackDate(ctx, `invalid date ${JSON.stringify(found.invalid)} in ${parts.date!.from}: no such day`);
  else date = fallbackDate(ctx, 'no publication date in the page: no article:published_time, date, DC.date or datePublished meta tag, no <time datetime>');
  checkText(ctx, parts.text);
  const article: Article = { id: ctx.idBase, date, text: parts.text };
  if (parts.title) article.title = parts.title;
  if (parts.url) article.url = parts.url;
  if (parts.source) article.source = parts.source;
  yield { article, origin: { file: ctx.file } };
}

/** An RSS or Atom feed: one article per item, id from guid/id, else link, else "<file id>#<n>". */
export async function* readFeedFile(ctx: FileContext): AsyncGenerator<InputItem> {
  const feed = parseFeed(await readMarkup(ctx, 'feed'));
  if (!isFeedRoot(feed.root)) {
    throw new InputError(ctx.file, feed.root ? `not an RSS or Atom feed (the root element is <${feed.root}>)` : 'not an RSS or Atom feed (no XML elements)', undefined, 'format');
  }
  let n = 0;
  for (const item of feed.items) {
    n++;
    try {
      let date: string | undefined;
      let bad: string | undefined;
      for (const raw of item.dates) {
        const d = parseLooseDate(raw);
        if (d && 'date' in d) {
          date = d.date;
          break;
        }
        bad ??= d ? `item ${n}: invalid date ${JSON.stringify(raw)}: no such day` : `item ${n}: unreadable date ${JSON.stringify(raw)}`;
      }
      date ??= fallbackDate(ctx, bad ?? `item ${n} has no date (pubDate, published, updated)`, item.line);
      checkText(ctx, item.text, item.line, `item ${n}: `);
      const article: Article = { id: item.guid ?? item.link ?? `${ctx.idBase}#${n}`, date, text: item.text };
      if (item.title) article.title = item.title;
      if (item.link) article.url = item.link;
      if (feed.title) article.source = feed.title;
      yield { article, origin: { file: ctx.file, line: item.line } };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { error: e };
    }
  }
}
