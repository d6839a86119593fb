// Event coder: argument and lexicon rules found on made-up wire sentences of CAMEO roots 11-20
// (eval/data/made-events-b.jsonl, tune half). Each test uses a sentence of its own, not one of that file's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intentPlover } from '../src/events/intent.js';
import type { Event } from '../src/model/index.js';
import { codeText, show, root } from './events-support.js';

const code = (text: string, date = '1995-06-01'): Event[] => codeText(text, date);

test('a compass word before "of" is a place phrase, not the head of the event noun\'s phrase', () => {
  const evs = code('Syrian troops launched a fierce offensive west of Aleppo on Monday.');
  assert.ok(evs.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'SYR'), show(evs));
});

test('"pushing X back" is no appeal; "pushed X to negotiate" is', () => {
  const back = code('Armenian units advanced on Monday, pushing Azerbaijani troops back across the river.');
  assert.ok(!back.some((e) => e.plover === 'REQUEST'), show(back));
  const appeal = code('Brazil pushed Paraguay to negotiate with the strikers.');
  assert.ok(appeal.some((e) => e.plover === 'REQUEST' && e.source?.code === 'BRA' && e.target?.code === 'PRY'), show(appeal));
});

test('sealing off a place by a national force is done at home (191 is coercion, as 17 is)', () => {
  const evs = code('Moroccan security forces sealed off the northern town after the riots.');
  assert.ok(evs.some((e) => e.plover === 'COERCE' && root(e.source?.code) === 'MAR' && root(e.target?.code) === 'MAR'), show(evs));
});

test('capturing a capital is military force; armed groups capturing people abduct them', () => {
  const cap = code('Ethiopian troops captured the provincial capital after a week of shelling.');
  assert.ok(cap.some((e) => e.cameo === '190' && root(e.source?.code) === 'ETH'), show(cap));
  const abd = code('Chechen rebels captured a Russian colonel near Grozny.');
  assert.ok(abd.some((e) => e.cameo === '181' && e.plover === 'ASSAULT' && root(e.target?.code) === 'RUS'), show(abd));
  // (a state's police capturing rebels arrests them)
  const arrest = code('Peruvian police captured three rebels near Lima.');
  assert.ok(arrest.some((e) => e.cameo === '173'), show(arrest));
});

test('a body suspending a country suspends its membership; traded fire is fighting; emergency rule is martial law', () => {
  const sus = code('The African Union suspended Togo from its meetings.');
  assert.ok(sus.some((e) => e.plover === 'SANCTION' && root(e.source?.code) === 'IGO' && e.target?.code === 'TGO'), show(sus));
  const fire = code('Thai and Cambodian soldiers traded rifle fire near the temple.');
  assert.ok(fire.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'THA' && root(e.target?.code) === 'KHM'), show(fire));
  const rule = code('The Bangladeshi president imposed emergency rule in Dhaka.');
  assert.ok(rule.some((e) => e.cameo === '1724' && root(e.source?.code) === 'BGD'), show(rule));
});

test('a passive killing with no agent is of the place named in the victims\' own phrase', () => {
  const evs = code('Four Italian soldiers on patrol in western Afghanistan were killed when a mine exploded.');
  assert.ok(evs.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'AFG' && root(e.target?.code) === 'ITA'), show(evs));
  // (only the subject's own phrase: not a place named before it)
  const before = code('Critics in Washington recalled the fate of Panama, which was invaded in 1989.');
  assert.ok(!before.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'USA'), show(before));
});

test('put on alert: the forces are one\'s own, the target is across the border named on the way', () => {
  const evs = code('Greece put its navy near the Turkish coast on high alert.');
  assert.ok(evs.some((e) => e.plover === 'MOBILIZE' && e.source?.code === 'GRC' && root(e.target?.code) === 'TUR'), show(evs));
});

test('an "including" aside does not end the clause\'s phrases', () => {
  const evs = code('Syria has massed 30,000 troops, including three armoured brigades, near the border with Turkey.');
  assert.ok(evs.some((e) => e.plover === 'MOBILIZE' && e.source?.code === 'SYR' && e.target?.code === 'TUR'), show(evs));
});

