// Browser tests: the built UI against a real server, driven by Debian's chromium through playwright-core.
// The question the page must answer: "where was Blinken this week and whom did he meet".
// Screenshots go to test-artifacts/web/ (git-ignored). Any console error or page error fails the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/server/index.js';
import type { Store } from '../src/store/index.js';
import { repoRoot } from '../src/util/paths.js';
import { examplesStore, fixtureStore } from './server-fixture.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `needs chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
const shots = join(repoRoot, 'test-artifacts', 'web');

let dir: string;
let store: Store;
let app: FastifyInstance;
let browser: Browser;
let base: string;

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'dossier-web-'));
  // Build the UI fresh from web/ so the test never runs against a stale bundle.
  const { build } = await import('vite');
  await build({ root: join(repoRoot, 'web'), configFile: false, logLevel: 'error', build: { outDir: join(dir, 'ui'), emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  store = fixtureStore(join(dir, 'web.db'));
  app = buildServer(store, { webRoot: join(dir, 'ui') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await app?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page that records console errors and uncaught exceptions. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.stack ?? e.message}`));
  await page.goto(base + path);
  await idle(page);
  return { page, errors };
}

/** The view has finished drawing. */
async function idle(page: Page): Promise<void> {
  await page.waitForSelector('#view[aria-busy="false"]', { timeout: 15000 });
}

test('pick Blinken: his three stops on the map, whom he met, then the seed article with its highlights', { skip }, async () => {
  const { page, errors } = await open('/');
  assert.equal(await page.title(), 'Dossier — the analyst\'s desk');
  await page.fill('#filters input[name=actor]', 'Blinken');
  await page.press('#filters input[name=actor]', 'Enter');
  await page.waitForSelector('#stops li');
  await idle(page);
  assert.match(page.url(), /[?&]actor=Blinken\b/, 'the chosen actor is in the URL');

  // Three stops, in order, drawn on the map and listed beside it.
  const stops = await page.$$eval('#stops li', (els) => els.map((e) => `${(e as HTMLElement).dataset.date} ${(e as HTMLElement).dataset.place}`));
  assert.deepEqual(stops, ['2022-01-19 Kyiv', '2022-01-20 Berlin', '2022-01-21 Geneva']);
  assert.equal(await page.getAttribute('#map', 'data-stops'), '3');
  assert.ok(await page.$('#map canvas'), 'the map is drawn');
  // The map's scatter series holds the three stops (read from the live ECharts instance via its DOM).
  const text = await page.textContent('#stops');
  for (const who of ['Volodymyr Zelenskyy', 'Dmytro Kuleba', 'Annalena Baerbock', 'Sergei Lavrov']) assert.ok(text!.includes(who), `met ${who}`);
  const meetings = await page.$$eval('#meetings tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));
  assert.ok(meetings.some((r) => r.includes('Sergei Lavrov') && r.includes('Geneva') && r.includes('asserted')), 'the Geneva meeting is reported as done');
  await page.screenshot({ path: join(shots, 'blinken-itinerary.png'), fullPage: true });

  // "This week" narrows to the last 7 days of the corpus and keeps all three stops.
  await page.click('#this-week');
  await idle(page);
  assert.match(page.url(), /from=2022-01-16&to=2022-01-22/);
  assert.equal(await page.$$eval('#stops li', (els) => els.length), 3);

  // Open the seed article from the Kyiv stop's evidence.
  await page.click('#stops li >> a[data-article="blinken-geneva-2022-01-21"] >> nth=0');
  await page.waitForSelector('#article-text');
  await idle(page);
  assert.match(page.url(), /view=article/);
  const count = (sel: string) => page.$$eval(sel, (els) => els.length);
  assert.ok((await count('#article-text .hl-ent')) >= 10, 'entities highlighted');
  assert.ok((await count('#article-text .hl-timex')) >= 5, 'dates highlighted');
  assert.ok((await count('#article-text .hl-event')) >= 6, 'event triggers highlighted');
  assert.ok((await count('#article-text .hl-quote')) >= 3, 'quotes highlighted');
  assert.equal((await page.textContent('#article-text'))!.length, (await store.article('blinken-geneva-2022-01-21'))!.text.length, 'the text is shown whole');
  // Hover the Geneva meeting's trigger: its details appear.
  await page.hover('#article-text .hl-event:text-is("meet") >> nth=-1');
  const tip = await page.textContent('#tip');
  assert.match(tip!, /CONSULT/);
  assert.match(tip!, /Antony Blinken → Sergei Lavrov/);
  assert.match(tip!, /Geneva/);
  await page.screenshot({ path: join(shots, 'seed-article.png'), fullPage: true });
  await page.close();
  assert.deepEqual(errors, []);
});

test('every other view draws without console errors', { skip }, async () => {
  const views: [string, string, string][] = [
    ['timeline', '/?view=timeline&actor=Blinken', '#timeline-chart canvas'],
    ['escalation', '/?view=escalation&a=Blinken&b=Lavrov', '#escalation-chart canvas'],
    ['network', '/?view=network', '#network-chart canvas'],
    ['quotes', '/?view=quotes&speaker=Psaki', '#quotes tbody tr'],
    ['articles', '/?view=articles&q=Geneva', '#hits li'],
    ['actors', '/', '#top-actors li'],
  ];
  for (const [name, path, sel] of views) {
    const { page, errors } = await open(path);
    assert.ok(await page.$(sel), `${name}: ${sel} is shown`);
    await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    await page.close();
    assert.deepEqual(errors, [], name);
  }
});

test('the map survives the window squeezed to nothing and grown back', { skip }, async () => {
  const { page, errors } = await open('/?actor=Blinken');
  await page.waitForSelector('#map canvas');
  await page.setViewportSize({ width: 1, height: 1 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const width = await page.$eval('#map canvas', (c) => (c as HTMLCanvasElement).getBoundingClientRect().width);
  assert.ok(width > 100, `the map takes the new width (${width}px)`);
  await page.close();
  assert.deepEqual(errors, []);
});

test('filters live in the URL: a shared link reopens the same view', { skip }, async () => {
  const { page, errors } = await open('/?view=timeline&actor=Russia&factuality=hypothetical');
  assert.equal(await page.inputValue('#filters input[name=actor]'), 'Russia');
  assert.equal(await page.inputValue('#filters select[name=factuality]'), 'hypothetical');
  assert.equal(await page.getAttribute('#timeline-chart', 'data-events'), '1', 'only the hypothetical attack');
  await page.goBack().catch(() => {});
  await page.close();
  assert.deepEqual(errors, []);
});

test('on examples/ through the real pipeline: Blinken\'s stops are Kyiv, Berlin, Geneva and the seed article is highlighted', { skip }, async () => {
  const real = await examplesStore(join(dir, 'examples.db'));
  const server = buildServer(real, { webRoot: join(dir, 'ui') });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`;
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.stack ?? e.message}`));
  try {
    await page.goto(url + '/');
    await idle(page);
    // Pick Blinken from the most mentioned actors.
    await page.click('#top-actors a:text-is("Antony Blinken")');
    await page.waitForSelector('#stops li');
    await idle(page);
    const stops = await page.$$eval('#stops li', (els) => els.map((e) => `${(e as HTMLElement).dataset.date} ${(e as HTMLElement).dataset.place}`));
    assert.deepEqual(stops, ['2022-01-19 Kyiv', '2022-01-20 Berlin', '2022-01-21 Geneva']);
    assert.equal(await page.getAttribute('#map', 'data-stops'), '3');
    const met = await page.$$eval('#stops .met', (els) => els.map((e) => e.textContent ?? ''));
    assert.match(met.join(' '), /Zelenskyy/);
    assert.match(met.join(' '), /Baerbock/);
    assert.match(met.join(' '), /Lavrov/);
    await page.screenshot({ path: join(shots, 'examples-blinken.png'), fullPage: true });
    await page.click('#stops li >> a[data-article="blinken-geneva-2022-01-21"] >> nth=0');
    await page.waitForSelector('#article-text');
    await idle(page);
    for (const cls of ['hl-ent', 'hl-timex', 'hl-event', 'hl-quote']) {
      assert.ok(await page.$(`#article-text .${cls}`), `${cls} highlighted`);
    }
    await page.screenshot({ path: join(shots, 'examples-seed-article.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
    real.close();
  }
});
