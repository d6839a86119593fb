// Event coder: mechanisms found on the made-up development set eval/data/made-events-e.jsonl (AID, COOPERATE,
// CONCEDE and MOBILIZE, tune half). Every fixture here is a sentence of our own, none of the dataset's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../src/model/index.js';
import { codeText, show, has } from './events-support.js';

const code = (text: string, date = '2001-05-01'): Event[] => codeText(text, date);

test('sharing pictures or evidence with a country is sharing intelligence', () => {
  const s = code('Norway is sharing radar images of the fishing fleet with Iceland , officials said .');
  assert.ok(has(s, 'COOPERATE', 'NOR', 'ISL'), show(s));
});

test('a suspect handed or turned over to a country is judicial cooperation', () => {
  const h = code('Panama handed over a suspected arms smuggler to Colombia on Thursday .');
  assert.ok(has(h, 'COOPERATE', 'PAN', 'COL'), show(h));
  const t = code('Kenya turned over three suspected militants to Uganda .');
  assert.ok(has(t, 'COOPERATE', 'KEN', 'UGA'), show(t));
});

test('forces deployed in a place, with no agent, are the source', () => {
  const d = code('Hundreds of Nigerian riot police were deployed in Kano ahead of the march .');
  assert.ok(has(d, 'MOBILIZE', 'NGA', 'NGA'), show(d));
});

test('a loan or credit extended to a country is economic aid', () => {
  const l = code('Qatar extended a 500 million dollar credit to Sudan to pay for fuel imports .');
  assert.ok(has(l, 'AID', 'QAT', 'SDN'), show(l));
});

test('equipping a foreign army unit is military aid', () => {
  const q = code('France will equip two Chadian army battalions , the French defence ministry said .');
  assert.ok(has(q, 'AID', 'FRA', 'TCD'), show(q));
});

test('patrols stepped up along a border are a show of force toward the other side', () => {
  const p = code('The Algerian army stepped up patrols along the Moroccan border .');
  assert.ok(has(p, 'MOBILIZE', 'DZA', 'MAR'), show(p));
});

test('reservists called up are a mobilisation', () => {
  const c = code('Armenia called up its reservists after clashes on the Azerbaijani border .');
  assert.ok(c.some((e) => e.plover === 'MOBILIZE' && (e.source?.code ?? '').startsWith('ARM')), show(c));
});

test('a language named by a demonym is no actor ("French-language newspapers")', () => {
  const l = code('Laos lifted a ban on French-language newspapers on Monday .');
  assert.ok(!l.some((e) => (e.target?.code ?? '').startsWith('FRA')), show(l));
  const s = code('Quebec police raided the offices of an English-speaking rights group .');
  assert.ok(!s.some((e) => (e.target?.code ?? '').startsWith('GBR')), show(s));
});

test('a country on alert, with no target of its own, is on alert against the foreign actor of an "as"/"after" clause', () => {
  const a = code('Kuwait put its troops on full alert as Iraqi tanks moved south of Basra .');
  assert.ok(has(a, 'MOBILIZE', 'KWT', 'IRQ'), show(a));
  const b = code('Bolivian commanders placed their units on alert after Chilean warships sailed north .');
  assert.ok(has(b, 'MOBILIZE', 'BOL', 'CHL'), show(b));
});

test('a show of force with no target named and no rival is done at home', () => {
  const r = code('Peru called up its army reservists on Sunday .');
  assert.ok(has(r, 'MOBILIZE', 'PER', 'PER'), show(r));
  const d = code('Hundreds of Bangladeshi riot police were deployed in Narayanpur before the vote .');
  assert.ok(has(d, 'MOBILIZE', 'BGD', 'BGD'), show(d));
});

test('giving up powers and unblocking media are concessions at home', () => {
  const g = code('Lesotho\'s King Letsie gave up his executive powers on Friday .');
  assert.ok(has(g, 'CONCEDE', 'LSO', 'LSO'), show(g));
  const u = code('Azerbaijan unblocked two opposition news agencies last week .');
  assert.ok(has(u, 'CONCEDE', 'AZE', 'AZE'), show(u));
});
