// All view state lives in the URL query, so any view can be bookmarked or shared as a link.
export type State = Record<string, string>;

export const VIEWS = ['actor', 'timeline', 'escalation', 'network', 'quotes', 'articles', 'article'] as const;
export type View = (typeof VIEWS)[number];

export function current(): State {
  const s: State = {};
  for (const [k, v] of new URLSearchParams(location.search)) if (v) s[k] = v;
  return s;
}

export function view(s: State): View {
  return (VIEWS as readonly string[]).includes(s.view ?? '') ? (s.view as View) : 'actor';
}

export function href(s: State): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v) qs.set(k, v);
  return `${location.pathname}${qs.size ? `?${qs}` : ''}`;
}

let onChange: () => void = () => {};
export function listen(fn: () => void): void {
  onChange = fn;
  window.addEventListener('popstate', () => onChange());
}

/** Go to a new state (a history entry, so Back works). */
export function go(s: State): void {
  const url = href(s);
  if (url === location.pathname + location.search) return; // the same view: nothing to redraw
  history.pushState(null, '', url);
  onChange();
}

/** Change some keys of the current state. */
export function update(patch: State): void {
  const s = { ...current(), ...patch };
  for (const k of Object.keys(s)) if (!s[k]) delete s[k];
  go(s);
}
