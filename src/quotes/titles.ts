// Quoted names of works: "on ABC’s “Sunday Forum,”", "his 2012 book, ''An American Son.''", "“Museum to
// close,” by Jane Doe". They are titles, not anybody's words; the stage drops them before attributing quotes
// (lexicon/quotes: titleOutlets, titleNouns). On PolNeAR train such segments are almost never annotated.
import type { Doc } from '../model/index.js';
import { lexicon } from './lexicon.js';
import type { QuoteSegment } from './marks.js';

const BYLINE = /^,? by \p{Lu}/u;

/** The words (up to two) right before offset `at`, after a space or a comma only (a colon introduces speech:
 *  "the book says: “…”"). */
function wordsBefore(text: string, at: number): [string, string] | undefined {
  let i = at;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (text[i - 1] === ',') i--;
  while (i > 0 && text[i - 1] === ' ') i--;
  const m = /(?:([\p{L}-]+) )?([\p{L}.-]+(?:['’]s?)?)$/u.exec(text.slice(Math.max(0, i - 60), i));
  return m ? [(m[1] ?? '').toLowerCase(), m[2]!.toLowerCase()] : undefined;
}

/** Is the segment the title of a show, book or film, by the words before it? A title starts with a capital
 *  letter or a digit ("the program “is gaining traction”" is speech). */
export function isTitle(doc: Doc, seg: QuoteSegment): boolean {
  const text = doc.article.text;
  if (!/^[\p{Lu}\d]/u.test(text[seg.start] ?? '')) return false;
  // a byline after it: '“Museum accused of hiding rare paintings,” by Post's Dana Wells' names an article
  if (seg.closed && BYLINE.test(text.slice(seg.close, seg.close + 6))) return true;
  const w = wordsBefore(text, seg.open);
  if (!w) return false;
  const [prev, last] = w;
  if (lexicon.titleNouns.has(last)) return true;
  const owner = /^(.+?)['’]s?$/.exec(last)?.[1];
  if (!owner) return false;
  return lexicon.titleOutlets.has(owner) || (prev !== '' && lexicon.titleOutlets.has(`${prev} ${owner}`));
}
