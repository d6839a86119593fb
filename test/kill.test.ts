// A kill -9 in the middle of ingestion leaves the database consistent; a rerun finishes with no duplicates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../src/util/paths.js';
import { seedArticle } from './fixtures.js';

const cli = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
const N = 3000;

function counts(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const c = (t: string) => d.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(d.pragma('foreign_key_check'), []);
    return { articles: c('articles'), entities: c('entities'), timexes: c('timexes'), events: c('events'), quotes: c('quotes'), fts: c('articles_fts') };
  } finally {
    d.close();
  }
}

test('kill -9 during ingest, then rerun: same store as one clean run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kill-'));
  try {
    const seed = seedArticle();
    const input = join(dir, 'many.jsonl');
    const lines = [];
    for (let i = 0; i < N; i++) lines.push(JSON.stringify({ id: `r${i}`, date: seed.date, text: `Report ${i}. ${seed.text.slice(0, 600 + (i % 7) * 300)}` }));
    writeFileSync(input, lines.join('\n') + '\n');

    const killed = join(dir, 'killed.db');
    const child = spawn(process.execPath, [cli, 'ingest', input, '--db', killed, '--workers', '2'], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    // Wait until some batches are committed, then kill without warning.
    let stored = 0;
    for (let i = 0; i < 600 && stored === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        stored = counts(killed).articles;
      } catch {
        stored = 0; // not created or not migrated yet
      }
    }
    child.kill('SIGKILL');
    await exited;
    const atKill = counts(killed);
    assert.ok(atKill.articles > 0 && atKill.articles < N, `killed mid-way (stored ${atKill.articles} of ${N})`);
    assert.equal(atKill.fts, atKill.articles);

    const rerun = spawnSync(process.execPath, [cli, 'ingest', input, '--db', killed], { encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`ingested ${N - atKill.articles}, duplicates skipped ${atKill.articles}, errors 0`));

    const clean = join(dir, 'clean.db');
    assert.equal(spawnSync(process.execPath, [cli, 'ingest', input, '--db', clean], { encoding: 'utf8' }).status, 0);
    assert.deepEqual(counts(killed), counts(clean));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
