// The HTTP API against a real server on an ephemeral port: every endpoint, pagination, the OpenAPI document,
// bad requests (4xx with a message, never a 500, nothing harmed) and static files confined to the UI folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/server/index.js';
import { Store } from '../src/store/index.js';
import { repoRoot } from '../src/util/paths.js';
import { fixtureInputs, fixtureStore } from './server-fixture.js';

let dir: string;
let store: Store;
let app: FastifyInstance;
let base: string;
let port: number;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-server-'));
  // A tiny UI folder, with a symlink out of it that must never be followed.
  const ui = join(dir, 'ui');
  mkdirSync(join(ui, 'assets'), { recursive: true });
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Dossier test UI</title>');
  writeFileSync(join(ui, 'assets', 'app-1234.js'), 'console.log("ui")');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET outside the UI folder');
  symlinkSync(join(dir, 'secret.txt'), join(ui, 'assets', 'link.txt'));
  store = fixtureStore(join(dir, 'api.db'));
  // An article whose id is a URL: ids with slashes must work when URL-encoded.
  const extra = fixtureInputs()[1]!;
  store.insert([{ ...extra, article: { ...extra.article, id: 'https://example.org/world/geneva?x=1' }, hash: 'url-id' }]);
  app = buildServer(store, { webRoot: ui, onError: (e) => { throw e; } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});

