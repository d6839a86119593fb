// HTML -> article parts with htmlparser2: title and date from the usual meta tags, text without boilerplate.
import { Parser } from 'htmlparser2';
import { parseLooseDate, type LooseDate } from './date.js';

// Dropped with everything inside: code, chrome around the article, interactive parts.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select',
  'textarea', 'option', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'menu', 'dialog', 'head', 'title',
]);
// Start or end a paragraph.
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption',
  'address', 'hr', 'br', 'body', 'center', 'details', 'summary', 'fieldset', 'legend', 'html',
  'nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog', 'head', 'iframe',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);
// Class or id words that mark page furniture (whole words of a class name split at - and _).
const SKIP_CLASS_WORDS = new Set([
  'comment', 'comments', 'cookie', 'cookies', 'newsletter', 'share', 'sharing', 'social', 'related', 'promo',
  'advert', 'advertisement', 'ads', 'sidebar', 'breadcrumb', 'breadcrumbs', 'subscribe', 'popup', 'modal', 'paywall',
]);
const CLASS_SPLIT = /[\s_-]+/;
// Never dropped for a class word: "article-body social-tracking" is still the article.
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

// Meta keys (name, property or itemprop, lower-case) that carry the publication date, best first.
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created',
  'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'article.published', 'article_date_original',
  'original-publish-date', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date', 'citation_date',
];
const DATE_RANK = new Map(DATE_KEYS.map((k, i) => [k, i]));
const RANK_JSONLD = DATE_KEYS.length; // JSON-LD "datePublished"
const RANK_TIME_PUBDATE = RANK_JSONLD + 1; // <time pubdate datetime>
const RANK_TIME = RANK_JSONLD + 2; // the first <time datetime> in the text
const JSONLD_DATE = /"datePublished"\s*:\s*"([^"]+)"/;

export interface HtmlParts {
  title?: string;
  url?: string;
  source?: string;
  /**
   * The best publication date found, with where it came from (a date naming no real day only when no valid one
   * exists); undefined when the page names none.
   */
  date?: { value: LooseDate; from: string };
  /** Paragraphs separated by a blank line. */
  text: string;
}

