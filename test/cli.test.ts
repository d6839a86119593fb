// The command line as a user runs it: a real child process on real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/util/paths.js';
import { seedFile } from './fixtures.js';

const cli = join(repoRoot, 'dist', 'src', 'cli', 'main.js');

export function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-cli-'));
}

test('ingest the seed, list its events as JSONL with provenance, and ingest again with no change', () => {
  const dir = tmp();
  const db = join(dir, 'd.db');
  try {
    const first = dossier('ingest', seedFile, '--db', db, '--workers', '1');
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /ingested 1, duplicates skipped 0, errors 0/);
    const ev = dossier('events', '--db', db, '--format', 'jsonl', '--limit', '1000');
    assert.equal(ev.code, 0, ev.err);
    const events = ev.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    for (const e of events) {
      assert.equal(typeof e.trigger.start, 'number');
      assert.ok(e.sentence.end > e.sentence.start);
    }
    const again = dossier('ingest', seedFile, '--db', db);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /ingested 0, duplicates skipped 1, errors 0/);
    const ev2 = dossier('events', '--db', db, '--format', 'jsonl', '--limit', '1000');
    assert.equal(ev2.out, ev.out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a binary file and a broken JSONL line are refused by name; the rest goes in; exit status 3', () => {
  const dir = tmp();
  const db = join(dir, 'd.db');
  try {
    const bin = join(dir, 'photo.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    const jsonl = join(dir, 'batch.jsonl');
    writeFileSync(jsonl, [
      JSON.stringify({ id: 'ok1', date: '2022-01-20', text: 'Blinken met Baerbock in Berlin on Thursday.' }),
      '{"id": "broken", "date": "2022-01-20", "text": "unterminated',
      JSON.stringify({ id: 'ok2', date: '2022-01-21', text: 'Blinken met Lavrov in Geneva on Friday.' }),
    ].join('\n') + '\n');
    const r = dossier('ingest', bin, jsonl, '--db', db, '--date', '2022-01-01');
    assert.equal(r.code, 3, r.err);
    assert.match(r.err, /photo\.txt/);
    assert.match(r.err, /batch\.jsonl:2/);
    assert.match(r.out, /ingested 2, duplicates skipped 0, errors 2/);
    const s = dossier('search', 'unterminated', '--db', db, '--format', 'json');
    assert.deepEqual(JSON.parse(s.out), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('annotate --format jsonl writes the input fields plus the annotation layers', () => {
  const dir = tmp();
  try {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'x', date: '2022-01-21', title: 'T', url: 'https://example.org/x', source: 'S', text: 'Blinken met Lavrov in Geneva on Friday.' }) + '\n');
    const out = join(dir, 'out.jsonl');
    const r = dossier('annotate', '--format', 'jsonl', input, out);
    assert.equal(r.code, 0, r.err);
    const rec = JSON.parse(spawnSync('cat', [out], { encoding: 'utf8' }).stdout);
    for (const k of ['id', 'date', 'title', 'url', 'source', 'text', 'anchor', 'entities', 'timexes', 'events', 'quotes']) assert.ok(k in rec, k);
    assert.equal(rec.url, 'https://example.org/x');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage mistakes get a message and exit status 2; --help works for every command', () => {
  assert.equal(dossier('frobnicate').code, 2);
  const bad = dossier('events', '--from', 'notadate', '--db', seedFile);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--from must be a date/);
  const missing = dossier('events', '--db', join(tmpdir(), 'no-such-dossier.db'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no database/);
  for (const c of ['ingest', 'annotate', 'events', 'actors', 'quotes', 'search']) {
    const h = dossier(c, '--help');
    assert.equal(h.code, 0);
    assert.match(h.out, new RegExp(`Usage: dossier ${c}`));
  }
});

test('query commands print table, csv and json', () => {
  const dir = tmp();
  const db = join(dir, 'd.db');
  try {
    copyFileSync(seedFile, join(dir, 'seed.txt'));
    assert.equal(dossier('ingest', join(dir, 'seed.txt'), '--db', db).code, 0);
    const table = dossier('search', 'Geneva', '--db', db);
    assert.match(table.out, /^date\s+article\s+title\s+snippet/);
    assert.match(table.out, /\[Geneva\]/);
    const csv = dossier('search', 'Geneva', '--db', db, '--format', 'csv');
    assert.match(csv.out, /^date,article,title,snippet\n2022-01-21,seed,/);
    const json = JSON.parse(dossier('actors', '--db', db, '--format', 'json').out);
    assert.ok(json.some((a: { code: string; name: string }) => a.code === 'USAGOV' && /Blinken/.test(a.name)));
    const gdelt = dossier('events', '--db', db, '--format', 'gdelt').out.trim().split('\n').map((l) => l.split('\t'));
    assert.equal(gdelt[0]![0], 'GLOBALEVENTID');
    assert.ok(gdelt.length > 1);
    for (const row of gdelt) assert.equal(row.length, gdelt[0]!.length);
    assert.match(gdelt[1]![1]!, /^2022\d{4}$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a person learned from a titled mention resolves when named bare in a later ingest', () => {
  const dir = tmp();
  const db = join(dir, 'd.db');
  try {
    const first = join(dir, 'first.jsonl');
    writeFileSync(first, JSON.stringify({ id: 'k1', date: '2023-03-01', text: 'Estonian Defence Minister Marta Kask met NATO officials in Tallinn on Monday. Kask said the talks went well.' }) + '\n');
    const later = join(dir, 'later.jsonl');
    writeFileSync(later, JSON.stringify({ id: 'k2', date: '2023-04-02', text: 'Kask said on Tuesday that Estonia would buy more artillery from South Korea.' }) + '\n');
    const entitiesOf = (file: string) => {
      const out = join(dir, 'out.jsonl');
      assert.equal(dossier('annotate', '--format', 'jsonl', file, out, '--workers', '0').code, 0);
      return JSON.parse(readFileSync(out, 'utf8')).entities as { text: string; actor?: { code: string; name: string } }[];
    };
    // Alone, the later article says nothing about who Kask is.
    assert.equal(entitiesOf(later).find((e) => e.text === 'Kask')?.actor, undefined);
    assert.equal(dossier('ingest', first, '--db', db).code, 0);
    const [kask] = JSON.parse(dossier('actors', 'show', 'Marta Kask', '--db', db, '--format', 'json').out);
    assert.match(kask.code, /^EST/);
    assert.equal(kask.roles[0].role, 'Defence Minister');
    assert.equal(dossier('ingest', later, '--db', db).code, 0);
    const bare = JSON.parse(dossier('actors', 'show', 'Marta Kask', '--db', db, '--format', 'json').out)[0];
    assert.equal(bare.articles, 2);
    assert.equal(bare.last_seen, '2023-04-02');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a PETRARCH actor dictionary, given with --actors or imported into the store, codes its people', () => {
  const dir = tmp();
  const db = join(dir, 'd.db');
  try {
    const dict = join(dir, 'estonia.actors.txt');
    writeFileSync(dict, 'MARTA_KASK_ [ESTGOV 20230101-20231231]\n');
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, JSON.stringify({ id: 'k3', date: '2023-05-02', text: 'Marta Kask visited Riga on Monday and met Latvian officials.' }) + '\n');
    const codeOf = (...extra: string[]) => {
      const out = join(dir, 'out.jsonl');
      assert.equal(dossier('annotate', '--format', 'jsonl', input, out, '--workers', '0', ...extra).code, 0);
      return JSON.parse(readFileSync(out, 'utf8')).entities.find((e: { text: string }) => e.text === 'Marta Kask')?.actor?.code;
    };
    assert.notEqual(codeOf(), 'ESTGOV');
    assert.equal(codeOf('--actors', dict), 'ESTGOV');
    const imp = dossier('actors', 'import', dict, '--db', db);
    assert.equal(imp.code, 0, imp.err);
    assert.match(imp.out, /imported 1 actors/);
    assert.equal(dossier('ingest', input, '--db', db).code, 0);
    const [kask] = JSON.parse(dossier('actors', 'show', 'Kask', '--db', db, '--format', 'json').out);
    assert.equal(kask.code, 'ESTGOV');
    const bad = dossier('actors', 'import', input, '--db', db);
    assert.notEqual(bad.code, 0);
    assert.match(bad.err, /in\.jsonl/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