after(async () => {
  await app.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: any; type: string }> {
  const res = await fetch(base + path);
  const type = res.headers.get('content-type') ?? '';
  const text = await res.text();
  return { status: res.status, body: type.includes('json') ? JSON.parse(text) : text, type };
}

/** A raw request: the path goes out byte for byte (fetch would normalise ../ away). */
function raw(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('stats, article search and listing', async () => {
  const st = await get('/api/stats');
  assert.equal(st.status, 200);
  assert.equal(st.body.articles, 4);
  assert.equal(st.body.firstArticle, '2022-01-19');
  assert.equal(st.body.lastArticle, '2022-01-22');

  const hits = await get('/api/articles?q=Lavrov%20Geneva');
  assert.equal(hits.status, 200);
  assert.deepEqual(hits.body.items.map((h: { id: string }) => h.id).sort(),
    ['blinken-geneva-2022-01-21', 'geneva-talks-2022-01-22', 'https://example.org/world/geneva?x=1']);
  assert.ok(hits.body.items.every((h: { snippet: string }) => /\[(Lavrov|Geneva)\]/.test(h.snippet)));

  const newest = await get('/api/articles?limit=1');
  assert.equal(newest.body.items[0].date, '2022-01-22');
  assert.equal(newest.body.next, 1);
});

test('an article with all its annotations, offsets into its own text; ids with slashes work encoded', async () => {
  const a = await get('/api/articles/blinken-geneva-2022-01-21');
  assert.equal(a.status, 200);
  assert.equal(a.body.anchor, '2022-01-18');
  assert.ok(a.body.text.startsWith('Secretary of State Antony Blinken'));
  for (const kind of ['entities', 'timexes', 'quotes'] as const) {
    assert.ok(a.body[kind].length > 0, kind);
    for (const x of a.body[kind]) assert.equal(a.body.text.slice(x.start, x.end), x.text, `${kind} offsets`);
  }
  for (const e of a.body.events) assert.equal(a.body.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  const geneva = a.body.events.find((e: { location?: { name: string } }) => e.location?.name === 'Geneva');
  assert.equal(geneva.target.name, 'Sergei Lavrov');

  const url = await get(`/api/articles/${encodeURIComponent('https://example.org/world/geneva?x=1')}`);
  assert.equal(url.status, 200);
  assert.equal(url.body.id, 'https://example.org/world/geneva?x=1');
  const missing = await get('/api/articles/no-such-article');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error, /no article/);
});

test('events with CLI filters, paged without overlap', async () => {
  const all = await get('/api/events?actor=Blinken&plover=CONSULT&limit=500');
  assert.equal(all.status, 200);
  assert.ok(all.body.items.length >= 7);
  assert.equal(all.body.next, null);
  const seen: number[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const page: { body: { items: { id: number }[]; next: number | null } } = await get(`/api/events?actor=Blinken&plover=CONSULT&limit=3&offset=${offset}`);
    assert.ok(page.body.items.length <= 3);
    seen.push(...page.body.items.map((e) => e.id));
    offset = page.body.next;
  }
  assert.deepEqual(seen, all.body.items.map((e: { id: number }) => e.id));

  const hypo = await get('/api/events?factuality=hypothetical');
  assert.deepEqual(hypo.body.items.map((e: { plover: string }) => e.plover), ['ASSAULT']);
  const conflict = await get('/api/events?quad=4&from=2022-01-18&to=2022-01-18');
  assert.ok(conflict.body.items.length >= 2 && conflict.body.items.every((e: { quad: number }) => e.quad === 4));
  const lavrov = await get('/api/events?target=RUSGOV&cameo=04');
  assert.ok(lavrov.body.items.length >= 2 && lavrov.body.items.every((e: { target: { code: string } }) => e.target.code === 'RUSGOV'));
});

test('actors, one actor, quotes', async () => {
  const list = await get('/api/actors?actor=Blinken');
  assert.equal(list.body.items[0].name, 'Antony Blinken');
  const one = await get('/api/actors/Antony%20Blinken');
  assert.equal(one.status, 200);
  assert.equal(one.body.code, 'USAGOV');
  assert.deepEqual(one.body.counterparts.map((c: { name: string }) => c.name).sort(),
    ['Annalena Baerbock', 'Dmytro Kuleba', 'Sergei Lavrov', 'Volodymyr Zelenskyy']);
  assert.equal((await get('/api/actors/USAGOV')).body.code, 'USAGOV');
  assert.equal((await get('/api/actors/Nobody%20Atall')).status, 404);

  const q = await get('/api/quotes?speaker=Psaki');
  assert.equal(q.body.items.length, 1);
  assert.match(q.body.items[0].text, /extremely dangerous situation/);
  assert.equal((await get('/api/quotes?search=clearer%20path')).body.items[0].speaker.name, 'Antony Blinken');
});

test('itinerary, timeline, escalation and network answer from the analyses', async () => {
  const it = await get('/api/itinerary?actor=Blinken');
  assert.equal(it.status, 200);
  assert.deepEqual(it.body.stops.map((s: { date: string; place: string }) => `${s.date} ${s.place}`),
    ['2022-01-19 Kyiv', '2022-01-20 Berlin', '2022-01-21 Geneva']);
  for (const s of it.body.stops) {
    assert.equal(typeof s.lat, 'number');
    assert.ok(s.evidence.length > 0);
  }
  assert.deepEqual((await get('/api/itinerary?actor=Blinken&from=2022-01-20&to=2022-01-20')).body.stops.map((s: { place: string }) => s.place), ['Berlin']);
  // Stops come in pages, in date order; next is the offset of the next page, or null.
  assert.deepEqual([it.body.limit, it.body.offset, it.body.next], [50, 0, null]);
  const first = (await get('/api/itinerary?actor=Blinken&limit=2&evidence=1')).body;
  assert.deepEqual([first.next, first.stops.map((s: { place: string }) => s.place)], [2, ['Kyiv', 'Berlin']]);
  assert.ok(first.stops.every((s: { evidence: unknown[]; evidenceTotal: number }) => s.evidence.length === 1 && s.evidenceTotal >= 1));
  const rest = (await get('/api/itinerary?actor=Blinken&limit=2&offset=2')).body;
  assert.deepEqual([rest.next, rest.stops], [null, [it.body.stops[2]]]);

  const tl = await get('/api/timeline?dates=3');
  assert.equal(tl.status, 200);
  assert.equal(tl.body.dates.length, 3);
  for (const d of tl.body.dates) assert.ok(d.summary.length > 10 && /^\d{4}-\d{2}-\d{2}$/.test(d.date));

  const esc = await get('/api/escalation?a=Blinken&b=Lavrov&by=day');
  assert.equal(esc.status, 200);
  assert.deepEqual(esc.body.series.map((p: { period: string }) => p.period), ['2022-01-21']);
  assert.ok(esc.body.series[0].goldstein > 0);

  const net = await get('/api/network');
  assert.ok(net.body.edges.some((e: { source: string; target: string }) => e.source === 'USAGOV' && e.target === 'RUSGOV'));
  const ids = new Set(net.body.nodes.map((n: { id: string }) => n.id));
  for (const e of net.body.edges) assert.ok(ids.has(e.source) && ids.has(e.target));
  const one = await get('/api/network?actor=DEU&limit=1');
  assert.equal(one.body.edges.length, 1);
  assert.ok([one.body.edges[0].source, one.body.edges[0].target].includes('DEUGOV'));
});

test('/openapi.json documents every endpoint and its parameters', async () => {
  const doc = await get('/openapi.json');
  assert.equal(doc.status, 200);
  assert.match(doc.body.openapi, /^3\./);
  for (const p of ['/api/articles', '/api/articles/{id}', '/api/events', '/api/actors', '/api/actors/{id}', '/api/quotes',
    '/api/itinerary', '/api/timeline', '/api/escalation', '/api/network', '/api/stats']) {
    assert.ok(doc.body.paths[p]?.get, p);
  }
  const params = doc.body.paths['/api/events'].get.parameters.map((x: { name: string }) => x.name);
  for (const n of ['actor', 'source', 'target', 'cameo', 'plover', 'quad', 'factuality', 'from', 'to', 'limit', 'offset']) assert.ok(params.includes(n), n);
  const limit = doc.body.paths['/api/events'].get.parameters.find((x: { name: string }) => x.name === 'limit');
  assert.deepEqual([limit.schema.minimum, limit.schema.maximum], [1, 500]);
  assert.equal(doc.body.paths['/api/itinerary'].get.parameters.find((x: { name: string }) => x.name === 'actor').required, true);
});

test('bad parameters get a 400 with a message, never a 500, and harm nothing', async () => {
  const schema = () => store.db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
  const before = { stats: store.stats(), schema: schema() };
  const bad: [string, RegExp][] = [
    ['/api/events?from=notadate', /"from" must be a date/],
    ['/api/events?from=2022-02-30', /"from" must be a date/],
    ['/api/events?limit=-5', /"limit" must be between 1 and 500/],
    ['/api/events?limit=abc', /"limit" must be a whole number/],
    ['/api/events?limit=100000', /"limit" must be between/],
    ['/api/events?offset=1.5', /"offset" must be a whole number/],
    ['/api/events?from=2022-02-01&to=2022-01-01', /is after/],
    ['/api/events?quad=7', /"quad" must be between 1 and 4/],
    ['/api/events?factuality=maybe', /"factuality" must be one of/],
    ['/api/events?cameo=DROP', /"cameo" must match/],
    ['/api/events?actr=Blinken', /unknown parameter "actr"/],
    ['/api/events?actor=a&actor=b', /more than once/],
    ['/api/events?actor=a%00b', /control characters/],
    [`/api/events?actor=${'x'.repeat(5000)}`, /longer than/],
    ['/api/itinerary', /"actor" is required/],
    ['/api/escalation?b=UKR', /"a" is required/],
    ['/api/escalation?a=RUS&by=year', /"by" must be one of/],
    ['/api/timeline?dates=0', /"dates" must be between/],
    ['/api/articles?q=%22unterminated', /bad full-text query/],
    ['/api/articles?q=NEAR(', /bad full-text query/],
    ['/api/timeline?q=%22unterminated', /bad full-text query/],
    ['/api/stats?x=1', /takes none/],
  ];
  for (const [path, msg] of bad) {
    const r = await get(path);
    assert.equal(r.status, 400, `${path}: ${JSON.stringify(r.body)}`);
    assert.match(r.body.error, msg, path);
  }
  // SQL in a filter is a value like any other: it matches nothing and changes nothing.
  for (const inj of ["x' OR '1'='1", "'; DROP TABLE events; --", '1); DELETE FROM articles; --', '%', '_', '\\']) {
    for (const path of ['/api/events?actor=', '/api/quotes?speaker=', '/api/actors?actor=', '/api/itinerary?actor=', '/api/escalation?a=',
      '/api/network?actor=', '/api/timeline?actor=', '/api/articles?q=', '/api/actors/', '/api/articles/']) {
      const r = await get(path + encodeURIComponent(inj));
      assert.ok(r.status < 500, `${path}${inj}: ${r.status}`);
      if (!['%', '_', '\\'].includes(inj) && r.status === 200 && Array.isArray(r.body.items)) assert.equal(r.body.items.length, 0, `${path}${inj}`);
    }
  }
  assert.deepEqual({ stats: store.stats(), schema: schema() }, before);
});

test('static files only from the UI folder: no traversal, no symlinks, API 404s are JSON', async () => {
  const index = await raw('/');
  assert.equal(index.status, 200);
  assert.match(index.body, /Dossier test UI/);
  const js = await fetch(`${base}/assets/app-1234.js`);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type')!, /javascript/);
  assert.match(js.headers.get('cache-control')!, /immutable/);
  assert.match(js.headers.get('content-security-policy')!, /default-src 'self'/);
  for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2fsecret.txt',
    '/assets/../../secret.txt', '/%2e%2e%5c%2e%2e%5csecret.txt', '//etc/passwd', '/index.html/../../package.json', '/assets/link.txt',
    '/secret.txt', '/../package.json', '/%00', '/assets/%2e%2e/index.html/..%2f..%2fsecret.txt']) {
    const r = await raw(path);
    assert.ok(r.status === 404 || r.status === 400, `${path}: ${r.status}`);
    assert.doesNotMatch(r.body, /SECRET|root:|"name": "dossier"/, path);
  }
  const api404 = await get('/api/nothing-here');
  assert.equal(api404.status, 404);
  assert.match(api404.body.error, /not found/);
});

