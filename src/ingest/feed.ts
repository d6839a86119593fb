// RSS (0.9x, 1.0, 2.0) and Atom -> one record per item, with htmlparser2 in XML mode.
import { Parser } from 'htmlparser2';
import { htmlFragmentToText } from './html.js';

export interface FeedItem {
  /** 1-based line of the <item> or <entry> tag. */
  line: number;
  title?: string;
  link?: string;
  guid?: string;
  /** Raw date strings, best first: published before updated. */
  dates: string[];
  /** Plain text: the fullest of content, description, summary, HTML stripped. */
  text: string;
}

export interface Feed {
  /** Root element: rss, feed, rdf:rdf; or another name when the XML is not a feed. */
  root: string | undefined;
  /** The channel or feed title, used as the items' source. */
  title?: string;
  items: FeedItem[];
}

const ITEM = new Set(['item', 'entry']);
const DATE_FIELDS = ['pubdate', 'published', 'dc:date', 'issued', 'dcterms:issued', 'updated', 'modified', 'dc:modified', 'a10:updated'];
const DATE_RANK = new Map(DATE_FIELDS.map((k, i) => [k, i]));
// Fuller bodies first.
const TEXT_FIELDS = ['content:encoded', 'content', 'description', 'summary', 'dc:description'];
const TEXT_RANK = new Map(TEXT_FIELDS.map((k, i) => [k, i]));
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Lines start at these offsets; line of an offset by binary search. */
function lineIndex(s: string): (offset: number) => number {
  const starts = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

interface Open {
  item: FeedItemDraft;
  field: string | undefined; // the field element being read, directly under the item
  fieldDepth: number;
  depth: number; // element depth inside the item
  buf: string;
  xhtml: boolean; // Atom type="xhtml": child elements are markup to keep
  plain: boolean; // Atom type="text": no HTML to strip
}

interface FeedItemDraft {
  line: number;
  title?: string;
  link?: string;
  guid?: string;
  dates: { rank: number; raw: string }[];
  texts: { rank: number; html: string; plain: boolean }[];
}

export function parseFeed(xml: string): Feed {
  const lineOf = lineIndex(xml);
  const feed: Feed = { root: undefined, items: [] };
  let depth = 0;
  let open: Open | undefined;
  let channelTitle: string | undefined;
  let inChannelTitle = false;
  let channelTitleBuf = '';

  const parser = new Parser(
    {
      onopentag(rawName, attrs) {
        const name = rawName.toLowerCase();
        depth++;
        if (feed.root === undefined) feed.root = name;
        if (open) {
          open.depth++;
          if (open.field === undefined && open.depth === 1) {
            open.field = name;
            open.fieldDepth = open.depth;
            open.buf = '';
            const type = attrs.type?.toLowerCase();
            open.xhtml = type === 'xhtml';
            open.plain = type === 'text' || type === 'text/plain';
            if (name === 'link' && attrs.href !== undefined) {
              // Atom: <link rel="alternate" href>; the alternate (or rel-less) link is the article.
              const rel = attrs.rel?.toLowerCase() ?? 'alternate';
              if (rel === 'alternate' && open.item.link === undefined) open.item.link = attrs.href.trim();
            }
          } else if (open.xhtml && open.field !== undefined) {
            open.buf += `<${name}>`;
          }
          return;
        }
        if (ITEM.has(name)) {
          open = { item: { line: lineOf(parser.startIndex), dates: [], texts: [] }, field: undefined, fieldDepth: 0, depth: 0, buf: '', xhtml: false, plain: false };
        } else if (name === 'title' && channelTitle === undefined && depth <= 3) {
          inChannelTitle = true;
          channelTitleBuf = '';
        }
      },
      ontext(text) {
        if (open?.field !== undefined) open.buf += open.xhtml ? escapeXml(text) : text;
        else if (inChannelTitle) channelTitleBuf += text;
      },
      onclosetag(rawName) {
        const name = rawName.toLowerCase();
        depth--;
        if (inChannelTitle) {
          inChannelTitle = false;
          channelTitle = clean(channelTitleBuf);
        }
        if (!open) return;
        if (open.depth === 0) {
          // </item>
          const d = open.item;
          const best = d.texts.sort((a, b) => a.rank - b.rank).find((t) => t.html.trim() !== '');
          const item: FeedItem = {
            line: d.line,
            dates: d.dates.sort((a, b) => a.rank - b.rank).map((x) => x.raw),
            text: best ? (best.plain ? best.html.trim() : htmlFragmentToText(best.html)) : '',
          };
          if (d.title) item.title = d.title;
          if (d.link) item.link = d.link;
          if (d.guid) item.guid = d.guid;
          feed.items.push(item);
          open = undefined;
          return;
        }
        if (open.field !== undefined && open.depth === open.fieldDepth) {
          const field = open.field;
          const value = open.buf;
          const item = open.item;
          if (field === 'title') item.title = clean(/[<&]/.test(value) ? htmlFragmentToText(value) : value) || undefined;
          else if (field === 'link' && value.trim() && item.link === undefined) item.link = value.trim();
          else if ((field === 'guid' || field === 'id') && value.trim()) item.guid = value.trim();
          else if (DATE_RANK.has(field) && value.trim()) item.dates.push({ rank: DATE_RANK.get(field)!, raw: value.trim() });
          else if (TEXT_RANK.has(field)) item.texts.push({ rank: TEXT_RANK.get(field)!, html: value, plain: open.plain });
          open.field = undefined;
        } else if (open.xhtml && open.field !== undefined) {
          open.buf += `</${name}>`;
        }
        open.depth--;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (channelTitle) feed.title = channelTitle;
  return feed;
}

export function isFeedRoot(root: string | undefined): boolean {
  return root !== undefined && FEED_ROOTS.has(root);
}
