// Readers: every kind of input and every kind of bad input, on the fixture files in test/fixtures/ingest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { repoRoot, sharedPath } from '../src/util/paths.js';
import { contentHash, dateFromPath, InputError, parseHtml, parseLooseDate, readInputs, type InputItem, type ReadOptions } from '../src/ingest/index.js';
import { splitLines } from '../src/ingest/lines.js';
import type { Article } from '../src/model/index.js';
import { seedArticle, seedFile } from './fixtures.js';

const F = join(repoRoot, 'test', 'fixtures', 'ingest');
const f = (...p: string[]): string => join(F, ...p);

interface Read {
  items: InputItem[];
  articles: Article[];
  errors: InputError[];
  lines: (number | undefined)[];
}

async function read(paths: string[], opts?: ReadOptions): Promise<Read> {
  const items: InputItem[] = [];
  for await (const it of readInputs(paths, opts)) items.push(it);
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const lines: (number | undefined)[] = [];
  for (const it of items) {
    if ('error' in it) errors.push(it.error);
    else {
      articles.push(it.article);
      lines.push(it.origin.line);
    }
  }
  return { items, articles, errors, lines };
}

async function one(path: string, opts?: ReadOptions): Promise<Article> {
  const r = await read([path], opts);
  assert.deepEqual(r.errors.map((e) => e.message), []);
  assert.equal(r.articles.length, 1);
  return r.articles[0]!;
}

async function refused(path: string, code: string, pattern: RegExp, opts?: ReadOptions): Promise<InputError> {
  const r = await read([path], opts);
  assert.equal(r.articles.length, 0, `expected ${path} to be refused`);
  assert.equal(r.errors.length, 1);
  const e = r.errors[0]!;
  assert.ok(e instanceof InputError);
  assert.equal(e.code, code);
  assert.equal(e.file, path);
  assert.match(e.message, pattern);
  assert.ok(e.message.startsWith(path), 'the message names the file');
  return e;
}