test('troops sent where no foreign actor receives them are a show of force, not aid', () => {
  const evs = code('France is sending 4,000 troops to the region, officials said.');
  assert.ok(evs.some((e) => e.plover === 'MOBILIZE' && root(e.source?.code) === 'FRA'), show(evs));
  // (to a country: military aid as before)
  const aid = code('France sent 600 troops to Chad.');
  assert.ok(aid.some((e) => e.cameo === '074' && e.target?.code === 'TCD'), show(aid));
  // (nor where no destination is named: "will never send troops")
  const none = code('France will never send troops, the minister said.');
  assert.ok(!none.some((e) => e.plover === 'MOBILIZE'), show(none));
});

test('voting against an act refuses it', () => {
  const evs = code('The Turkish parliament voted against opening the border to American troops.');
  assert.ok(evs.some((e) => intentPlover(e) === 'REJECT' && root(e.source?.code) === 'TUR'), show(evs));
  const plan = code('Greek lawmakers voted against the Macedonian proposal.');
  assert.ok(plan.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'GRC' && e.target?.code === 'MKD'), show(plan));
});

test('using people as human shields is an assault on them', () => {
  const evs = code('Liberian rebels used Nigerian peacekeepers as human shields.');
  assert.ok(evs.some((e) => e.cameo === '184' && root(e.source?.code) === 'LBR' && root(e.target?.code) === 'NGA'), show(evs));
});

test('passive expulsions are by the country people are expelled from', () => {
  const dep = code('Three Irish missionaries were deported from Sudan last week.');
  assert.ok(dep.some((e) => e.plover === 'COERCE' && e.source?.code === 'SDN' && root(e.target?.code) === 'IRL'), show(dep));
  const dip = code('The Iraqi ambassador was expelled from Madrid on Tuesday.');
  assert.ok(dip.some((e) => e.plover === 'SANCTION' && e.source?.code === 'ESP' && root(e.target?.code) === 'IRQ'), show(dip));
});

test('a refusal is aimed at who presses for the act ("despite pleas from X")', () => {
  const evs = code('The Syrian government refused to reopen the crossing despite renewed appeals from Jordan.');
  assert.ok(evs.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'SYR' && e.target?.code === 'JOR'), show(evs));
});

test('unnamed international troops are an international body', () => {
  const evs = code('The Sudanese president rejected the deployment of international troops in Darfur.');
  assert.ok(evs.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'SDN' && root(e.target?.code) === 'IGO'), show(evs));
});

test('a name and its noun after a verb are its object, not a clause ("gave Serbian forces an ultimatum")', () => {
  const evs = code('The Bosnian army gave Serbian forces an ultimatum to leave the town by Friday.');
  assert.ok(evs.some((e) => e.plover === 'THREATEN' && root(e.source?.code) === 'BIH' && root(e.target?.code) === 'SRB'), show(evs));
});

test('a verdict in an "as" phrase past a long object is criticism', () => {
  const evs = code('Iran described the arrest of its diplomats in Baghdad and Basra by American troops as an outrageous provocation.');
  assert.ok(evs.some((e) => e.plover === 'ACCUSE' && e.source?.code === 'IRN'), show(evs));
});

test('who orders an arrest or a withdrawal makes it (not a demand on anyone)', () => {
  const evs = code('The Zambian president ordered the arrest of two Malawian traders.');
  assert.ok(evs.some((e) => e.plover === 'COERCE' && root(e.source?.code) === 'ZMB' && root(e.target?.code) === 'MWI'), show(evs));
  assert.ok(!evs.some((e) => e.plover === 'REQUEST'), show(evs));
});

test('an event noun is no group ("a general strike" is not a general\'s), nor the doer of the purpose after it', () => {
  const evs = code('Chilean copper miners called a general strike to press their claim for higher pay.');
  assert.ok(evs.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'CHL'), show(evs));
  assert.ok(!evs.some((e) => e.source?.code.endsWith('MIL') || e.target?.code.endsWith('MIL')), show(evs));
});

test('past forms the tagger misreads: after the perfect\'s "had", and before a count', () => {
  const had = code('Eritrea said it had shot down an Ethiopian helicopter.');
  assert.ok(had.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'ERI' && root(e.target?.code) === 'ETH'), show(had));
  const count = code('Yemeni authorities beheaded two Somalis in Aden.');
  assert.ok(count.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'YEM' && root(e.target?.code) === 'SOM'), show(count));
  // (and hanging people is an execution)
  const hanged = code('Iranian authorities hanged four Afghans in Mashhad.');
  assert.ok(hanged.some((e) => e.cameo === '1823' && root(e.target?.code) === 'AFG'), show(hanged));
  // (things are hung: "a hung parliament" is no killing)
  const hung = code('Voters in Britain elected a hung parliament, the Labour party said.');
  assert.ok(!hung.some((e) => e.cameo === '1823'), show(hung));
});

