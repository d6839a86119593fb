// Event coder: mechanisms found on the made-up development set eval/data/made-events-d.jsonl (CAMEO roots 11-20,
// tune half). Every fixture here is a sentence of our own, none of the dataset's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../src/model/index.js';
import { codeText, show, root, has } from './events-support.js';

const code = (text: string, date = '2001-05-01'): Event[] => codeText(text, date);

test('an event noun as the subject of a passive light verb is done by the by-phrase', () => {
  const embargo = code('A fuel embargo on Burundi was imposed by the Organization of African Unity last month .');
  assert.ok(has(embargo, 'SANCTION', 'IGO', 'BDI'), show(embargo));
  const ban = code('A ban on opposition rallies was declared by the Kenyan police on Friday .');
  const call = code('The mobilisation of 20,000 reservists was ordered by the Greek government .');
  assert.ok(call.some((e) => e.plover === 'MOBILIZE' && root(e.source?.code) === 'GRC'), show(call));
  assert.ok(embargo.length && ban.some((e) => e.plover === 'COERCE' && root(e.source?.code) === 'KEN'), show(ban));
  // (not any passive: who condemned an attack did not make it)
  const attack = code('The attack on the convoy was condemned by France .');
  assert.ok(!attack.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'FRA'), show(attack));
});

test('a shutdown enforced or called is a general strike; a vote down is a refusal', () => {
  const shut = code('Opposition parties enforced a dawn-to-dusk shutdown in Dhaka to demand fresh elections .');
  assert.ok(shut.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'BGD'), show(shut));
  const vote = code('Ecuadorean voters voted down a constitutional amendment in a referendum .');
  assert.ok(vote.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'ECU'), show(vote));
});

test('"beat up" people is an assault', () => {
  const b = code('Soldiers beat up the villagers in Kayes , Malian officials said .');
  assert.ok(b.some((e) => e.plover === 'ASSAULT' && e.cameo === '182'), show(b));
});

test('troops sent to a border are a show of force; sent into a country they stay aid', () => {
  const border = code('Nigeria dispatched extra soldiers to the frontier with Cameroon .');
  assert.ok(has(border, 'MOBILIZE', 'NGA', 'CMR'), show(border));
  const into = code('Nigeria sent troops to Liberia .');
  assert.ok(!into.some((e) => e.plover === 'MOBILIZE'), show(into));
  const teams = code('Brazil sent medical teams to the border with Venezuela .');
  assert.ok(!teams.some((e) => e.plover === 'MOBILIZE'), show(teams));
});

test('clashes between one group named with two sides ("Hindu and Muslim mobs") are that group on both sides', () => {
  const c = code('Clashes between Hindu and Muslim mobs in the Indian city of Ahmedabad left 30 people dead .');
  assert.ok(has(c, 'ASSAULT', 'IND', 'IND'), show(c));
});

test('an act named with its patient and its doer ("the killing of X by Y") is aimed at the doer', () => {
  const k = code('Egypt condemned the killing of three Palestinian boys by Israeli soldiers .');
  assert.ok(has(k, 'ACCUSE', 'EGY', 'ISR'), show(k));
  // a verdict in an "as" phrase after a long object
  const p = code('Iranian radio described the boarding of an Iranian tanker by the Kuwaiti navy as an act of piracy .');
  assert.ok(has(p, 'ACCUSE', 'IRN', 'KWT'), show(p));
});

test('a body nobody knows, in a sentence that names one country, is that country\'s', () => {
  const b = code('The Kenyan police were criticised by the Law Society over the shooting of protesters .');
  assert.ok(has(b, 'ACCUSE', 'KEN', 'KEN'), show(b));
});

test('"ordered X to leave" is an expulsion: of diplomats a reduction of relations, of others coercion', () => {
  const dip = code('Angola ordered three Zairean diplomats to leave the country within a week .');
  assert.ok(has(dip, 'SANCTION', 'AGO', 'COD'), show(dip));
  const jou = code('Zambia ordered two British journalists to leave the country .');
  assert.ok(has(jou, 'COERCE', 'ZMB', 'GBR'), show(jou));
  const ask = code('Peru ordered the Chilean ambassador to explain the remarks .');
  assert.ok(!ask.some((e) => e.plover === 'SANCTION'), show(ask));
});
