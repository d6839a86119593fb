// The store's unique key: re-ingesting the same text for the same day is a duplicate, whatever its id or spacing.
import { createHash } from 'node:crypto';
import type { Article } from '../model/index.js';

/** The text as compared for duplicates: Unicode NFC, runs of white space as one space, trimmed. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** sha256 (hex) of the date and the normalised text. Title, id, url and source do not count. */
export function contentHash(article: Article): string {
  return createHash('sha256').update(article.date).update('\n').update(normalizeForHash(article.text)).digest('hex');
}