test('"-ed" words the tagger calls adjectives: a participle after a preposition modifies; a past tense between plural nouns is the verb', () => {
  const raid = code('Dutch police raided the flats of suspected Moroccan extremists in Utrecht.');
  assert.ok(raid.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'NLD' && root(e.target?.code) === 'MAR'), show(raid));
  const loot = code('Liberian soldiers looted warehouses in Monrovia.');
  assert.ok(loot.some((e) => e.plover === 'COERCE' && root(e.source?.code) === 'LBR'), show(loot));
});

test('an arrest warrant is an act of the court that issues it against whom it names', () => {
  const evs = code('A Belgian judge issued an arrest warrant for the former Chadian president.');
  assert.ok(evs.some((e) => e.plover === 'COERCE' && root(e.source?.code) === 'BEL' && root(e.target?.code) === 'TCD'), show(evs));
});

test('"chief" read as an adjective before the verb heads the subject ("the military chief warned")', () => {
  const evs = code('Turkey\'s military chief warned rebels in Hakkari.');
  assert.ok(evs.some((e) => e.plover === 'THREATEN' && root(e.source?.code) === 'TUR' && root(e.target?.code) === 'TUR'), show(evs));
});

test('sinking boats is force; seizing hostages, or people by gunmen, is hostage taking', () => {
  const sink = code('The Indian navy sank two Pakistani patrol boats.');
  assert.ok(sink.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'IND' && root(e.target?.code) === 'PAK'), show(sink));
  const cash = code('Chinese banks sank billions into American bonds.');
  assert.ok(!cash.some((e) => e.plover === 'ASSAULT'), show(cash));
  const hostages = code('Chechen gunmen seized 40 hostages from a Russian hospital.');
  assert.ok(hostages.some((e) => e.cameo === '181'), show(hostages));
  const men = code('Gunmen seized two Danish engineers in Yemen.');
  assert.ok(men.some((e) => e.cameo === '181' && root(e.target?.code) === 'DNK'), show(men));
});

test('a national body the dictionary gives one country is the possessor country\'s ("Kenya\'s Supreme Court")', () => {
  const evs = code('Kenya\'s Supreme Court ordered the arrest of two former ministers.');
  assert.ok(evs.some((e) => e.plover === 'COERCE' && e.source?.code === 'KENJUD'), show(evs));
});

test('a denial\'s complement without "that" is denied ("denied it had sent troops")', () => {
  const evs = code('Burundi denied it had sent troops into Tanzania.');
  assert.ok(evs.some((e) => e.factuality === 'negated' && root(e.source?.code) === 'BDI' && e.target?.code === 'TZA'), show(evs));
  // (not a reduced relative: "the plan proposed by Norway")
  const rel = code('Israel rejected the plan proposed by Norway.');
  assert.ok(rel.some((e) => e.plover === 'REJECT' && e.factuality === 'asserted'), show(rel));
});

test('a protest at a foreign mission is aimed at its country', () => {
  const evs = code('Hundreds of Nepalis protested outside the Chinese embassy in Kathmandu against the arrest of monks.');
  assert.ok(evs.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'NPL' && root(e.target?.code) === 'CHN'), show(evs));
  const un = code('Somali refugees in Kenya staged a sit-in outside the United Nations office in Nairobi.');
  assert.ok(un.some((e) => e.plover === 'PROTEST' && root(e.target?.code) === 'IGO'), show(un));
});

test('growers and peasants are a group of the place (agriculture), also as a passive\'s agent', () => {
  const evs = code('Two Peruvian policemen were ambushed by coca growers in a remote valley.');
  assert.ok(evs.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'PERAGR' && root(e.target?.code) === 'PER'), show(evs));
});

test('cutting supplies to someone reduces aid (as cutting off does)', () => {
  const evs = code('Algeria cut gas supplies to Morocco.');
  assert.ok(evs.some((e) => e.plover === 'SANCTION' && e.source?.code === 'DZA' && e.target?.code === 'MAR'), show(evs));
});

