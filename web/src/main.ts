// The analyst's desk: a filter bar and tabs over views, all state in the URL.
import './style.css';
import { get, PLOVER, type ActorRow, type Page, type Stats } from './api.js';
import { disposeAll } from './charts.js';
import { clear, h, note } from './dom.js';
import { actorView } from './actor.js';
import { articlesView, articleView, installTips } from './articles.js';
import { escalationView } from './escalation.js';
import { networkView } from './network.js';
import { quotesView } from './quotes.js';
import { timelineView } from './timeline.js';
import { current, go, href, listen, update, view, type State, type View } from './state.js';

const TABS: [View, string][] = [['actor', 'Actor & itinerary'], ['timeline', 'Timeline'], ['escalation', 'Escalation'],
  ['network', 'Network'], ['quotes', 'Quotes'], ['articles', 'Articles']];
const VIEWS: Record<View, (root: HTMLElement, s: State) => Promise<void>> = {
  actor: actorView, timeline: timelineView, escalation: escalationView, network: networkView, quotes: quotesView,
  articles: articlesView, article: articleView,
};
// Filter-bar fields and the views they apply to (the others keep them in the URL but ignore them).
const FIELDS = ['actor', 'from', 'to', 'plover', 'factuality'] as const;

const main = document.getElementById('view')!;
const form = document.getElementById('filters') as HTMLFormElement;
const tabs = document.getElementById('tabs')!;
let stats: Stats | undefined;
let drawing = 0;

for (const p of PLOVER) form.plover.append(h('option', { value: p }, p));

async function render(): Promise<void> {
  const s = current();
  const v = view(s);
  const ticket = ++drawing;
  for (const f of FIELDS) (form.elements.namedItem(f) as HTMLInputElement).value = s[f] ?? '';
  form.classList.toggle('events', v === 'timeline');
  clear(tabs);
  for (const [k, name] of TABS) {
    tabs.append(h('a', {
      href: href({ ...s, view: k, offset: '', id: '', at: '' }), class: k === v || (k === 'articles' && v === 'article') ? 'on' : '', 'data-view': k,
      onclick: (ev: Event) => { ev.preventDefault(); update({ view: k, offset: '', id: '', at: '' }); },
    }, name));
  }
  disposeAll();
  clear(main);
  main.setAttribute('aria-busy', 'true');
  const root = h('div', { class: `view view-${v}` });
  main.append(root); // in the page while drawing, so charts get their real size
  try {
    await VIEWS[v](root, s);
  } catch (err) {
    if (ticket === drawing) root.append(note(`Could not load this view: ${(err as Error).message}`, 'error'));
  }
  if (ticket !== drawing) return; // a newer navigation took over
  main.setAttribute('aria-busy', 'false');
  window.dispatchEvent(new Event('resize')); // charts drawn off-screen take their final size now
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const patch: State = { offset: '' };
  for (const f of FIELDS) patch[f] = (form.elements.namedItem(f) as HTMLInputElement).value.trim();
  const s = current();
  if (!s.view || s.view === 'article' || s.view === 'articles') patch.view = patch.actor ? 'actor' : s.view ?? '';
  update(patch);
});
form.actor.addEventListener('change', () => form.requestSubmit());
document.getElementById('clear')!.addEventListener('click', () => go({ view: current().view ?? '' }));
document.getElementById('this-week')!.addEventListener('click', () => {
  if (!stats?.lastArticle) return;
  const to = stats.lastArticle;
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 6 * 86400000).toISOString().slice(0, 10);
  update({ from, to });
});

// Actor suggestions as the user types.
let suggestTimer: ReturnType<typeof setTimeout> | undefined;
form.actor.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  const v = (form.actor as HTMLInputElement).value.trim();
  suggestTimer = setTimeout(async () => {
    const list = document.getElementById('actor-list')!;
    const res = await get<Page<ActorRow>>('/api/actors', { actor: v || undefined, limit: 15 }).catch(() => undefined);
    if (!res) return;
    clear(list);
    for (const a of res.items) list.append(h('option', { value: a.name }, `${a.code} · ${a.mentions} mentions`));
  }, 150);
});

// In-app links change the URL without reloading the page.
document.addEventListener('click', (ev) => {
  const a = (ev.target as HTMLElement).closest('a');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || a.target) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  ev.preventDefault();
  history.pushState(null, '', url.pathname + url.search);
  void render();
});

installTips(document.getElementById('tip')!);
listen(() => void render());
void get<Stats>('/api/stats').then((s) => {
  stats = s;
  document.getElementById('stats')!.textContent =
    `${s.articles} articles · ${s.events} events · ${s.quotes} quotes · ${s.actors} actors${s.firstArticle ? ` · ${s.firstArticle} – ${s.lastArticle}` : ''}`;
}).catch(() => {});
void render();
