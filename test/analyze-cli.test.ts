// The fusion and analysis commands as a user runs them: a child process on the examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/util/paths.js';
import { seedFile } from './fixtures.js';

// Compiled tests run the compiled CLI; tests run from source (tsx) run the source.
const fromDist = import.meta.url.includes('/dist/');
const entry = fromDist ? [join(repoRoot, 'dist', 'src', 'cli', 'main.js')] : ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts')];

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, [...entry, ...args], { encoding: 'utf8', cwd: repoRoot });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('ingest the examples, then events with report counts, itinerary, timeline, network and escalation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-analyze-cli-'));
  const db = join(dir, 'd.db');
  try {
    const ing = dossier('ingest', seedFile, join(repoRoot, 'examples', 'geneva-reports.jsonl'), '--db', db, '--workers', '0', '-q');
    assert.equal(ing.code, 0, ing.err);
    // Right after ingest, every mention of the Geneva meeting carries the fused counts: two articles.
    const ev = dossier('events', '--db', db, '--format', 'jsonl', '--limit', '1000', '--plover', 'CONSULT', '--from', '2022-01-21', '--to', '2022-01-21');
    assert.equal(ev.code, 0, ev.err);
    const rows = ev.out.trim().split('\n').map((l) => JSON.parse(l));
    const geneva = rows.filter((r) => r.location?.name === 'Geneva');
    assert.ok(geneva.length >= 2);
    assert.ok(geneva.every((r) => r.articles === 2 && r.fused === geneva[0].fused), JSON.stringify(geneva));
    assert.deepEqual([...new Set(geneva.map((r) => r.article))].sort(), ['blinken-geneva-2022-01-21', 'geneva-talks-2022-01-22']);

    const it = dossier('itinerary', 'Blinken', '--db', db, '--format', 'json');
    assert.equal(it.code, 0, it.err);
    const stops = JSON.parse(it.out) as { date: string; place: string; country: string; lat: number; lon: number; evidence: unknown[] }[];
    assert.deepEqual(stops.map((s) => `${s.date} ${s.place}`), ['2022-01-19 Kyiv', '2022-01-20 Berlin', '2022-01-21 Geneva']);
    assert.deepEqual(Object.keys(stops[0]!), ['date', 'place', 'country', 'lat', 'lon', 'evidence']);

    const tl = dossier('timeline', '--db', db, '--format', 'json', '--dates', '2');
    assert.equal(tl.code, 0, tl.err);
    const entries = JSON.parse(tl.out) as { date: string; summary: string; events: unknown[] }[];
    assert.equal(entries.length, 2);
    assert.ok(entries.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.summary.length > 20 && Array.isArray(e.events)));
    assert.ok(entries[0]!.date < entries[1]!.date, 'in date order');

    const net = dossier('network', '--db', db, '--format', 'graphml');
    assert.equal(net.code, 0, net.err);
    assert.match(net.out, /<graphml[^]*<node id="USAGOV">[^]*<edge [^]*<\/graphml>/);

    const bad = dossier('escalation', '--db', db);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /one or two actors/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