test('answers follow the database: an ingest beside the server is seen at once (no stale cache)', async () => {
  const first = await get('/api/stats');
  const other = new Store(join(dir, 'api.db'));
  try {
    const k = fixtureInputs()[2]!;
    other.insert([{ ...k, article: { ...k.article, id: 'kyiv-copy', date: '2022-01-23' }, hash: 'kyiv-copy' }]);
  } finally {
    other.close();
  }
  const second = await get('/api/stats');
  assert.equal(second.body.articles, first.body.articles + 1);
  assert.equal(second.body.lastArticle, '2022-01-23');
});

test('dossier serve listens on 127.0.0.1, prints its address, answers, and stops on SIGTERM', async () => {
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  const args = compiled
    ? [join(repoRoot, 'dist', 'src', 'cli', 'main.js')]
    : ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts')];
  const child = spawn(process.execPath, [...args, 'serve', '--db', join(dir, 'api.db'), '--port', '0', '--web', join(dir, 'ui')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed; stderr: ${err}`)), 20000);
    child.stdout.on('data', (c) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
  const res = await fetch(`${url}api/stats`);
  assert.equal(res.status, 200);
  assert.ok(((await res.json()) as { articles: number }).articles >= 4);
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', (c) => resolve(c));
    child.kill('SIGTERM');
  });
  assert.equal(code, 0, err);
});

test('dossier serve refuses a missing database with a usage message', async () => {
  const compiled = fileURLToPath(import.meta.url).endsWith('.js');
  const args = compiled ? [join(repoRoot, 'dist', 'src', 'cli', 'main.js')] : ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts')];
  const child = spawn(process.execPath, [...args, 'serve', '--db', join(dir, 'none.db'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 2);
  assert.match(err, /no database at/);
});
