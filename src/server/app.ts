// The HTTP API and the UI's static files: a Fastify app over one Store. No route changes the stored data (on a
// writable store the analyses bring cross-article fusion up to date first; `dossier serve` opens it read-only).
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { join } from 'node:path';
import type { Store } from '../store/index.js';
import { repoRoot } from '../util/paths.js';
import { HttpError, P, parseQuery, openapiParams, type ParamSpecs } from './params.js';
import { Queries } from './queries.js';
import { loadStatic } from './static.js';
import { ResponseCache } from './cache.js';
import { QueryPool, type WorkerError } from './pool.js';
import { availableParallelism } from 'node:os';
import { escalation, itineraryPage, network, timeline, type Network } from '../analyze/index.js';
import { fuseNew } from '../fuse/index.js';
import { pageJson } from '../store/json-rows.js';

export interface ServerOptions {
  /** Folder of the built UI (default: dist/web under the repository). */
  webRoot?: string;
  /** Fastify request logging (default off). */
  logger?: boolean;
  /** Cache JSON answers until the database changes (default on). */
  cache?: boolean;
  /** Called with every unexpected (500) error; default: the Fastify logger. */
  onError?: (err: Error) => void;
  /**
   * Query worker threads, each with its own read-only connection (default: one per core, up to 4, when the store
   * is a read-only file, as `dossier serve` opens it; 0 = answer on the main thread).
   */
  workers?: number;
}

type Query = Record<string, string | number | undefined>;

export interface Route {
  path: string;
  summary: string;
  query: ParamSpecs;
  /** Path parameters (each a string). */
  params?: ParamSpecs;
  /** The route takes a full-text query: an SQLite syntax error there is the client's mistake. */
  fts?: boolean;
  paged?: boolean;
  handle(q: Query, params: Record<string, string>): unknown;
}

const FACTUALITY = ['asserted', 'future', 'hypothetical', 'negated', 'reported'] as const;

/** The default UI folder. */
export const defaultWebRoot = join(repoRoot, 'dist', 'web');

export function buildServer(store: Store, opts: ServerOptions = {}): FastifyInstance {
  const app = Fastify({ logger: opts.logger ?? false, routerOptions: { maxParamLength: 1000 } });
  const cache = opts.cache === false ? undefined : new ResponseCache(store.db);
  const webRoot = opts.webRoot ?? defaultWebRoot;
  const files = loadStatic(webRoot);
  const routes = makeRoutes(store);
  // Workers only over a read-only file: a writable store brings fusion up to date on this connection first.
  const file = store.db.name;
  const size = opts.workers ?? (store.db.readonly && !store.db.memory && file && file !== ':memory:' ? Math.min(4, availableParallelism()) : 0);
  const pool = size > 0 ? new QueryPool(file, size) : undefined;
  if (pool) {
    app.addHook('onReady', async () => pool.ready); // listen (and print the address) once the workers can answer
    app.addHook('onClose', async () => pool.close());
  }

  // Everything is a client error unless proven otherwise; a 500 says nothing about the internals.
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) (opts.onError ?? ((e: Error) => req.log.error(e)))(err);
    void reply.code(status).type('application/json; charset=utf-8').send({ error: status === 500 ? 'internal error' : err.message, status });
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).type('application/json; charset=utf-8').send({ error: `not found: ${req.method} ${req.url.slice(0, 200)}`, status: 404 });
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    return payload;
  });

  for (const r of routes) {
    app.get(r.path, async (req: FastifyRequest, reply: FastifyReply) => {
      const q = parseQuery(r.query, req.query);
      const key = req.url;
      const hit = cache?.get(key);
      if (hit !== undefined) return reply.type('application/json; charset=utf-8').header('X-Cache', 'hit').send(hit);
      let body: string;
      const params = (req.params ?? {}) as Record<string, string>;
      try {
        body = pool && pool.size > 0 ? await pool.run(r.path, q, params).catch((e: WorkerError) => { throw fromWorker(e); })
          : toJson(r.handle(q, params));
      } catch (err) {
        const e = err as { code?: string; message: string };
        if (r.fts && e.code === 'SQLITE_ERROR') throw new HttpError(400, `bad full-text query: ${e.message}`);
        throw err;
      }
      cache?.set(key, body);
      return reply.type('application/json; charset=utf-8').header('X-Cache', 'miss').send(body);
    });
  }

  const openapi = openapiDocument(routes);
  app.get('/openapi.json', async () => openapi);

  // The UI: exact paths only (see static.ts). Anything else that is not /api is a 404 too.
  app.get('/*', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    const f = files.get(path);
    if (!f) {
      if (path === '/' && files.size === 0) {
        return reply.code(404).type('text/plain; charset=utf-8')
          .send(`The browser UI is not built (no files in ${webRoot}). Build it with "npm run build:web"; the API is under /api and /openapi.json.\n`);
      }
      return reply.callNotFound();
    }
    reply.type(f.type).header('Cache-Control', f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (f.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      return reply.header('Content-Encoding', 'gzip').header('Vary', 'Accept-Encoding').send(f.gzip);
    }
    return reply.send(f.body);
  });

  return app;
}

