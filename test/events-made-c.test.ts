// Event coder: argument and lexicon rules found on made-up wire sentences of CAMEO roots 01-10 with openers,
// reported speech and appositions (eval/data/made-events-c.jsonl, tune half). Each test uses a sentence of its own,
// not one of that file's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../src/model/index.js';
import { codeText, show, root } from './events-support.js';

const code = (text: string, date = '1995-06-01'): Event[] => codeText(text, date);

test('handing out relief is aid: "distributed blankets to" is a light verb like "delivered"', () => {
  const evs = code('UNICEF distributed blankets to refugees in eastern Chad.');
  assert.ok(evs.some((e) => e.plover === 'AID' && root(e.target?.code) === 'TCD'), show(evs));
});

test('soldiers sent to another country are military aid, as troops are', () => {
  const evs = code('Italy sent 400 soldiers to Albania to guard the aid convoys.');
  assert.ok(evs.some((e) => e.cameo === '074' && root(e.source?.code) === 'ITA' && root(e.target?.code) === 'ALB'), show(evs));
});

test('talking to reporters is no meeting', () => {
  const evs = code('Talking to reporters in Manila on Friday, a senior Philippine official said the bases would close.');
  assert.ok(!evs.some((e) => e.plover === 'CONSULT'), show(evs));
  // (a meeting with someone else stays one)
  const met = code('Talking to reporters after meeting Chilean officials, the Bolivian minister said the talks went well.');
  assert.ok(!met.some((e) => e.plover === 'CONSULT' && e.target?.code.endsWith('MED')), show(met));
});

test('"gave X 40 million dollars": the first object is the recipient of an amount', () => {
  const evs = code('Kuwait gave Jordan 40 million dollars to help pay for refugee camps.');
  assert.ok(evs.some((e) => e.plover === 'AID' && root(e.source?.code) === 'KWT' && root(e.target?.code) === 'JOR'), show(evs));
});

test('a plural\'s possessive apostrophe ("the bishops\' council") keeps the subject\'s phrase whole', () => {
  const evs = code('The Bolivian miners\' federation urged the government to reopen the tin mines.');
  assert.ok(evs.some((e) => e.plover === 'REQUEST' && root(e.source?.code) === 'BOL' && root(e.target?.code) === 'BOL'), show(evs));
});

test('"an inquiry into the bombing of X by Y": the agent in the "by" phrase is who is investigated', () => {
  const evs = code('Lebanese judges opened an inquiry into the bombing of the Beirut airport by Israeli jets.');
  assert.ok(evs.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'LBN' && root(e.target?.code) === 'ISR'), show(evs));
});

test('a favourable verdict on what a clause names is praise, past "had been" ("said the vote had been fair")', () => {
  const evs = code('European monitors said Malawi\'s referendum had been free and fair.');
  assert.ok(evs.some((e) => e.plover === 'SUPPORT' && root(e.target?.code) === 'MWI'), show(evs));
});

test('"shared X\'s goal" is an expression of accord with X', () => {
  const evs = code('Tokyo said it shared Seoul\'s goal of a nuclear-free peninsula.');
  assert.ok(evs.some((e) => e.plover === 'STATEMENT' && root(e.source?.code) === 'JPN' && root(e.target?.code) === 'KOR'), show(evs));
});

test('accepting an offer of relief is an agreement to the offer', () => {
  const evs = code('Armenia accepted a Turkish offer of relief supplies after the earthquake.');
  assert.ok(evs.some((e) => e.plover === 'AGREE' && root(e.source?.code) === 'ARM' && root(e.target?.code) === 'TUR'), show(evs));
});

test('reopening a named crossing eases a blockade; "the X crossing into" is no crossing-over by force', () => {
  const evs = code('Egyptian authorities reopened the Rafah crossing into Gaza on Sunday.');
  assert.ok(evs.some((e) => e.plover === 'RETREAT' && root(e.source?.code) === 'EGY' && root(e.target?.code) === 'PSE'), show(evs));
  assert.ok(!evs.some((e) => e.plover === 'ASSAULT'), show(evs));
});