function tmp(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// --- seed format and .txt ---------------------------------------------------------------------------------

test('the seed example reads as the seed parser reads it', async () => {
  const a = await one(seedFile);
  const s = seedArticle();
  assert.equal(a.id, 'blinken-geneva-2022-01-21');
  assert.equal(a.date, '2022-01-21');
  assert.equal(a.text, s.text);
  assert.ok(a.text.startsWith('Secretary of State Antony Blinken'));
});

test('.txt with a seed header: date from the header, header dropped, paragraphs kept', async () => {
  const a = await one(f('text', 'seed-header.txt'));
  assert.deepEqual(a, {
    id: 'seed-header',
    date: '2022-01-19',
    text: 'Secretary of State Antony Blinken arrived in Kyiv on Wednesday.\n\nHe met President Volodymyr Zelenskyy.',
  });
});

test("the file's own header beats the path and --date; --date beats the path", async () => {
  assert.equal((await one(f('text', 'header-beats-path-2020-05-05.txt'))).date, '2022-01-20');
  assert.equal((await one(f('text', 'header-beats-path-2020-05-05.txt'), { date: '2019-01-01' })).date, '2022-01-20');
  assert.equal((await one(f('text', 'date-palms-2021-03-04.txt'), { date: '2019-01-01' })).date, '2019-01-01');
});

test('a text that opens with the word "date" is not a header; the date comes from the path', async () => {
  const a = await one(f('text', 'date-palms-2021-03-04.txt'));
  assert.equal(a.date, '2021-03-04');
  assert.ok(a.text.startsWith('date palms grow'));
});

test('CRLF becomes LF, a byte-order mark is dropped, an extension-less seed file is sniffed', async () => {
  assert.equal((await one(f('text', 'crlf.txt'))).text, 'Windows line endings.\nSecond line.');
  const bom = await one(f('text', 'bom.txt'));
  assert.equal(bom.date, '2021-02-03');
  assert.equal(bom.text, 'A file with a UTF-8 byte-order mark.');
  const noext = await one(f('text', 'seed-no-extension'));
  assert.equal(noext.id, 'seed-no-extension');
  assert.equal(noext.date, '2021-07-08');
});

/**
 * A Timeline17-style layout in miniature, written at test time (our own made-up sentences; the real corpus stays
 * in ../shared): InputDocs/YYYY-MM-DD/*.txt with one sentence a line, an impossible day folder, a dateless gold
 * timeline, keywords.json, a README and a hidden editor swap file.
 */
function timeline17(dir: string): string {
  const root = join(dir, 't17');
  const topic = join(root, 'Storm_wire');
  const put = (rel: string, text: string) => {
    mkdirSync(join(topic, rel, '..'), { recursive: true });
    writeFileSync(join(topic, rel), text);
  };
  put('../README.md', 'A Timeline17-style layout in miniature.\n');
  put('InputDocs/2011-01-25/12.htm.txt', 'Heavy snow closed schools across the region on Tuesday , officials said .\n'
    + 'The storm is expected to move east by Wednesday morning .\n" We have never seen anything like it , " said the mayor .\n');
  put('InputDocs/2011-01-25/.12.htm.txt.swp', 'This file is hidden and never read.\n');
  put('InputDocs/2011-02-30/13.htm.txt', 'This folder names a day that does not exist .\n');
  put('keywords.json', '["storm", "snow"]\n');
  put('timelines/wire.txt', '2011-01-25\nHeavy snow closes schools .\n');
  return root;
}

test('Timeline17 layout: date from the folder, one sentence a line kept, ids relative to the root', async (t) => {
  const dir = tmp(t);
  const r = await read([timeline17(dir)]);
  assert.equal(r.articles.length, 1);
  const a = r.articles[0]!;
  assert.equal(a.id, 'Storm_wire/InputDocs/2011-01-25/12.htm');
  assert.equal(a.date, '2011-01-25');
  assert.equal(a.text.split('\n').length, 3);
  assert.ok(a.text.startsWith('Heavy snow closed schools'));
  // The impossible folder date and the dateless gold timeline are refused; README, keywords.json and the
  // hidden swap file are not inputs at all.
  assert.deepEqual(
    r.errors.map((e) => [e.file.slice(dir.length + 1), e.code]),
    [
      ['t17/Storm_wire/InputDocs/2011-02-30/13.htm.txt', 'date'],
      ['t17/Storm_wire/timelines/wire.txt', 'date'],
    ],
  );
  assert.match(r.errors[0]!.message, /2011-02-30 in the path is no such day/);
  assert.match(r.errors[1]!.message, /no date.*give --date/);
});

test('real Timeline17 files: every article dated by its folder, lines kept', async (t) => {
  const topic = sharedPath('corpus', 't17', 'EgyptianProtest_cnn', 'InputDocs');
  if (!topic) return t.skip('needs ../shared/corpus/t17');
  const day = readdirSync(topic).sort()[0]!;
  const r = await read([join(topic, day)]);
  assert.ok(r.articles.length > 0);
  for (const a of r.articles) {
    assert.equal(a.date, day);
    assert.ok(a.text.includes('\n'), `${a.id} keeps its sentence lines`);
  }
  for (const e of r.errors) assert.match(e.message, /empty/); // Timeline17 has a few empty files
});

test('.txt refusals: no date, impossible header date, empty, whitespace only, binary, not UTF-8', async () => {
  await refused(f('text', 'no-date.txt'), 'date', /no date.*give --date/);
  await refused(f('text', 'bad-header.txt'), 'date', /:1: invalid date "2022-02-29": no such day/);
  await refused(f('text', 'empty-2021-01-01.txt'), 'empty', /empty file/);
  await refused(f('text', 'header-only.txt'), 'empty', /empty text/);
  await refused(f('text', 'scan-2021-01-01.txt'), 'binary', /binary data/);
  await refused(f('text', 'latin1.txt'), 'encoding', /not valid UTF-8/);
});

test('--date rescues a dateless text; an invalid --date is refused before anything is read', async () => {
  assert.equal((await one(f('text', 'no-date.txt'), { date: '2020-02-29' })).date, '2020-02-29');
  await assert.rejects(read([f('text')], { date: '2021-02-29' }), (e: unknown) => e instanceof InputError && /--date: invalid date "2021-02-29": no such day/.test(e.message));
});

// --- kinds, paths, folders --------------------------------------------------------------------------------

test('unknown kinds and missing paths are refused with the file named', async () => {
  await refused(f('text', 'tool.bin'), 'kind', /not a kind of input/);
  await refused(f('text', 'notes.log'), 'kind', /not a kind of input/);
  await refused(f('text', 'does-not-exist.txt'), 'read', /no such file/);
});

test('an extension-less file that is not an input is sniffed and refused', async (t) => {
  const dir = tmp(t);
  writeFileSync(join(dir, 'NOTES'), 'Plain notes, no header.\n');
  writeFileSync(join(dir, 'BLOB'), Buffer.from([1, 2, 0, 3]));
  const r = await read([dir]);
  assert.deepEqual(r.errors.map((e) => [e.file, e.code]), [
    [join(dir, 'BLOB'), 'binary'],
    [join(dir, 'NOTES'), 'kind'],
  ]);
});

test('a folder reads in a fixed order, skips hidden files and non-inputs, and never stops at a bad file', async () => {
  const first = await read([F]);
  const second = await read([F]);
  const files = (r: Read): string[] => {
    const out: string[] = [];
    for (const it of r.items) {
      const file = ('error' in it ? it.error.file : it.origin.file).slice(F.length + 1);
      if (out[out.length - 1] !== file) out.push(file);
    }
    return out;
  };
  assert.deepEqual(files(first), files(second));
  assert.deepEqual(files(first), [
    'feeds/config.xml', 'feeds/rdf.xml', 'feeds/updates.atom', 'feeds/world.rss',
    'html/all-furniture-classes.html', 'html/boilerplate-only.html', 'html/class-words.html', 'html/geneva-talks.html', 'html/impossible-meta-date.html', 'html/no-date.html',
    'html/time-only.htm', 'html/windows-1252.html',
    'jsonl/compressed-but-misnamed.jsonl', 'jsonl/crlf-and-latin1.ndjson', 'jsonl/empty.jsonl', 'jsonl/records.jsonl',
    'jsonl/records.jsonl.gz', 'jsonl/table.jsonl',
    'text/bad-header.txt', 'text/bom.txt', 'text/crlf.txt', 'text/date-palms-2021-03-04.txt', 'text/empty-2021-01-01.txt',
    'text/header-beats-path-2020-05-05.txt', 'text/header-only.txt', 'text/latin1.txt', 'text/no-date.txt',
    'text/scan-2021-01-01.txt', 'text/seed-header.txt', 'text/seed-no-extension',
  ]);
  // Ids are relative to the root argument.
  const ids = first.articles.map((a) => a.id);
  assert.ok(ids.includes('text/seed-header'));
  assert.ok(ids.includes('html/geneva-talks'));
  assert.equal(new Set(first.articles.map(contentHash)).size, first.articles.length);
});

test('dangling links are reported, link cycles are read once, the walk goes on', async (t) => {
  const dir = tmp(t);
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'x-2022-01-01.txt'), 'Some text.');
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'a', 'dangling.txt'));
  symlinkSync(dir, join(dir, 'a', 'loop'));
  writeFileSync(join(dir, 'z-2022-01-02.txt'), 'More text.');
  const r = await read([dir]);
  assert.deepEqual(r.articles.map((a) => a.id), ['a/x-2022-01-01', 'z-2022-01-02']);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]!.code, 'read');
  assert.equal(r.errors[0]!.file, join(dir, 'a', 'dangling.txt'));
});

