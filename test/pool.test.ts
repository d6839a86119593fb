// Worker threads give the same annotations as the main thread, in input order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateAll } from '../src/parallel/pool.js';
import { annotate } from '../src/pipeline.js';
import { seedArticle } from './fixtures.js';

test('annotateAll with 2 workers keeps input order and matches the in-thread pipeline', async () => {
  const seed = seedArticle();
  // Different lengths so that workers finish out of order.
  const articles = Array.from({ length: 24 }, (_, i) => ({ ...seed, id: `a${i}`, text: seed.text.slice(0, 200 + ((i * 977) % seed.text.length)) }));
  const out = [];
  for await (const r of annotateAll(articles.map((article, i) => ({ tag: i, article })), 2)) out.push(r);
  assert.deepEqual(out.map((r) => r.tag), articles.map((_, i) => i));
  for (const r of out) {
    assert.ok('annotation' in r);
    assert.deepEqual(r.annotation, annotate(r.article));
  }
});