/** An answer already serialised (rows built as JSON by SQLite): sent as it is. */
export class JsonText {
  constructor(readonly json: string) {}
}

/** A route's answer as JSON text. */
export function toJson(answer: unknown): string {
  return answer instanceof JsonText ? answer.json : JSON.stringify(answer);
}

/** An error from a worker, as the thrown error it was (an HTTP status, an SQLite code). */
function fromWorker(e: WorkerError): Error {
  if (e.statusCode !== undefined) return new HttpError(e.statusCode, e.message);
  return Object.assign(new Error(e.message), e.code ? { code: e.code } : {});
}

/** The API's routes over a store (the main thread's, or a query worker's own). */
export function makeRoutes(store: Store): Route[] {
  const db = new Queries(store);
  const page = (q: Query) => ({ limit: q.limit as number, offset: q.offset as number });
  /** Fetch one row more than asked to know whether there is a next page, without counting. */
  const paged = <T>(q: Query, fetch: (limit: number, offset: number) => T[]) => {
    const { limit, offset } = page(q);
    const rows = fetch(limit + 1, offset);
    const more = rows.length > limit;
    return { items: more ? rows.slice(0, limit) : rows, limit, offset, next: more ? offset + limit : null };
  };
  const s = (v: unknown) => (v === undefined ? undefined : String(v));
  const n = (v: unknown) => (v === undefined ? undefined : Number(v));

  const routes: Route[] = [
    {
      path: '/api/stats', summary: 'Counts of stored articles, entities, time expressions, events, quotes and actors.', query: {},
      handle: () => {
        const st = store.stats();
        // Two statements: min and max together defeat SQLite's one-step index lookup and scan every article.
        const first = db.prep('SELECT min(date) FROM articles').pluck().get() as string | null;
        const last = db.prep('SELECT max(date) FROM articles').pluck().get() as string | null;
        return { ...st, firstArticle: first, lastArticle: last };
      },
    },
    {
      path: '/api/articles', summary: 'Full-text search over articles (FTS5: words are ANDed, "phrases" and OR work); without q, the newest articles.',
      query: { q: { type: 'string', description: 'full-text query', maxLength: 500, example: 'Geneva' }, from: P.from, to: P.to, limit: P.limit, offset: P.offset },
      fts: true, paged: true,
      handle: (q) => paged<unknown>(q, (limit, offset) => q.q
        ? store.search(String(q.q), { from: s(q.from), to: s(q.to), limit, offset })
        : db.articles({ from: s(q.from), to: s(q.to), limit, offset })),
    },
    {
      path: '/api/articles/:id', summary: 'One article with its text and all its annotations (entities, time expressions, events, quotes).',
      query: {}, params: { id: { type: 'string', description: 'article id (URL-encoded)', maxLength: 1000 } },
      handle: (_q, p) => store.article(p.id!) ?? notFound(`no article with id ${JSON.stringify(p.id)}`),
    },
    {
      path: '/api/events', summary: 'Coded event mentions (who did what to whom, when, where) with provenance, oldest first; each with its fused event id and report counts (fused, mentions, articles, sources).',
      query: {
        actor: P.actor,
        source: { ...P.actor, description: 'source actor: name part or code prefix' },
        target: { ...P.actor, description: 'target actor: name part or code prefix' },
        cameo: { type: 'string', description: 'CAMEO code or prefix (04 = consult)', maxLength: 4, pattern: /^\d{1,4}$/ },
        plover: { type: 'string', description: 'PLOVER category (CONSULT, REQUEST, ...)', maxLength: 30, pattern: /^[A-Za-z_]+$/ },
        quad: { type: 'integer', description: 'quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict', min: 1, max: 4 },
        factuality: { type: 'enum', description: 'factuality of the event', values: FACTUALITY },
        from: P.from, to: P.to, limit: P.limit, offset: P.offset,
      },
      paged: true,
      handle: (q) => {
        // Each mention says which real-world event it reports, and how often that was reported: fusion first.
        fuseNew(store.db);
        const { limit, offset } = page(q);
        return new JsonText(pageJson(store.eventsJson({
          actor: s(q.actor), source: s(q.source), target: s(q.target), cameo: s(q.cameo), plover: s(q.plover), quad: n(q.quad),
          factuality: s(q.factuality), from: s(q.from), to: s(q.to), limit: limit + 1, offset,
        }), limit, offset));
      },
    },
    {
      path: '/api/actors', summary: 'Actors seen in the corpus (code, name, roles with dates, mentions), most mentioned first.',
      query: { actor: P.actor, from: P.from, to: P.to, limit: P.limit, offset: P.offset }, paged: true,
      handle: (q) => paged(q, (limit, offset) => store.actors({ actor: s(q.actor), from: s(q.from), to: s(q.to), limit, offset })),
    },
    {
      path: '/api/actors/:id', summary: 'One actor (exact name, else code, else best partial name match) with roles, event counts, counterparts.',
      query: {}, params: { id: { type: 'string', description: 'actor name or code (URL-encoded)', maxLength: 200 } },
      handle: (_q, p) => db.actor(p.id!) ?? notFound(`no actor ${JSON.stringify(p.id)}`),
    },
    {
      path: '/api/quotes', summary: 'Attributed quotations with their speakers.',
      query: {
        speaker: { ...P.actor, description: 'speaker name part or code prefix' }, actor: P.actor,
        search: { type: 'string', description: 'only quotes containing this text', maxLength: 200 },
        from: P.from, to: P.to, limit: P.limit, offset: P.offset,
      },
      paged: true,
      handle: (q) => {
        const { limit, offset } = page(q);
        return new JsonText(pageJson(store.quotesJson({
          speaker: s(q.speaker), actor: s(q.actor), search: s(q.search), from: s(q.from), to: s(q.to), limit: limit + 1, offset,
        }), limit, offset));
      },
    },
    {
      path: '/api/itinerary', summary: 'Where an actor was on which days: a page of stops in date order, each with place, country, coordinates and evidence sentences ({actor, stops, limit, offset, next}).',
      query: {
        actor: { ...P.actor, required: true }, from: P.from, to: P.to,
        evidence: { type: 'integer', description: 'at most this many evidence sentences per stop (evidenceTotal says how many there are)', min: 1, max: 1000, default: 5 },
        limit: { ...P.limit, description: `stops per page, in date order (1-${P.limit.max})` }, offset: { ...P.offset, description: 'stops to skip (pagination)' },
      },
      handle: (q) => {
        const { limit, offset } = page(q);
        const { more, stops } = itineraryPage(store.db, String(q.actor), { from: s(q.from), to: s(q.to) }, { evidence: q.evidence as number, limit, offset });
        return { actor: q.actor, stops, limit, offset, next: more ? offset + limit : null };
      },
    },
    {
      path: '/api/timeline', summary: 'The most important days (of the corpus, an actor or a full-text query), each with a one-sentence summary and its fused events.',
      query: {
        actor: P.actor, q: { type: 'string', description: 'full-text query restricting the articles', maxLength: 500 },
        dates: { type: 'integer', description: 'number of days', min: 1, max: 200, default: 10 }, from: P.from, to: P.to,
      },
      fts: true,
      handle: (q) => ({ dates: timeline(store.db, { actor: s(q.actor), query: s(q.q), from: s(q.from), to: s(q.to), dates: q.dates as number }) }),
    },
    {
      path: '/api/escalation', summary: 'Goldstein-weighted series of fused events with counts per quad class for a pair of actors (both directions), or one actor against all.',
      query: {
        a: { ...P.actor, required: true, description: 'first actor (name part or code prefix)' },
        b: { ...P.actor, description: 'second actor; omit for the first against all' },
        by: { type: 'enum', description: 'period', values: ['day', 'week', 'month'], default: 'week' },
        unreal: { type: 'enum', description: 'also count hypothetical and negated events', values: ['true', 'false'], default: 'false' },
        from: P.from, to: P.to,
      },
      handle: (q) => ({
        a: q.a, b: q.b ?? null, by: q.by,
        series: escalation(store.db, String(q.a), s(q.b), { by: q.by as 'day' | 'week' | 'month', includeUnreal: q.unreal === 'true', from: s(q.from), to: s(q.to) }),
      }),
    },
    {
      path: '/api/network', summary: 'Actor network: actor codes as nodes, directed edges weighted by fused events and signed by cooperation (+1) or conflict (-1).',
      query: {
        actor: { ...P.actor, description: 'only links touching this actor (code prefix or label part)' }, from: P.from, to: P.to,
        limit: { type: 'integer', description: 'at most this many edges, the heaviest', min: 1, max: 2000, default: 150 },
        minWeight: { type: 'integer', description: 'drop edges with fewer events', min: 1, max: 1_000_000, default: 1 },
      },
      handle: (q) => trimNetwork(network(store.db, { from: s(q.from), to: s(q.to), minWeight: q.minWeight as number }), s(q.actor), q.limit as number),
    },
  ];
  return routes;
}