// --- JSONL --------------------------------------------------------------------------------------------------

test('JSONL: good records read, each bad line one error naming file and line, the rest goes on', async () => {
  const file = f('jsonl', 'records.jsonl');
  const r = await read([file]);
  assert.deepEqual(r.articles.map((a) => a.id), ['r1', 'r3', 'records:12', '12', 'r13']);
  assert.deepEqual(r.lines, [1, 4, 12, 13, 14]);
  assert.deepEqual(r.articles[0], {
    id: 'r1', date: '2022-01-21', text: 'Blinken met Lavrov in Geneva on Friday.', title: 'Geneva talks', url: 'https://example.org/r1', source: 'Wire',
  });
  assert.equal(r.articles[3]!.date, '2022-01-21', 'a timestamp keeps its own day, not UTC');
  assert.equal(r.articles[3]!.title, undefined);
  assert.equal(r.articles[4]!.text, 'Café — escapes are fine.');
  assert.deepEqual(
    r.errors.map((e) => [e.line, e.code]),
    [[2, 'json'], [5, 'date'], [6, 'date'], [7, 'date'], [8, 'empty'], [9, 'empty'], [10, 'json'], [11, 'json']],
  );
  for (const e of r.errors) assert.ok(e.message.startsWith(`${file}:${e.line}: `));
  assert.match(r.errors[0]!.message, /not valid JSON/);
  assert.match(r.errors[1]!.message, /"2022-02-29": no such day/);
  assert.match(r.errors[3]!.message, /missing "date"/);
});

