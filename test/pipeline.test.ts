// The whole pipeline on the defining example: contract invariants and the headline event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/pipeline.js';
import { analyzeText } from '../src/text/index.js';
import type { Span } from '../src/model/index.js';
import { seedArticle } from './fixtures.js';

const seed = seedArticle();
const ann = annotate(seed);

test('the seed yields the Blinken–Lavrov meeting with source, target, date and place', () => {
  const meeting = ann.events.find((e) => e.plover === 'CONSULT' && e.source?.code === 'USAGOV' && e.target?.code === 'RUSGOV' && e.location?.name === 'Geneva');
  assert.ok(meeting, 'a USAGOV -> RUSGOV CONSULT in Geneva');
  assert.equal(meeting.date, '2022-01-21');
  assert.equal(meeting.factuality, 'future');
  assert.ok(meeting.sentence.start <= meeting.trigger.start && meeting.trigger.end <= meeting.sentence.end);
});

test('every span of every layer points at its own text (UTF-16 offsets, end exclusive)', () => {
  const check = (s: Span, what: string) => {
    assert.ok(s.start >= 0 && s.end > s.start && s.end <= seed.text.length, `${what} ${s.start}-${s.end} in range`);
    assert.equal(seed.text.slice(s.start, s.end), s.text, what);
  };
  assert.ok(ann.entities.length && ann.timexes.length && ann.events.length && ann.quotes.length);
  for (const e of ann.entities) check(e, 'entity');
  for (const t of ann.timexes) check(t, 'timex');
  for (const q of ann.quotes) {
    check(q, 'quote');
    if (q.speaker) check(q.speaker, 'speaker');
  }
  for (const e of ann.events) {
    check(e.trigger, 'trigger');
    if (e.source) check(e.source, 'source');
    if (e.target) check(e.target, 'target');
    if (e.location) check(e.location, 'location');
    assert.ok(e.quad >= 1 && e.quad <= 4);
    assert.match(e.cameo, /^\d{3,4}$/);
  }
});

test('the pipeline is deterministic', () => {
  assert.deepEqual(annotate(seed), ann);
});

test('Penn Treebank bracket escapes (-LRB- -RRB-) are read as brackets, with offsets into the text as written', () => {
  const text = 'WASHINGTON -LRB- Reuters -RRB- -- The quake struck 15km -LRB- 10 miles -RRB- south of the city , the Geological Survey said .';
  const doc = analyzeText({ id: 'ptb', date: '2010-01-13', text });
  const brackets = doc.tokens.filter((t) => t.text === '(' || t.text === ')');
  assert.deepEqual(brackets.map((t) => text.slice(t.start, t.end)), ['-LRB-', '-RRB-', '-LRB-', '-RRB-']);
  assert.ok(!doc.tokens.some((t) => /^(LRB|RRB)$/.test(t.text)), 'no LRB/RRB words');
  const a = annotate({ id: 'ptb', date: '2010-01-13', text });
  for (const e of a.entities) assert.equal(text.slice(e.start, e.end), e.text);
  assert.ok(!a.entities.some((e) => /RRB|LRB/.test(e.text)), a.entities.map((e) => e.text).join(', '));
});
