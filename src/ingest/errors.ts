// A problem with one input (file, and line where there is one): reported, skipped, the batch goes on.

/** What went wrong, for summaries and tests; the message says it in words. */
export type InputErrorCode =
  | 'binary' // NUL bytes: not a text file
  | 'encoding' // not valid UTF-8 (or the declared charset)
  | 'date' // missing, malformed or impossible date
  | 'json' // a JSONL line that is not a valid record
  | 'empty' // no text
  | 'size' // text (or file) above the size limit
  | 'read' // missing or unreadable file or folder
  | 'kind' // not a kind of input Dossier reads
  | 'format'; // a known kind, but malformed (no seed header, XML that is not a feed, ...)

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    readonly code: InputErrorCode = 'format',
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'InputError';
  }
}