test('JSONL: --date fills a missing date, never a wrong one', async () => {
  const r = await read([f('jsonl', 'records.jsonl')], { date: '2022-01-01' });
  const r6 = r.articles.find((a) => a.id === 'r6');
  assert.equal(r6?.date, '2022-01-01');
  assert.ok(r.errors.some((e) => e.line === 5 && e.code === 'date'));
});

test('JSONL: CRLF lines, an invalid UTF-8 line, gzip, binary, empty and non-JSON files', async () => {
  const crlf = await read([f('jsonl', 'crlf-and-latin1.ndjson')]);
  assert.deepEqual(crlf.articles.map((a) => a.text), ['Good line.', 'Good again, CRLF endings.']);
  assert.deepEqual(crlf.errors.map((e) => [e.line, e.code]), [[2, 'encoding']]);
  assert.equal((await one(f('jsonl', 'records.jsonl.gz'))).id, 'g1');
  await refused(f('jsonl', 'compressed-but-misnamed.jsonl'), 'binary', /binary data/);
  await refused(f('jsonl', 'empty.jsonl'), 'empty', /empty file/);
  const table = await read([f('jsonl', 'table.jsonl')]);
  assert.deepEqual(table.errors.map((e) => [e.line, e.code]), [[1, 'json'], [2, 'json']]);
});