test('declining to comment, making no comment: a statement', () => {
  const no = code('Mexican officials made no comment on the arrest of the banker.');
  assert.ok(no.some((e) => e.plover === 'STATEMENT' && root(e.source?.code) === 'MEX'), show(no));
  const dec = code('A Kenyan police spokesman declined to comment on the shooting.');
  assert.ok(dec.some((e) => e.plover === 'STATEMENT' && root(e.source?.code) === 'KEN'), show(dec));
});

test('"worked with X to" is cooperation with X', () => {
  const evs = code('Thai police worked with Malaysian officers to break up a smuggling gang.');
  assert.ok(evs.some((e) => e.plover === 'COOPERATE' && root(e.source?.code) === 'THA' && root(e.target?.code) === 'MYS'), show(evs));
});

test('a town naming a pact ("the Lusaka accord") is no party to it; the "with" phrase names the partner', () => {
  const evs = code('Angola\'s president praised the Lusaka accord with the UNITA rebels.');
  assert.ok(evs.some((e) => e.plover === 'SUPPORT' && root(e.target?.code) === 'AGO'), show(evs));
  assert.ok(!evs.some((e) => e.plover === 'SUPPORT' && root(e.target?.code) === 'ZMB'), show(evs));
});

test('"to flood victims": a disaster before the people it struck is no infinitive', () => {
  const evs = code('Oxfam delivered blankets to flood victims in southern Sudan.');
  assert.ok(evs.some((e) => e.plover === 'AID' && root(e.target?.code) === 'SDN'), show(evs));
});

test('"The Hague tribunal": an organisation of the knowledge base whose name goes on past the tagger\'s span', () => {
  const evs = code('The Hague tribunal opened an investigation into the killing of Serb civilians near Gospic.', '1999-03-01');
  assert.ok(evs.some((e) => e.plover === 'ACCUSE' && e.source?.code.startsWith('IGO')), show(evs));
});

test('"promised that X would ... in Y": a that-clause complement names whom the promise is about', () => {
  const evs = code('The Dutch defence minister promised that Dutch marines would remain in Cambodia until the vote.');
  assert.ok(evs.some((e) => e.plover === 'AGREE' && root(e.source?.code) === 'NLD' && root(e.target?.code) === 'KHM'), show(evs));
});

test('a force named by a region of several countries ("a West African intervention force") is an international body', () => {
  const evs = code('Chad requested troops from an African intervention force.');
  assert.ok(evs.some((e) => e.plover === 'REQUEST' && root(e.source?.code) === 'TCD' && root(e.target?.code) === 'IGO'), show(evs));
});

test('"North and South Korea": a bare compass word before a compass word and a country\'s name is that country', () => {
  const evs = code('Japan asked North and South Korea to resume their family reunions.');
  assert.ok(evs.some((e) => e.plover === 'REQUEST' && root(e.target?.code) === 'PRK'), show(evs));
  assert.ok(evs.some((e) => e.plover === 'REQUEST' && root(e.target?.code) === 'KOR'), show(evs));
});

test('"church leaders": a leading head takes the sector of the group before it, and their appeal is made of their state', () => {
  const evs = code('Church leaders in Harare appealed for an end to the farm invasions.');
  assert.ok(evs.some((e) => e.plover === 'REQUEST' && e.source?.code === 'ZWEREL' && root(e.target?.code) === 'ZWE'), show(evs));
});

test('handing over evidence is sharing information ("provided Spain with evidence")', () => {
  const evs = code('French investigators provided Spain with evidence against two suspected ETA members.');
  assert.ok(evs.some((e) => e.plover === 'COOPERATE' && root(e.source?.code) === 'FRA' && root(e.target?.code) === 'ESP'), show(evs));
});
