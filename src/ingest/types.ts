import type { Article } from '../model/index.js';
import type { InputError } from './errors.js';

/** Where an article came from: the file, and the 1-based line for JSONL records and feed items. */
export interface Origin {
  file: string;
  line?: number;
}

/** One article read, or one input refused (the batch goes on). */
export type InputItem = { article: Article; origin: Origin } | { error: InputError };

export interface ReadOptions {
  /** Date (YYYY-MM-DD) for inputs that carry none of their own. */
  date?: string;
  /** Largest text accepted, in UTF-8 bytes; default 5 MiB. */
  maxBytes?: number;
  /** What the path "-" reads, as JSONL; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

/** One file on its way to a reader. */
export interface FileContext {
  /** Path to open and to name in messages. */
  file: string;
  /** Id of the article (or id stem of a file's records): path relative to the root argument, no extension. */
  idBase: string;
  size: number;
  date: string | undefined;
  maxBytes: number;
}
