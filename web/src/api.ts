// The JSON API, typed as the server answers it.
export interface Arg { start: number; end: number; text: string; code?: string; name?: string }
export interface Loc extends Arg { name: string; country: string; lat?: number; lon?: number }
export interface EventRow {
  id: number; article: string; articleDate: string; cameo: string; plover: string; mode?: string; quad: 1 | 2 | 3 | 4;
  goldstein: number; factuality: string; date?: string; trigger: Arg; source: Arg | null; target: Arg | null; location?: Loc;
  sentence: { start: number; end: number };
  fused?: number; mentions?: number; articles?: number; sources?: number;
}
export interface QuoteRow { id: number; article: string; articleDate: string; start: number; end: number; text: string; kind: string; speaker: Arg | null }
export interface ActorRow { name: string; code: string; type: string | null; roles: { role: string; first_seen: string; last_seen: string }[]; mentions: number; articles: number; first_seen: string; last_seen: string }
export interface ActorDetail extends ActorRow { events: { asSource: number; asTarget: number }; quotes: number; counterparts: { name: string; code: string; events: number; goldstein: number }[] }
export interface Page<T> { items: T[]; limit: number; offset: number; next: number | null }
export interface Stop { date: string; place: string; country: string; lat: number | null; lon: number | null; evidence: { article: string; articleDate: string; sentence: string; trigger: string; how: string }[] }
export interface Stats { articles: number; entities: number; timexes: number; events: number; quotes: number; actors: number; firstArticle: string | null; lastArticle: string | null }
export interface Hit { id: string; date: string; title: string | null; snippet: string; events?: number; quotes?: number }
export interface Article {
  id: string; date: string; anchor: string; title?: string; url?: string; source?: string; text: string;
  entities: (Arg & { type: string; actor?: { code: string; name: string }; role?: string })[];
  timexes: (Arg & { type: string; value: string })[];
  events: Omit<EventRow, 'id' | 'article' | 'articleDate'>[];
  quotes: Omit<QuoteRow, 'id' | 'article' | 'articleDate'>[];
}
export interface TimelineDay { date: string; summary: string; article?: string; score: number; events: { id: number; plover: string; cameo: string; source?: string; target?: string; place?: string; articles: number }[] }
export interface Period { period: string; events: number; goldstein: number; mean: number; quad: [number, number, number, number]; ab: { events: number; goldstein: number }; ba: { events: number; goldstein: number } }
export interface Network { nodes: { id: string; label: string; events: number }[]; edges: { source: string; target: string; weight: number; cooperation: number; conflict: number; goldstein: number; sign: number }[] }

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

/** GET an API path with parameters (empty ones dropped). */
export async function get<T>(path: string, params: Record<string, string | number | undefined | null> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const res = await fetch(`${path}${qs.size ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new ApiError(res.status, (body as { error?: string }).error ?? res.statusText);
  return body as T;
}

export const label = (a: Arg | null | undefined): string => (a ? a.name ?? a.code ?? a.text : '—');
export const day = (e: { date?: string; articleDate: string }): string => (e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date.slice(0, 10) : e.articleDate);
export const QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const QUAD_COLOR = ['#888', '#2b8a3e', '#74b816', '#f08c00', '#c92a2a'];
export const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'STATEMENT'];