test('JSONL streams: 50,000 generated lines all read in order, one broken line reported', async (t) => {
  const dir = tmp(t);
  const file = join(dir, 'big.jsonl');
  const out = createWriteStream(file);
  const N = 50_000;
  for (let i = 1; i <= N; i++) {
    const line = i === 31_337 ? '{"id": "broken", "date": "2022-01-21", "text": ' : JSON.stringify({ id: `a${i}`, date: '2022-01-21', text: `Article ${i}: Blinken met Lavrov — ${'x'.repeat(i % 200)}` });
    if (!out.write(i === N ? line : `${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r())); // last line: no newline
  }
  await new Promise<void>((r) => out.end(r));
  let n = 0;
  let inOrder = true;
  const errors: InputError[] = [];
  for await (const it of readInputs([file])) {
    if ('error' in it) errors.push(it.error);
    else {
      n++;
      const expected = n < 31_337 ? n : n + 1;
      if (it.article.id !== `a${expected}` || it.origin.line !== expected) inOrder = false;
    }
  }
  assert.equal(n, N - 1);
  assert.ok(inOrder, 'ids and lines follow the file');
  assert.deepEqual(errors.map((e) => [e.line, e.code]), [[31_337, 'json']]);
});

test('"-" reads JSONL from standard input', async () => {
  const stdin = Readable.from([Buffer.from('{"id":"s1","date":"2022-01-21","text":"from a pipe"}\nbroken\n{"date":"2022-01-22",'), Buffer.from('"text":"no id"}')]);
  const r = await read(['-'], { stdin });
  assert.deepEqual(r.articles.map((a) => [a.id, a.date, a.text]), [['s1', '2022-01-21', 'from a pipe'], ['stdin:3', '2022-01-22', 'no id']]);
  assert.deepEqual(r.errors.map((e) => e.message.slice(0, 25)), ['<stdin>:2: not valid JSON']);
});

test('line splitter: lines across tiny chunks, split multi-byte characters, over-long lines skipped', async () => {
  const bytes = Buffer.from('é€😀\nsecond line\n' + 'y'.repeat(100) + '\nlast');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 3) chunks.push(bytes.subarray(i, i + 3));
  const got: (string | number)[] = [];
  for await (const l of splitLines(Readable.from(chunks), 50)) got.push('tooLong' in l ? l.line : l.bytes.toString('utf8'));
  assert.deepEqual(got, ['é€😀', 'second line', 3, 'last']);
});

// --- size limits ----------------------------------------------------------------------------------------------

test('oversized inputs are refused: a text file by its size, a JSONL record, an over-long line, an HTML text', async (t) => {
  const dir = tmp(t);
  const big = join(dir, 'big-2022-01-01.txt');
  writeFileSync(big, 'word '.repeat(400)); // 2,000 bytes
  await refused(big, 'size', /file is 2 KiB, above the 1000 bytes limit/, { maxBytes: 1000 });
  assert.equal((await one(big, { maxBytes: 2000 })).date, '2022-01-01');

  const jsonl = join(dir, 'r.jsonl');
  writeFileSync(
    jsonl,
    [
      JSON.stringify({ id: 'small', date: '2022-01-01', text: 'fits' }),
      JSON.stringify({ id: 'big', date: '2022-01-01', text: 'x'.repeat(150) }),
      JSON.stringify({ id: 'huge', date: '2022-01-01', text: 'x'.repeat(70_000) }),
      JSON.stringify({ id: 'after', date: '2022-01-01', text: 'still read' }),
    ].join('\n'),
  );
  const r = await read([jsonl], { maxBytes: 100 });
  assert.deepEqual(r.articles.map((a) => a.id), ['small', 'after']);
  assert.deepEqual(r.errors.map((e) => [e.line, e.code]), [[2, 'size'], [3, 'size']]);
  assert.match(r.errors[0]!.message, /text is 150 bytes, above the 100 bytes limit/);
  assert.match(r.errors[1]!.message, /line is longer than/);

  const html = join(dir, 'p.html');
  writeFileSync(html, `<html><head><meta name="date" content="2022-01-01"></head><body><p>${'z'.repeat(150)}</p><script>${'s'.repeat(500)}</script></body></html>`);
  await refused(html, 'size', /text is 150 bytes, above the 100 bytes limit/, { maxBytes: 100 });
  assert.equal((await one(html, { maxBytes: 150 })).text.length, 150, 'markup does not count against the text limit');
});

// --- HTML -------------------------------------------------------------------------------------------------------

test('HTML: og:title, og:url, site name, published date as written; boilerplate dropped; paragraphs kept', async () => {
  const a = await one(f('html', 'geneva-talks.html'));
  assert.equal(a.id, 'geneva-talks');
  assert.equal(a.title, 'Blinken and Lavrov meet in Geneva');
  assert.equal(a.url, 'https://news.example.org/2022/01/21/geneva');
  assert.equal(a.source, 'Example News');
  // 23:30 at -05:00 is the 21st where it was published (the 22nd in UTC); the JSON-LD date and the header's
  // <time> rank below article:published_time.
  assert.equal(a.date, '2022-01-21');
  assert.equal(
    a.text,
    [
      'Blinken and Lavrov meet in Geneva',
      'GENEVA — Secretary of State Antony Blinken met his Russian counterpart, Foreign Minister Sergei Lavrov, at a hotel in Geneva on Friday.',
      'The two men spoke for about 90 minutes.',
      'Neither side announced a breakthrough.',
      '“We are not going to make a breakthrough today,” Lavrov said.',
    ].join('\n\n'),
  );
  for (const junk of ['style text', 'script text', 'World', 'Search', 'Share', 'Hidden', 'Related', 'teaser', 'Most read', 'rights reserved', 'By A. Reporter']) {
    assert.ok(!a.text.includes(junk), `drops ${junk}`);
  }
});

test('HTML: <time datetime>, page-furniture classes, lists and <pre>; declared windows-1252', async () => {
  const a = await one(f('html', 'time-only.htm'));
  assert.equal(a.date, '2022-01-19');
  assert.equal(a.title, 'Kuleba urges sanctions');
  assert.equal(a.text, 'Posted Wednesday\n\nForeign Minister Dmytro Kuleba urged Western governments to prepare sanctions.\n\nFirst point.\n\nSecond point.\n\n  a preformatted\n  block');
  const w = await one(f('html', 'windows-1252.html'));
  assert.equal(w.date, '2021-03-05');
  assert.equal(w.title, 'Café');
  assert.equal(w.text, 'Café crème – a Windows-1252 page.');
});

test('HTML: class words never drop <article>; when they would drop everything, they are ignored', async () => {
  assert.equal((await one(f('html', 'class-words.html'))).text, 'An article whose class names a furniture word is still the article.');
  const odd = await one(f('html', 'all-furniture-classes.html'));
  assert.equal(odd.date, '2021-08-10');
  assert.equal(odd.text, 'The only text sits in a div whose class has a furniture word.');
});

test('HTML date sources, best first', () => {
  const date = (head: string, body = '<p>x</p>') => {
    const d = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`).date;
    return d && 'date' in d.value ? [d.value.date, d.from] : d;
  };
  assert.deepEqual(date('<meta name="DC.date" content="2020-01-02"><meta name="date" content="2020-01-03">'), ['2020-01-02', '<meta dc.date>']);
  assert.deepEqual(date('<meta name="pubdate" content="20200104">'), ['2020-01-04', '<meta pubdate>']);
  assert.deepEqual(
    date('<script type="application/ld+json">{"datePublished": "2020-01-05T10:00:00Z"}</script>', '<header><time itemprop="datePublished" datetime="2020-01-06">6 Jan</time></header>'),
    ['2020-01-06', '<time itemprop=datePublished>'],
  );
  assert.deepEqual(date('<script type="application/ld+json">{"datePublished": "2020-01-05T10:00:00Z"}</script>', '<p><time datetime="2020-01-07">x</time></p>'), ['2020-01-05', 'JSON-LD datePublished']);
  assert.deepEqual(date('', '<nav><time datetime="2020-01-08">now</time></nav><p>Text <time pubdate datetime="2020-01-09">then</time></p>'), ['2020-01-09', '<time pubdate>']);
  assert.equal(date('<meta name="date" content="sometime">'), undefined);
});

test('HTML refusals: no date, an impossible meta date, nothing but boilerplate', async () => {
  await refused(f('html', 'no-date.html'), 'date', /no publication date/);
  assert.equal((await one(f('html', 'no-date.html'), { date: '2022-01-02' })).date, '2022-01-02');
  await refused(f('html', 'impossible-meta-date.html'), 'date', /"2021-04-31" in <meta date>: no such day/);
  await refused(f('html', 'boilerplate-only.html'), 'empty', /empty text/);
});

// --- feeds ------------------------------------------------------------------------------------------------------

test('RSS 2.0: one article per item, content:encoded over description, HTML stripped, bad items reported', async () => {
  const file = f('feeds', 'world.rss');
  const r = await read([file]);
  assert.deepEqual(r.articles, [
    {
      id: 'kyiv-2022-01-19',
      date: '2022-01-19',
      text: 'Secretary of State Antony Blinken arrived in Kyiv on Wednesday.\n\nHe met President Zelenskyy.',
      title: 'Blinken arrives in Kyiv',
      url: 'https://news.example.org/kyiv',
      source: 'Example World News',
    },
    {
      id: 'https://news.example.org/baerbock',
      date: '2022-01-18',
      text: 'German Foreign Minister Annalena Baerbock met Sergei Lavrov.\n\nShe warned of a "high price".',
      title: 'Baerbock in Moscow & Kyiv',
      url: 'https://news.example.org/baerbock',
      source: 'Example World News',
    },
  ]);
  assert.deepEqual(r.lines, [8, 16]);
  assert.deepEqual(r.errors.map((e) => [e.line, e.code]), [[22, 'date'], [28, 'empty']]);
  assert.match(r.errors[0]!.message, /world\.rss:22: item 3: invalid date "Mon, 30 Feb 2022 10:00:00 GMT": no such day/);
  assert.match(r.errors[1]!.message, /world\.rss:28: item 4: empty text/);
});

test('Atom: alternate link, published over updated, html, xhtml and text content', async () => {
  const r = await read([f('feeds', 'updates.atom')]);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.articles.map((a) => [a.id, a.date, a.title, a.url, a.text]),
    [
      ['urn:example:geneva', '2022-01-21', 'Talks in Geneva', 'https://updates.example.org/geneva', 'Blinken and Lavrov met in Geneva.\n\nThey agreed to keep talking.'],
      ['urn:example:nato', '2022-01-24', 'NATO on standby', 'https://updates.example.org/nato', 'NATO put forces on standby.\n\nDenmark sends a frigate & jets.'],
      ['urn:example:plain', '2022-01-25', 'Plain summary', undefined, 'Text with a literal <tag> that is not markup.'],
    ],
  );
  assert.ok(r.articles.every((a) => a.source === 'Example Updates'));
});

