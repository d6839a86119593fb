// Articles: full-text search, and the reader that highlights entities, dates, events and quotes, with details
// on hover. Overlapping annotations (an entity inside a quote) are handled by cutting the text at every
// annotation boundary; each piece carries the classes of all annotations that cover it.
import { get, label, type Article, type Hit, type Page } from './api.js';
import { clear, h, note, panel } from './dom.js';
import { go, href, update, type State } from './state.js';
import { pager } from './quotes.js';

export async function articlesView(root: HTMLElement, s: State): Promise<void> {
  const form = h('form', { class: 'inline', id: 'article-search' },
    h('input', { name: 'q', type: 'search', value: s.q ?? '', placeholder: 'words, "a phrase", a OR b', size: 40 }),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    update({ q: String(new FormData(form).get('q') ?? ''), offset: '' });
  });
  const offset = Number(s.offset ?? 0) || 0;
  const page = await get<Page<Hit>>('/api/articles', { q: s.q, from: s.from, to: s.to, limit: 25, offset });
  root.append(panel(s.q ? `Articles matching “${s.q}”` : 'Newest articles', form,
    page.items.length
      ? h('ul', { class: 'hits', id: 'hits' }, ...page.items.map((a) => h('li', {},
        h('a', { href: href({ view: 'article', id: a.id }), 'data-article': a.id }, a.title ?? a.id),
        h('span', { class: 'muted' }, ` ${a.date}${a.events !== undefined ? ` · ${a.events} events, ${a.quotes} quotes` : ''}`),
        h('div', { class: 'snippet' }, ...snippet(a.snippet)))))
      : note('No articles match.'),
    pager(page)));
}

/** FTS snippets mark matches with [ ]: show them as <mark>, as text. */
function snippet(s: string): (string | HTMLElement)[] {
  return s.split(/(\[[^\]]*\])/).map((p) => (p.startsWith('[') && p.endsWith(']') ? h('mark', {}, p.slice(1, -1)) : p));
}

interface Ann { start: number; end: number; kind: 'ent' | 'timex' | 'event' | 'quote'; cls: string; detail: string[] }

function annotations(a: Article): Ann[] {
  const out: Ann[] = [];
  for (const e of a.entities) {
    out.push({ start: e.start, end: e.end, kind: 'ent', cls: `hl-ent ent-${e.type}`,
      detail: [`${e.type} ${e.text}`, e.actor ? `actor: ${e.actor.name} [${e.actor.code}]` : 'no actor resolved', ...(e.role ? [`role: ${e.role}`] : [])] });
  }
  for (const t of a.timexes) out.push({ start: t.start, end: t.end, kind: 'timex', cls: 'hl-timex', detail: [`${t.type} “${t.text}” = ${t.value}`] });
  for (const e of a.events) {
    out.push({ start: e.trigger.start, end: e.trigger.end, kind: 'event', cls: `hl-event quad-${e.quad}`,
      detail: [`event ${e.plover} (CAMEO ${e.cameo}), ${e.factuality}, Goldstein ${e.goldstein}`,
        `${label(e.source)} → ${label(e.target)}`, ...(e.date ? [`when: ${e.date}`] : []),
        ...(e.location ? [`where: ${e.location.name} (${e.location.country})`] : [])] });
  }
  for (const q of a.quotes) {
    out.push({ start: q.start, end: q.end, kind: 'quote', cls: `hl-quote ${q.kind}`,
      detail: [`${q.kind} quote by ${q.speaker ? `${label(q.speaker)}${q.speaker.code ? ` [${q.speaker.code}]` : ''} (“${q.speaker.text}”)` : 'unknown speaker'}`] });
    if (q.speaker) out.push({ start: q.speaker.start, end: q.speaker.end, kind: 'quote', cls: 'hl-speaker', detail: [`speaker of “${q.text.slice(0, 60)}…”`] });
  }
  return out.filter((x) => x.start < x.end && x.start >= 0 && x.end <= a.text.length);
}

