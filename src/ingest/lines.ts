// Lines of a byte stream, without ever holding more than one line (capped) and one chunk in memory.
// Not node:readline: it decodes leniently (invalid UTF-8 becomes U+FFFD, unseen) and buffers a line of any
// length, so a 2 GB file without newlines would be read whole. Here each line stays bytes until its reader
// decodes it strictly, and a line above the cap is skipped (reported) while its bytes stream past.
import type { Readable } from 'node:stream';

export type Line = { line: number; bytes: Buffer } | { line: number; tooLong: true };

export async function* splitLines(stream: Readable, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partLen = 0;
  let lineNo = 0;
  let dropping = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) {
        if (!dropping && pos < chunk.length) {
          parts.push(chunk.subarray(pos));
          partLen += chunk.length - pos;
          if (partLen > maxLineBytes) {
            dropping = true;
            parts = [];
            partLen = 0;
          }
        }
        break;
      }
      lineNo++;
      if (dropping) {
        dropping = false;
        yield { line: lineNo, tooLong: true };
      } else {
        const piece = chunk.subarray(pos, nl);
        const bytes = parts.length > 0 ? Buffer.concat([...parts, piece]) : piece;
        parts = [];
        partLen = 0;
        yield bytes.length > maxLineBytes ? { line: lineNo, tooLong: true } : { line: lineNo, bytes };
      }
      pos = nl + 1;
    }
  }
  if (dropping) yield { line: lineNo + 1, tooLong: true };
  else if (partLen > 0) yield { line: lineNo + 1, bytes: Buffer.concat(parts) };
}