test('.xml: an RSS 1.0 feed is read, other XML is refused', async () => {
  const a = await one(f('feeds', 'rdf.xml'));
  assert.deepEqual([a.id, a.date, a.source], ['https://old.example.org/1', '2021-12-01', 'An RSS 1.0 feed']);
  await refused(f('feeds', 'config.xml'), 'format', /not an RSS or Atom feed \(the root element is <config>\)/);
});

// --- dates and hashes ---------------------------------------------------------------------------------------------

test('loose dates: ISO, RFC 822, prose; impossible days flagged; the last date in a path', () => {
  const d = (s: string) => parseLooseDate(s);
  assert.deepEqual(d('2022-01-21T23:30:00-05:00'), { date: '2022-01-21' });
  assert.deepEqual(d('2022/1/5'), { date: '2022-01-05' });
  assert.deepEqual(d('20220121'), { date: '2022-01-21' });
  assert.deepEqual(d('Fri, 21 Jan 2022 10:00:00 GMT'), { date: '2022-01-21' });
  assert.deepEqual(d('21st January 2022'), { date: '2022-01-21' });
  assert.deepEqual(d('Sept. 3, 2021'), { date: '2021-09-03' });
  assert.deepEqual(d('2024-02-29'), { date: '2024-02-29' });
  assert.deepEqual(d('1900-02-29'), { invalid: '1900-02-29' });
  assert.deepEqual(d('Mon, 31 Jun 2021'), { invalid: 'Mon, 31 Jun 2021' });
  assert.equal(d('yesterday'), undefined);
  assert.equal(d('202201211'), undefined);
  assert.deepEqual(dateFromPath('/c/2011-01-25/x-2011-01-26.txt'), { date: '2011-01-26' });
  assert.deepEqual(dateFromPath('/c/2011-13-01/x.txt'), { invalid: '2011-13-01' });
  assert.equal(dateFromPath('/c/12011-01-251/x.txt'), undefined);
});

test('contentHash: same date and text up to white space is the same article; id, title, url do not count', () => {
  const a: Article = { id: 'a', date: '2022-01-21', text: 'Blinken met  Lavrov\nin Geneva. ' };
  const h = contentHash(a);
  assert.match(h, /^[0-9a-f]{64}$/);
  assert.equal(contentHash({ id: 'b', date: '2022-01-21', text: ' Blinken met Lavrov in\tGeneva.', title: 'T', url: 'u' }), h);
  assert.notEqual(contentHash({ ...a, date: '2022-01-22' }), h);
  assert.notEqual(contentHash({ ...a, text: 'Blinken met Lavrov in Geneva!' }), h);
  assert.notEqual(contentHash({ ...a, text: 'Blinken metLavrov in Geneva.' }), h);
  // Composed and decomposed accents are the same text.
  assert.equal(contentHash({ ...a, text: 'Caf\u00e9' }), contentHash({ ...a, text: 'Cafe\u0301' }));
});
