// Quotation marks -> quoted segments: curly, straight and single quotes, nesting, multi-paragraph quotes.

/** One stretch of quoted text inside one paragraph. Offsets index the article text. */
export interface QuoteSegment {
  /** Offset of the opening mark, and one past the closing mark (paragraph end when unclosed). */
  open: number;
  close: number;
  /** The quoted words: inside the marks, trimmed (a trailing comma of a split quote dropped). */
  start: number;
  end: number;
  closed: boolean;
  /** The paragraph's quote was left open and the next paragraph reopens it (a quote over several paragraphs). */
  runsOn: boolean;
  /** This segment reopens a quote left open at the end of the previous paragraph. */
  continues: boolean;
}

// '' and `` are the double quotes of some archives (the New York Times: ''We won,'' she said.)
const MARKS = /''|``|["“”„«»‘'’]/g;
const openLen = (text: string, i: number): number => (text.startsWith("''", i) || text.startsWith('``', i) ? 2 : 1);
const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
// nothing, or only invisible format characters (the left-to-right mark before a pasted comment)
const FORMAT = /^[\u200b-\u200f\u202a-\u202e\u2060\ufeff]*$/;
const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Trim whitespace and a trailing comma from [a, b). */
function inner(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /[\s,]/.test(text[b - 1]!)) b--;
  return [a, b];
}

function push(out: QuoteSegment[], text: string, open: number, close: number, markLen: number, closed: boolean): void {
  const [s, e] = inner(text, open + openLen(text, open), closed ? close - markLen : close);
  if (e > s) out.push({ open, close, start: s, end: e, closed, runsOn: false, continues: false });
}

/** Is the curly opening mark at i, met while a quote is open, a quote inside that quote: the next two curly
 *  marks before the paragraph end b both close ('“… carrying “Vote For Maria” banners at his rally.”')? Else
 *  the outer quote lacks its closing mark. */
function nestedPair(text: string, i: number, b: number): boolean {
  if (!isWordChar(text[i + 1]) || !isSpace(text[i - 1])) return false;
  let closes = 0;
  for (let k = i + 1; k < b; k++) {
    const ch = text[k]!;
    if (OPEN_DOUBLE.has(ch) || ch === '"' || (ch === "'" && text[k + 1] === "'")) return false;
    if (CLOSE_DOUBLE.has(ch) && ++closes === 2) return true;
  }
  return false;
}

/** Quoted segments of one paragraph [a, b). Single quotes count only outside double quotes. */
function scanParagraph(text: string, a: number, b: number, out: QuoteSegment[]): number {
  let dOpen = -1;
  let sOpen = -1;
  let innerOpen = false;
  // visit only quotation-mark characters: the paragraph scan is the stage's hot loop
  MARKS.lastIndex = a;
  for (let m = MARKS.exec(text); m && m.index < b; m = MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === "''") {
      // two apostrophes: a straight double quote
      if (dOpen >= 0) {
        push(out, text, dOpen, i + 2, 2, true);
        dOpen = -1;
      } else if (!(isWordChar(text[i - 1]) && isSpace(text[i + 2]))) {
        dOpen = i;
        sOpen = -1;
      }
    } else if (c === '``') {
      if (dOpen >= 0) push(out, text, dOpen, i, 0, false);
      dOpen = i;
      sOpen = -1;
    } else if (OPEN_DOUBLE.has(c) && dOpen >= 0 && !isWordChar(text[i + 1]) && !isSpace(text[i - 1])) {
      // an opening mark typed for a closing one ('her here,“ said Clyburn')
      push(out, text, dOpen, i + 1, 1, true);
      dOpen = -1;
    } else if (OPEN_DOUBLE.has(c) && dOpen >= 0 && nestedPair(text, i, b)) {
      // “… wearing “Settle For Hillary” shirts …”: a quote inside a quote in the same marks; the outer goes on
      innerOpen = true;
    } else if (OPEN_DOUBLE.has(c)) {
      if (dOpen >= 0) push(out, text, dOpen, i, 0, false); // a missing closing mark: close before reopening
      dOpen = i;
      sOpen = -1;
    } else if (CLOSE_DOUBLE.has(c)) {
      if (innerOpen) innerOpen = false;
      else if (dOpen >= 0) {
        push(out, text, dOpen, i + 1, 1, true);
        dOpen = -1;
      } else if (i === a || (i - a <= 3 && FORMAT.test(text.slice(a, i)))) {
        // a closing mark typed for the opening one at the paragraph start ('”Sorry Sarah, …!!” posted …')
        dOpen = i;
        sOpen = -1;
      }
    } else if (c === '"') {
      if (dOpen >= 0) {
        push(out, text, dOpen, i + 1, 1, true);
        dOpen = -1;
      } else if (!(isWordChar(text[i - 1]) && isSpace(text[i + 1]))) {
        dOpen = i;
        sOpen = -1;
      }
    } else if (dOpen < 0 && (c === '‘' || c === "'" || c === '’')) {
      // Single quotes: an opening mark follows a space and precedes a letter; a closing one follows a
      // non-space and precedes a non-letter. Apostrophes (don't, Clintons’) fail one or the other.
      const before = text[i - 1];
      const after = text[i + 1];
      if (sOpen < 0 && c !== '’' && (i === a || /[\s(\[—–-]/.test(before!)) && isWordChar(after)) sOpen = i;
      else if (sOpen < 0 && c === '‘' && isWordChar(after)) sOpen = i;
      else if (sOpen >= 0 && c !== '‘' && !isSpace(before) && !isWordChar(after) && i - sOpen > 2) {
        push(out, text, sOpen, i + 1, 1, true);
        sOpen = -1;
      }
    }
  }
  return dOpen;
}

const TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g;
const TAG_MARK = /["“”'‘’]/g;

/** The text with the quotation marks inside markup tags blanked (same length): the attribute values of
 *  '<tweet author="@x" tweet-date="January 19, 2016">' are no quotes, and one broken over a line would pair
 *  with the tweet's own marks. */
function maskTags(text: string): string {
  if (!text.includes('<')) return text;
  return text.replace(TAG, (tag) => tag.replace(TAG_MARK, ' '));
}

/** All quoted segments of a text, in order, linking quotes that run over several paragraphs. */
export function findSegments(original: string): QuoteSegment[] {
  const text = maskTags(original);
  const out: QuoteSegment[] = [];
  let pos = 0;
  let pendingOpen = false;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let a = pos;
    while (a < nl && /\s/.test(text[a]!)) a++;
    if (a < nl) {
      const first = out.length;
      const leftOpen = scanParagraph(text, a, nl, out);
      if (pendingOpen && out.length > first && out[first]!.open === a) out[first]!.continues = true;
      pendingOpen = false;
      if (leftOpen >= 0) {
        // Unclosed at paragraph end: the quote runs on when the next paragraph opens with a mark.
        let n = nl;
        while (n < text.length && /\s/.test(text[n]!)) n++;
        const runsOn = OPEN_DOUBLE.has(text[n]!) || text[n] === '"' || openLen(text, n) === 2;
        push(out, text, leftOpen, nl, 0, false);
        if (runsOn && out.length > 0 && out[out.length - 1]!.open === leftOpen) {
          out[out.length - 1]!.runsOn = true;
          pendingOpen = true;
        }
      }
    }
    pos = nl + 1;
  }
  return out;
}