test('a court\'s verdict on people nobody names is at home', () => {
  const evs = code('A court in Nairobi convicted four men of smuggling ivory.');
  assert.ok(evs.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'KEN' && e.target?.code === 'KEN'), show(evs));
});

test('troops crossing into a country attack it (refugees do not); direct rule is an administrative sanction', () => {
  const evs = code('Ethiopian troops crossed into Somalia on Sunday.');
  assert.ok(evs.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'ETH' && e.target?.code === 'SOM'), show(evs));
  const refugees = code('Thousands of refugees crossed into Uganda.');
  assert.ok(!refugees.some((e) => e.plover === 'ASSAULT'), show(refugees));
  const rule = code('Belgrade imposed direct rule on the province.');
  assert.ok(rule.some((e) => e.plover === 'COERCE' && e.source?.code === 'SRB'), show(rule));
});

test('nominal events: an event noun read as an adjective after a possessive, air campaigns, a by-phrase past a place', () => {
  const off = code('The Sudanese army\'s offensive against rebels in Darfur resumed.');
  assert.ok(off.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'SDN'), show(off));
  const air = code('Russia\'s air campaign against the rebels entered its second month.');
  assert.ok(air.some((e) => e.cameo === '195' && e.source?.code === 'RUS'), show(air));
  const by = code('The shelling of a school in Gaza by Israeli tanks was condemned.');
  assert.ok(by.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'ISR' && root(e.target?.code) === 'PSE'), show(by));
});

test('an attack on a vehicle is aimed at whom it carries', () => {
  const evs = code('Gunmen ambushed a minibus carrying Kenyan policemen near the Somali border.');
  assert.ok(evs.some((e) => e.plover === 'ASSAULT' && root(e.target?.code) === 'KEN'), show(evs));
});

test('shows of force: exercises read as a verb, a ship ordered somewhere, forces put on alert in the passive', () => {
  const ex = code('The Russian navy staged exercises off Norway.');
  assert.ok(ex.some((e) => e.plover === 'MOBILIZE' && root(e.source?.code) === 'RUS' && e.target?.code === 'NOR'), show(ex));
  const ship = code('Paris ordered a frigate to the coast of Ivory Coast.');
  assert.ok(ship.some((e) => e.plover === 'MOBILIZE' && e.source?.code === 'FRA'), show(ship));
  // (an order to do something stays a demand)
  const dem = code('Putin ordered troops to withdraw from the Georgian border.');
  assert.ok(dem.some((e) => e.plover === 'REQUEST') && !dem.some((e) => e.plover === 'MOBILIZE'), show(dem));
  const alert = code('Egyptian troops were put on high alert in Sinai.');
  assert.ok(alert.some((e) => e.plover === 'MOBILIZE' && root(e.source?.code) === 'EGY'), show(alert));
});

test('"what it called X": X is the object, and the naming is no act of its own', () => {
  const evs = code('Libya denounced what it called a British conspiracy against the revolution.');
  assert.ok(evs.some((e) => e.plover === 'ACCUSE' && e.source?.code === 'LBY' && root(e.target?.code) === 'GBR'), show(evs));
  assert.ok(!evs.some((e) => e.trigger.text === 'called'), show(evs));
  const rej = code('Sudan rejected what it described as Egyptian meddling.');
  assert.ok(rej.some((e) => e.plover === 'REJECT' && root(e.target?.code) === 'EGY'), show(rej));
});

test('office holders and trades named as patients are of the place ("shot dead a local councillor")', () => {
  const evs = code('Militants of the Kurdistan Workers\' Party shot dead a village mayor.');
  assert.ok(evs.some((e) => e.plover === 'ASSAULT' && e.target?.code === 'TURGOV'), show(evs));
});

test('"said X was unacceptable" is criticism of X by the speaker (a verdict in the predicate only)', () => {
  const evs = code('The Syrian foreign minister said Turkey\'s conditions were unacceptable.');
  assert.ok(evs.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'SYR' && e.target?.code === 'TUR'), show(evs));
  const that = code('Jordan said that the Israeli raid was a violation of its sovereignty.');
  assert.ok(that.some((e) => e.plover === 'ACCUSE' && e.source?.code === 'JOR' && root(e.target?.code) === 'ISR'), show(that));
  const insulted = code('A Kenyan farmer said he was insulted by the offer.');
  assert.ok(!insulted.some((e) => e.plover === 'ACCUSE'), show(insulted));
});
