// The quotes browser: who said what, searchable, page by page.
import { get, label, type Page, type QuoteRow } from './api.js';
import { h, note, panel } from './dom.js';
import { update, type State } from './state.js';
import { articleLink } from './actor.js';

export async function quotesView(root: HTMLElement, s: State): Promise<void> {
  const form = h('form', { class: 'inline', id: 'quote-search' },
    h('label', {}, 'Speaker ', h('input', { name: 'speaker', value: s.speaker ?? s.actor ?? '', size: 18 })),
    h('label', {}, ' Containing ', h('input', { name: 'search', value: s.search ?? '', size: 24 })),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    update({ speaker: String(d.get('speaker') ?? ''), search: String(d.get('search') ?? ''), offset: '' });
  });
  const offset = Number(s.offset ?? 0) || 0;
  const page = await get<Page<QuoteRow>>('/api/quotes', { speaker: s.speaker ?? s.actor, search: s.search, from: s.from, to: s.to, limit: 50, offset });
  root.append(panel('Quotes', form, page.items.length
    ? h('table', { class: 'grid', id: 'quotes' },
      h('thead', {}, h('tr', {}, ...['date', 'speaker', 'quote', 'article'].map((c) => h('th', {}, c)))),
      h('tbody', {}, ...page.items.map((q) => h('tr', {},
        h('td', {}, q.articleDate), h('td', { title: q.speaker?.code ?? '' }, label(q.speaker)),
        h('td', { class: q.kind }, q.kind === 'direct' ? `“${q.text}”` : q.text),
        h('td', {}, articleLink(q.article, q.article, { at: String(q.start) }))))))
    : note('No quotes match.'),
  pager(page)));
}

export function pager(page: { offset: number; limit: number; next: number | null }): HTMLElement {
  return h('p', { class: 'pager' },
    page.offset > 0 ? h('button', { type: 'button', onclick: () => update({ offset: String(Math.max(0, page.offset - page.limit)) }) }, '← previous') : null,
    ` rows ${page.offset + 1}–${page.offset + page.limit} `,
    page.next !== null ? h('button', { type: 'button', onclick: () => update({ offset: String(page.next) }) }, 'next →') : null);
}