export async function articleView(root: HTMLElement, s: State): Promise<void> {
  if (!s.id) return articlesView(root, s);
  const a = await get<Article>(`/api/articles/${encodeURIComponent(s.id)}`);
  const anns = annotations(a);
  const cuts = [...new Set([0, a.text.length, ...anns.flatMap((x) => [x.start, x.end])])].sort((x, y) => x - y);
  const body = h('div', { class: 'article-text', id: 'article-text' });
  // Each piece: the annotations covering it (few per article, so a linear scan per piece is fine).
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const text = a.text.slice(from, to);
    const cover = anns.filter((x) => x.start <= from && x.end >= to);
    if (!cover.length) body.append(text);
    else body.append(h('span', { class: cover.map((x) => x.cls).join(' '), 'data-tip': cover.flatMap((x) => x.detail).join('\n'), 'data-start': from }, text));
  }
  const counts = { ent: 0, timex: 0, event: 0, quote: 0 };
  for (const x of anns) if (x.cls !== 'hl-speaker') counts[x.kind]++;
  const toggles = h('p', { class: 'legend toggles' }, ...(Object.keys(counts) as (keyof typeof counts)[]).map((k) =>
    h('label', { class: `key key-${k}` }, h('input', { type: 'checkbox', checked: true, onchange: (ev: Event) => body.classList.toggle(`no-${k}`, !(ev.target as HTMLInputElement).checked) }),
      ` ${{ ent: 'entities', timex: 'dates', event: 'events', quote: 'quotes' }[k]} (${counts[k]})`)));
  root.append(h('article', { class: 'panel reader' },
    h('p', {}, h('a', { href: href({ view: 'articles' }), onclick: (ev: Event) => { ev.preventDefault(); history.length > 1 ? history.back() : go({ view: 'articles' }); } }, '← back')),
    h('h1', { id: 'article-title' }, a.title ?? a.id),
    h('p', { class: 'muted' }, `published ${a.date} · written ${a.anchor} (inferred) · ${a.source ?? ''} `,
      a.url && /^https?:\/\//.test(a.url) ? h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null),
    toggles, note('Hover a highlight for details.'), body));
  const side = h('div', { class: 'split' },
    panel(`Events (${a.events.length})`, h('ol', { class: 'small' }, ...a.events.map((e) => h('li', {},
      h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); flash(body, e.trigger.start); } }, `${e.plover} ${e.trigger.text}`),
      ` ${label(e.source)} → ${label(e.target)}${e.date ? `, ${e.date}` : ''}${e.location ? `, ${e.location.name}` : ''} · ${e.factuality}`)))),
    panel(`Quotes (${a.quotes.length})`, h('ol', { class: 'small' }, ...a.quotes.map((q) => h('li', {},
      h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); flash(body, q.start); } }, label(q.speaker)), `: “${q.text.slice(0, 120)}${q.text.length > 120 ? '…' : ''}”`)))));
  root.append(side);
  const at = Number(s.at ?? NaN);
  if (!Number.isNaN(at)) flash(body, at);
}

/** Scroll to the piece starting at (or containing) an offset and flash it. */
function flash(body: HTMLElement, offset: number): void {
  const pieces = [...body.querySelectorAll<HTMLElement>('[data-start]')];
  const el = pieces.find((p) => Number(p.dataset.start) >= offset) ?? pieces.at(-1);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1600);
}

/** One tooltip for the whole reader: the details of every annotation under the pointer. */
export function installTips(tip: HTMLElement): void {
  document.addEventListener('mouseover', (ev) => {
    const el = (ev.target as HTMLElement).closest<HTMLElement>('[data-tip]');
    if (!el) { tip.hidden = true; return; }
    clear(tip);
    for (const line of el.dataset.tip!.split('\n')) tip.append(h('div', {}, line));
    const r = el.getBoundingClientRect();
    tip.style.left = `${Math.min(window.innerWidth - 340, Math.max(4, r.left))}px`;
    tip.style.top = `${r.bottom + window.scrollY + 6}px`;
    tip.hidden = false;
  });
}