/** The heaviest links (touching the actor, if one is given) and the nodes they use. */
function trimNetwork(net: Network, actor: string | undefined, limit: number): Network {
  const a = actor?.toLowerCase();
  const label = new Map(net.nodes.map((n) => [n.id, n.label.toLowerCase()]));
  const touches = (id: string) => !a || id.toLowerCase().startsWith(a) || !!label.get(id)?.includes(a);
  const edges = net.edges.filter((e) => touches(e.source) || touches(e.target)).sort((x, y) => y.weight - x.weight).slice(0, limit);
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: net.nodes.filter((n) => used.has(n.id)), edges };
}

function notFound(msg: string): never {
  throw new HttpError(404, msg);
}

function openapiDocument(routes: Route[]): unknown {
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = {
      get: {
        summary: r.summary,
        parameters: [...openapiParams(r.params ?? {}, 'path'), ...openapiParams(r.query)],
        responses: {
          200: {
            description: r.paged ? 'one page: {items, limit, offset, next} (next is the offset of the next page, or null)' : 'OK',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          400: { description: 'a bad parameter: {error, status}', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          ...(r.params ? { 404: { description: 'no such item', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } } : {}),
        },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Dossier API', version: '1', description: 'Who did what to whom, when and where: a read-only API over a Dossier store. Dates are YYYY-MM-DD; offsets are UTF-16 indices into article texts.' },
    paths,
    components: {
      schemas: { Error: { type: 'object', properties: { error: { type: 'string' }, status: { type: 'integer' } }, required: ['error', 'status'] } },
    },
  };
}
