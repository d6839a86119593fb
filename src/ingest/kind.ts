// Which reader a file goes to: by its name first, by its first bytes when the name says nothing.
import { basename } from 'node:path';

export type Kind = 'text' | 'jsonl' | 'jsonl.gz' | 'html' | 'feed' | 'xml';

const BY_EXTENSION: Record<string, Kind> = {
  txt: 'text',
  text: 'text',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  'jsonl.gz': 'jsonl.gz',
  'ndjson.gz': 'jsonl.gz',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  rss: 'feed',
  atom: 'feed',
  xml: 'xml', // a feed, or an XML file that is not one (the feed reader says which)
};

// Obvious non-inputs, skipped without a word inside folders (named explicitly, they are refused).
const NON_INPUT = new Set(
  ('json csv tsv md markdown rst yaml yml toml ini cfg conf lock log py js mjs cjs ts map css scss sh bat ' +
    'png jpg jpeg gif webp svg ico bmp tif tiff heic pdf ps eps doc docx odt xls xlsx ods ppt pptx ' +
    'zip gz tgz bz2 xz zst 7z rar tar jar mp3 mp4 m4a wav ogg flac mov avi mkv webm woff woff2 ttf otf eot ' +
    'db sqlite sqlite3 db-wal db-shm db-journal wal shm bin exe dll so dylib o a class pyc parquet arrow npy pkl').split(' '),
);
const NON_INPUT_NAME = /^(readme|license|licence|copying|changelog|authors|notice|makefile|dockerfile)(\..*)?$/i;
// Folders no one keeps articles in.
export const SKIP_DIRS = new Set(['node_modules', '__MACOSX', '__pycache__']);

export type NameKind = Kind | 'skip' | 'unknown';

/** The kind a file name promises: a reader, 'skip' (an obvious non-input) or 'unknown' (sniff the bytes). */
export function kindOfName(path: string): NameKind {
  const name = basename(path).toLowerCase();
  const dot = name.indexOf('.', 1);
  if (dot < 0) return NON_INPUT_NAME.test(name) ? 'skip' : 'unknown';
  const last = name.slice(name.lastIndexOf('.') + 1);
  const two = name.slice(name.lastIndexOf('.', name.length - last.length - 2) + 1);
  const kind = BY_EXTENSION[two] ?? BY_EXTENSION[last];
  if (kind) return kind;
  if (NON_INPUT.has(last) || NON_INPUT_NAME.test(name)) return 'skip';
  return 'unknown';
}

const SEED_HEAD = /^\s*date\s+\S+/;
const FEED_HEAD = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/i;
const HTML_HEAD = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i;

/** The kind of a file whose name says nothing, from its first characters (undefined: not an input). */
export function sniffKind(head: string): Kind | 'seed' | undefined {
  const s = head.replace(/^\uFEFF/, '');
  if (SEED_HEAD.test(s)) return 'seed';
  if (FEED_HEAD.test(s)) return 'feed';
  if (HTML_HEAD.test(s)) return 'html';
  if (/^\s*\{/.test(s)) return 'jsonl';
  return undefined;
}

/** The file's id stem: its path without the input extension(s). */
export function stripExtension(rel: string): string {
  const m = /\.(?:jsonl\.gz|ndjson\.gz|[^./\\]+)$/i.exec(rel);
  return m && m.index > 0 && rel[m.index - 1] !== '/' ? rel.slice(0, m.index) : rel;
}