interface Frame {
  skip: boolean;
  block: boolean;
  pre: boolean;
  article: number; // index of the <article> this frame opens, or -1
  main: boolean;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Extract title, date, url, site name and text. The text is the longest <article>, else <main>, else the whole
 * body, without boilerplate; paragraphs are separated by a blank line.
 */
export function parseHtml(html: string): HtmlParts {
  const parts = extract(html, true);
  // The class-word heuristic is a guess; when it leaves nothing, the page's own structure decides alone.
  return parts.text === '' ? extract(html, false) : parts;
}

function extract(html: string, classWords: boolean): HtmlParts {
  const stack: Frame[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let mainDepth = 0;
  const openArticles: number[] = [];
  const bodyParas: string[] = [];
  const mainParas: string[] = [];
  const articleParas: string[][] = [];
  let para = '';

  let titleTag: string | undefined;
  let inTitle = false;
  let titleBuf = '';
  let inJsonLd = false;
  let jsonLd = '';
  const meta = new Map<string, string>(); // first content per key
  let bestDate: { rank: number; raw: string; from: string; value: LooseDate } | undefined;
  let badDate: { raw: string; from: string } | undefined;

  const offerDate = (rank: number, raw: string | undefined, from: string): void => {
    if (!raw || (bestDate && bestDate.rank <= rank)) return;
    const value = parseLooseDate(raw);
    if (!value) return;
    if ('invalid' in value) {
      badDate ??= { raw, from };
      return;
    }
    bestDate = { rank, raw, from, value };
  };

  const flush = (): void => {
    const text = preDepth > 0 ? para.replace(/^\n+|\s+$/g, '') : clean(para);
    para = '';
    if (!text) return;
    bodyParas.push(text);
    if (mainDepth > 0) mainParas.push(text);
    const a = openArticles[openArticles.length - 1];
    if (a !== undefined) articleParas[a]!.push(text);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const role = attrs.role?.toLowerCase();
        const cls = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
        let skip =
          SKIP.has(name) ||
          (role !== undefined && SKIP_ROLES.has(role)) ||
          attrs.hidden !== undefined ||
          attrs['aria-hidden'] === 'true';
        if (!skip && classWords && cls.length > 1 && !CONTAINERS.has(name)) {
          for (const w of cls.toLowerCase().split(CLASS_SPLIT)) if (SKIP_CLASS_WORDS.has(w)) skip = true;
        }
        // Metadata is read wherever it is, boilerplate or not.
        if (name === 'meta') {
          const content = attrs.content;
          if (content !== undefined) {
            for (const k of [attrs.property, attrs.name, attrs.itemprop]) {
              if (!k) continue;
              const key = k.toLowerCase();
              if (!meta.has(key)) meta.set(key, content);
              const rank = DATE_RANK.get(key);
              if (rank !== undefined) offerDate(rank, content, `<meta ${key}>`);
            }
          }
        } else if (name === 'link') {
          if (attrs.rel?.toLowerCase().split(/\s+/).includes('canonical') && attrs.href && !meta.has('canonical')) meta.set('canonical', attrs.href);
        } else if (name === 'title' && titleTag === undefined) {
          inTitle = true;
        } else if (name === 'script' && attrs.type?.toLowerCase() === 'application/ld+json') {
          inJsonLd = true;
        } else if (name === 'time' && attrs.datetime) {
          if (attrs.itemprop?.toLowerCase() === 'datepublished') offerDate(DATE_RANK.get('datepublished')!, attrs.datetime, '<time itemprop=datePublished>');
          else if (attrs.pubdate !== undefined) offerDate(RANK_TIME_PUBDATE, attrs.datetime, '<time pubdate>');
          else if (skipDepth === 0) offerDate(RANK_TIME, attrs.datetime, '<time datetime>');
        } else if (attrs.itemprop?.toLowerCase() === 'datepublished') {
          offerDate(DATE_RANK.get('datepublished')!, attrs.datetime ?? attrs.content, '[itemprop=datePublished]');
        }
        const block = BLOCK.has(name);
        if (block && skipDepth === 0) flush();
        let article = -1;
        if (skip) skipDepth++;
        else if (skipDepth === 0) {
          if (name === 'article') {
            article = articleParas.length;
            articleParas.push([]);
            openArticles.push(article);
          } else if (name === 'main' || role === 'main') mainDepth++;
        }
        const pre = name === 'pre';
        if (pre) preDepth++;
        stack.push({ skip, block, pre, article, main: !skip && skipDepth === 0 && (name === 'main' || role === 'main') });
      },
      ontext(text) {
        if (inTitle) titleBuf += text;
        else if (inJsonLd) jsonLd += text;
        else if (skipDepth === 0) para += text;
      },
      onclosetag() {
        const f = stack.pop();
        if (!f) return;
        if (inTitle) {
          inTitle = false;
          titleTag = clean(titleBuf);
        }
        if (inJsonLd) {
          inJsonLd = false;
          offerDate(RANK_JSONLD, JSONLD_DATE.exec(jsonLd)?.[1], 'JSON-LD datePublished');
        }
        if (f.block && skipDepth === 0) flush();
        if (f.skip) skipDepth--;
        if (f.pre) preDepth--;
        if (f.article >= 0) {
          flush();
          openArticles.pop();
        }
        if (f.main) mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  let best: string[] | undefined;
  let bestLen = 0;
  for (const paras of articleParas) {
    const len = paras.reduce((n, p) => n + p.length, 0);
    if (len > bestLen) {
      best = paras;
      bestLen = len;
    }
  }
  const paras = best ?? (mainParas.length > 0 ? mainParas : bodyParas);
  const ogTitle = meta.get('og:title') ?? meta.get('twitter:title');
  const title = clean(ogTitle ?? '') || titleTag || undefined;
  const url = meta.get('og:url') ?? meta.get('canonical');
  const source = meta.get('og:site_name');
  const parts: HtmlParts = { text: paras.join('\n\n') };
  if (title) parts.title = title;
  if (url) parts.url = url.trim();
  if (source) parts.source = clean(source);
  if (bestDate) parts.date = { value: bestDate.value, from: bestDate.from };
  else if (badDate) parts.date = { value: { invalid: badDate.raw }, from: badDate.from };
  return parts;
}

/** Plain text of an HTML fragment (a feed item's description): tags dropped, paragraphs kept. */
export function htmlFragmentToText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  return parseHtml(html).text;
}
