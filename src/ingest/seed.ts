// The seed format: an optional leading blank, "date YYYY-MM-DD", blank space, then the article text.
import { basename } from 'node:path';
import type { Article } from '../model/index.js';
import { InputError } from './errors.js';
import { checkDate } from './date.js';

const HEADER = /^\s*date\s+(\S+)\s+/;

export function isSeedFormat(content: string): boolean {
  return /^\s*date\s+\d{4}-\d{2}-\d{2}\s/.test(content.slice(0, 64));
}

/** Parse one seed-format file. The id is the file name without extension. */
export function parseSeed(content: string, file: string): Article {
  const m = HEADER.exec(content);
  if (!m) throw new InputError(file, 'expected a first line "date YYYY-MM-DD" followed by the text');
  const date = checkDate(m[1]!, file);
  const text = content.slice(m[0].length).replace(/\s+$/, '');
  return { id: basename(file).replace(/\.[^.]*$/, ''), date, text };
}
