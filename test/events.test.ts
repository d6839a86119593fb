// Event coder: lexicon coverage, CAMEO tables, the seed article's targets, factuality and argument structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/pipeline.js';
import { analyzeText } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { clauseArguments } from '../src/events/index.js';
import { cameoInfo, isKnownCameo } from '../src/events/cameo.js';
import { nounPatterns, verbPatterns } from '../src/events/lexicon.js';
import { intentPlover } from '../src/events/intent.js';
import { GDELT_COLUMNS, toGdeltRow } from '../src/events/gdelt.js';
import type { Event } from '../src/model/index.js';
import { codeText, show, root, has } from './events-support.js';
import { seedArticle } from './fixtures.js';
import { sharedPath } from '../src/util/paths.js';
import { OLD_NAMES, loadGold, split } from '../eval/events.js';

const code = (text: string, date = '2022-01-21'): Event[] => codeText(text, date);

const seedEvents = (() => {
  let cache: Event[] | undefined;
  return () => (cache ??= annotate(seedArticle()).events);
})();

test('lexicon covers all 20 CAMEO roots with codes the CAMEO table knows', () => {
  const roots = new Set<string>();
  for (const list of [...verbPatterns.values(), ...nounPatterns.values()]) {
    for (const p of list) {
      if (p.cameo === '*') continue;
      assert.ok(isKnownCameo(p.cameo), `unknown CAMEO code ${p.cameo}`);
      roots.add(p.cameo.slice(0, 2));
    }
  }
  for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `no pattern for CAMEO root ${r}`);
});

test('CAMEO tables give PLOVER category, mode, quad class and Goldstein score', () => {
  assert.deepEqual(cameoInfo('042'), { plover: 'CONSULT', mode: 'visit', quad: 1, goldstein: 1.9 });
  const attack = cameoInfo('190');
  assert.equal(attack.plover, 'ASSAULT');
  assert.equal(attack.quad, 4);
  assert.equal(attack.goldstein, -10);
  assert.equal(cameoInfo('100').plover, 'REQUEST');
  // sanctions and embargoes are PLOVER's SANCTION ("stop or restrict commercial ... exchange as a form of protest or
  // punishment"), not the COERCE of the CAMEO-to-PLOVER draft table (changed 2026-12-03)
  assert.equal(cameoInfo('163').plover, 'SANCTION');
  // resignations are RETREAT ("RETREAT also covers resignations of government officials")
  assert.equal(cameoInfo('0831').plover, 'RETREAT');
  // a code missing from the Goldstein table takes its parent's value
  assert.equal(cameoInfo('1213').goldstein, cameoInfo('121').goldstein);
});

test('seed: Blinken meets Lavrov in Geneva on 2022-01-21 (future CONSULT)', () => {
  const ev = seedEvents().find((e) => e.plover === 'CONSULT' && e.source?.code === 'USAGOV' && e.target?.code === 'RUSGOV' && e.location?.name === 'Geneva');
  assert.ok(ev, 'no USAGOV -> RUSGOV CONSULT in Geneva');
  assert.equal(ev.date, '2022-01-21');
  assert.equal(ev.factuality, 'future');
  assert.equal(ev.location?.country, 'CHE');
});

test('seed: Blinken meets Zelenskyy and Kuleba (USA -> UKR) on 2022-01-19', () => {
  const evs = seedEvents().filter((e) => e.plover === 'CONSULT' && root(e.source?.code) === 'USA' && root(e.target?.code) === 'UKR' && e.date === '2022-01-19');
  const names = new Set(evs.map((e) => e.target?.name));
  assert.ok(names.has('Volodymyr Zelenskyy'), 'Zelenskyy');
  assert.ok(names.has('Dmytro Kuleba'), 'Kuleba');
});

test('seed: Blinken meets Baerbock (USA -> DEU) in Berlin on 2022-01-20', () => {
  const ev = seedEvents().find((e) => e.plover === 'CONSULT' && root(e.source?.code) === 'USA' && root(e.target?.code) === 'DEU');
  assert.ok(ev, 'no USA -> DEU CONSULT');
  assert.equal(ev.location?.name, 'Berlin');
  assert.equal(ev.date, '2022-01-20');
});

test('seed: visits to Ukraine on Wednesday and Germany on Thursday take each their own date', () => {
  const visits = seedEvents().filter((e) => e.trigger.text === 'visits');
  assert.equal(visits.find((e) => e.target?.code === 'UKR')?.date, '2022-01-19');
  assert.equal(visits.find((e) => e.target?.code === 'DEU')?.date, '2022-01-20');
  assert.equal(visits.find((e) => e.target?.code === 'DEU')?.location?.name, 'Germany');
});

test('seed: Burns in Kyiv (USA -> UKR) in 2022-W02, with trigger and sentence', () => {
  const ev = seedEvents().find((e) => e.cameo === '042' && e.source?.code === 'USASPY' && root(e.target?.code) === 'UKR');
  assert.ok(ev, 'no Burns visit');
  assert.equal(ev.date, '2022-W02');
  assert.equal(ev.trigger.text, 'trip');
  assert.equal(ev.location?.name, 'Kyiv');
});

test('seed: Russia mobilizes near Ukraine, Putin demands, US and NATO reject, Russia threatens', () => {
  const evs = seedEvents();
  assert.ok(evs.some((e) => e.plover === 'MOBILIZE' && root(e.source?.code) === 'RUS' && root(e.target?.code ?? e.location?.country) === 'UKR'), 'MOBILIZE');
  assert.ok(evs.some((e) => e.plover === 'REQUEST' && e.source?.code === 'RUSGOV' && e.factuality === 'asserted'), 'Putin REQUEST');
  const rejects = evs.filter((e) => e.plover === 'REJECT' && e.target?.code === 'RUSGOV');
  assert.ok(rejects.some((e) => root(e.source?.code) === 'USA'), 'US REJECT');
  assert.ok(rejects.some((e) => root(e.source?.code) === 'IGO'), 'NATO REJECT');
  assert.ok(evs.some((e) => e.plover === 'THREATEN' && root(e.source?.code) === 'RUS'), 'Russia THREATEN');
});

test('seed: no asserted ASSAULT; "could at any point launch an attack" is hypothetical', () => {
  const evs = seedEvents();
  assert.deepEqual(evs.filter((e) => e.plover === 'ASSAULT' && e.factuality === 'asserted'), []);
  const launch = evs.find((e) => e.plover === 'ASSAULT' && /attack/.test(e.trigger.text));
  assert.equal(launch?.factuality, 'hypothetical');
});

test('every event carries its trigger and sentence as offsets into the text', () => {
  const art = seedArticle();
  const evs = seedEvents();
  assert.ok(evs.length > 10);
  for (const e of evs) {
    assert.equal(art.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.ok(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end);
    if (e.source) assert.equal(art.text.slice(e.source.start, e.source.end), e.source.text);
  }
});

test('factuality: negated, refused, future, conditional, reported', () => {
  const f = (text: string, plover: string) => code(text).find((e) => e.plover === plover)?.factuality;
  assert.equal(f('Russia did not attack Ukraine.', 'ASSAULT'), 'negated');
  assert.equal(f('Russia will attack Ukraine.', 'ASSAULT'), 'future');
  assert.equal(f('Russia attacked Ukraine on Monday.', 'ASSAULT'), 'asserted');
  assert.equal(f('If diplomacy fails, Russia could invade Ukraine.', 'ASSAULT'), 'hypothetical');
  assert.equal(f('The US is preparing sanctions if diplomacy fails and Russia launches an incursion into Ukraine.', 'ASSAULT'), 'hypothetical');
  assert.equal(f('Russia attacked Ukraine, officials said.', 'ASSAULT'), 'reported');
  const refused = code('Russia refused to withdraw its troops from Ukraine.');
  assert.equal(refused.find((e) => e.plover === 'REJECT')?.factuality, 'asserted');
  assert.equal(refused.find((e) => e.plover === 'RETREAT')?.factuality, 'negated');
});

test('factuality: "be" + infinitive after a subject is arranged; a disposition towards an act is not the act', () => {
  const f = (text: string, cameo: string) => code(text).filter((e) => e.cameo === cameo).map((e) => `${e.source?.code}>${e.target?.code} ${e.factuality}`);
  // "be to" after a name broken by a hyphen, a common noun, a pronoun, an apposition
  assert.deepEqual(f('UN envoy Staffan de Mistura-Lopez is to travel to Iraq next week.', '042'), ['IGOUNO>IRQ future']);
  assert.deepEqual(f('The Turkish president is to visit Iraq.', '042'), ['TURGOV>IRQ future']);
  assert.deepEqual(f('Erdogan, the Turkish president, is to visit Iraq.', '042'), ['TURGOV>IRQ future']);
  assert.deepEqual(f('Erdogan is set to visit Iraq.', '042'), ['TURGOV>IRQ future']);
  // an equation with a purpose noun, or a pseudo-cleft, is not an arrangement
  assert.notEqual(f('The purpose of the operation is to attack Iraq.', '190')[0]?.endsWith('future'), true);
  assert.notEqual(f('What Turkey wants is to attack Iraq.', '190')[0]?.endsWith('future'), true);
  assert.notEqual(f('The role of the Turkish army in the region is to attack Iraq.', '190')[0]?.endsWith('future'), true);
  // "set to" is a plan, "set up ... to" is not
  assert.deepEqual(f('Turkey set up a fund to help Iraq.', '070'), ['TUR>IRQ asserted']);
  // reluctant, hesitant, eager: hypothetical, also for a base form coordinated with the infinitive
  assert.deepEqual(f('Turkey was reluctant to criticize Iraq.', '111'), ['TUR>IRQ hypothetical']);
  assert.deepEqual(f('Turkey was hesitant to punish or even criticize Iraq.', '111'), ['TUR>IRQ hypothetical']);
  assert.deepEqual(f('Turkey is eager to meet Iraq.', '040'), ['TUR>IRQ hypothetical']);
  assert.deepEqual(f('Turkey criticized Iraq.', '111'), ['TUR>IRQ asserted']);
  // a cue noun under "no" denies the act: "had no plans to attack"
  assert.deepEqual(f('Erdogan said Ankara had no plans to attack Iraq.', '190'), ['TURGOV>IRQ negated']);
  assert.deepEqual(f('Erdogan said Ankara had plans to attack Iraq.', '190'), ['TURGOV>IRQ future']);
});

test('arguments: passive voice, relative clause, possessive noun event, coordination', () => {
  const passive = code('Three American soldiers were killed by Iraqi insurgents near Basra.').find((e) => e.plover === 'ASSAULT');
  assert.equal(root(passive?.source?.code), 'IRQ');
  assert.equal(root(passive?.target?.code), 'USA');
  const rel = code('The envoy praised Germany, which sent troops to Lithuania.');
  assert.ok(rel.some((e) => root(e.source?.code) === 'DEU' && root(e.target?.code) === 'LTU'), 'relative clause subject');
  const poss = code("Blinken's visit to Kyiv was short.").find((e) => e.cameo === '042');
  assert.equal(poss?.source?.code, 'USAGOV');
  assert.equal(root(poss?.target?.code), 'UKR');
  const coord = code('American and NATO officials have rejected the Russian demands.').filter((e) => e.plover === 'REJECT');
  assert.deepEqual(coord.map((e) => root(e.source?.code)).sort(), ['IGO', 'USA']);
});

test('intentPlover recovers the CAMEO intent convention', () => {
  assert.equal(intentPlover({ cameo: '040', plover: 'CONSULT', factuality: 'future' }), 'AGREE');
  assert.equal(intentPlover({ cameo: '191', plover: 'COERCE', factuality: 'hypothetical' }), 'THREATEN');
  assert.equal(intentPlover({ cameo: '040', plover: 'CONSULT', factuality: 'asserted' }), 'CONSULT');
});

test('toGdeltRow fills GDELT 2.0 columns by name', () => {
  const art = seedArticle();
  const ev = seedEvents().find((e) => e.location?.name === 'Geneva' && e.plover === 'CONSULT')!;
  const row = toGdeltRow(art, ev, 7);
  assert.equal(row.length, GDELT_COLUMNS.length);
  const get = (c: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(c)];
  assert.equal(get('GLOBALEVENTID'), '7');
  assert.equal(get('SQLDATE'), '20220121');
  assert.equal(get('Actor1Code'), 'USAGOV');
  assert.equal(get('Actor1CountryCode'), 'USA');
  assert.equal(get('Actor1Type1Code'), 'GOV');
  assert.equal(get('EventRootCode'), '04');
  assert.equal(get('QuadClass'), '1');
  assert.equal(get('ActionGeo_FullName'), 'Geneva');
  assert.equal(get('ActionGeo_Type'), '4');
  assert.equal(get('Factuality'), 'future');
});

test('clauseArguments: logical subject and object, passive swapped', () => {
  const doc = analyzeText({ id: 't', date: '2022-01-21', text: 'Two soldiers were killed by rebels near the border.' });
  const ents = recognizeEntities(doc);
  const kill = doc.tokens.findIndex((t) => t.text === 'killed');
  const args = clauseArguments(doc, ents, kill)!;
  const words = (r: [number, number][]) => r.map(([a, b]) => doc.tokens.slice(a, b).map((t) => t.text).join(' '));
  assert.deepEqual(words(args.arg0), ['rebels']);
  assert.deepEqual(words(args.arg1), ['Two soldiers']);
});

test('PLOVER gold split is deterministic, disjoint and keeps every category in the tuning part', (t) => {
  if (!sharedPath('gold', 'events', 'plover-gsr.dev.json')) return t.skip('needs ../shared/gold/events/plover-gsr.dev.json');
  const recs = loadGold()!;
  const a = split(recs);
  const b = split([...recs].reverse());
  assert.equal(a.tune.length + a.unseen.length, recs.length);
  assert.deepEqual(a.tune.map((r) => r.id).sort(), b.tune.map((r) => r.id).sort());
  const tuneSet = new Set(a.tune);
  assert.ok(a.unseen.every((r) => !tuneSet.has(r)));
  assert.deepEqual(new Set(a.tune.map((r) => r.event)), new Set(recs.map((r) => r.event)));
  assert.equal(OLD_NAMES.DEMAND, 'REQUEST');
});

test('intentPlover: conditions make a threat, refused cooperation a rejection', () => {
  const text = 'Nigeria announced that it will withdraw its peacekeeping force from Chad unless the government holds elections.';
  const w = code(text).find((e) => e.trigger.text.startsWith('withdraw'));
  assert.equal(w?.factuality, 'future');
  assert.equal(intentPlover(w!, text), 'THREATEN');
  assert.equal(intentPlover(w!), 'AGREE'); // without the sentence: the plain intent convention
  const plain = 'Nigeria announced that it will withdraw its peacekeeping force from Chad next month.';
  assert.equal(intentPlover(code(plain).find((e) => e.trigger.text.startsWith('withdraw'))!, plain), 'AGREE');
  assert.equal(intentPlover({ cameo: '040', plover: 'CONSULT', factuality: 'negated' }), 'REJECT');
  assert.equal(intentPlover({ cameo: '190', plover: 'ASSAULT', factuality: 'negated' }), 'ASSAULT');
});

test('"days of fighting" happened; "talk of attacking" did not', () => {
  const f = (text: string) => code(text, '2000-01-01').find((e) => e.plover === 'ASSAULT')?.factuality;
  assert.notEqual(f('Russian troops captured the town after five days of fighting with Chechen rebels.'), 'hypothetical');
  assert.equal(f('Officials dismissed talk of attacking Iran.'), 'hypothetical');
});

test('an unnamed patient of a coercive act by a national actor is domestic', () => {
  const ev = code('Turkish police prevented the demonstration on Friday.', '2000-01-01').find((e) => e.plover === 'COERCE');
  assert.equal(ev?.source?.code, 'TURCOP');
  assert.equal(ev?.target?.code, 'TUR');
  assert.equal(ev?.target?.text, 'the demonstration');
});

test('a sector conjunct takes no second sector; a demonym conjunct takes the last conjunct\'s', () => {
  const r = annotate({ id: 'x', date: '2011-03-20', text: 'Military and security forces attacked protesters in Tripoli on Saturday. Hungarian and Romanian officials met in Budapest.' });
  const codes = r.events.flatMap((e) => [e.source?.code, e.target?.code]).filter(Boolean) as string[];
  assert.ok(!codes.some((c) => /^(MIL|GOV|COP)(MIL|GOV|COP)/.test(c)), codes.join(' '));
  assert.ok(r.events.some((e) => e.plover === 'CONSULT' && e.source?.code === 'HUNGOV' && e.target?.code === 'ROUGOV'));
});

// Third round: one sentence for each group of new lexicon lines (CAMEO verbs and nouns by root), with the PLOVER
// category and the source and target roots the coder must give ('' = any / none required).
const LEXICON_CASES: [string, string, string, string][] = [
  ['Japan requested that the United States reduce its troop presence on Okinawa.', 'REQUEST', 'JPN', 'USA'],
  ['China sought assurances from the United States on Taiwan.', 'REQUEST', 'CHN', 'USA'],
  ['Russia wants Ukraine to pay its gas debts.', 'REQUEST', 'RUS', 'UKR'],
  ['Argentina pushed Britain to negotiate over the Falklands.', 'REQUEST', 'ARG', 'GBR'],
  ['Syria renewed its demand for an Israeli withdrawal from the Golan Heights.', 'REQUEST', 'SYR', 'ISR'],
  ['Iran accepted a United Nations proposal to hold talks.', 'AGREE', 'IRN', 'IGO'],
  ['Nigeria expressed its readiness to contribute troops to the force.', 'AGREE', 'NGA', ''],
  ['Kenya\'s President agreed to the opposition\'s demands for constitutional reform.', 'CONCEDE', 'KEN', ''],
  ['Iraq gave in to United Nations demands.', 'CONCEDE', 'IRQ', 'IGO'],
  ['Mexico legalized opposition parties.', 'CONCEDE', 'MEX', ''],
  ['Germany backed the American plan.', 'SUPPORT', 'DEU', 'USA'],
  ['The United States supplied Israel with fighter jets.', 'AID', 'USA', 'ISR'],
  ['Germany gave Russia a loan of 2 billion marks.', 'AID', 'DEU', 'RUS'],
  ['Tajik rebels freed the hostages.', 'RETREAT', 'TJK', ''],
  ['UNITA rebels laid down their arms.', 'RETREAT', 'AGO', ''],
  ['The United Nations withdrew its peacekeepers from Somalia.', 'SANCTION', 'IGO', 'SOM'],
  ['Israel charged that Syria was arming Hezbollah.', 'ACCUSE', 'ISR', 'SYR'],
  ['Iran lodged a protest with the United States over the downing of the airliner.', 'ACCUSE', 'IRN', 'USA'],
  ['Amnesty International denounced human rights abuses in Indonesia.', 'ACCUSE', 'NGO', 'IDN'],
  ['Washington ruled out any negotiations with the kidnappers.', 'REJECT', 'USA', ''],
  ['Zimbabwe resisted British pressure to hold new elections.', 'REJECT', 'ZWE', 'GBR'],
  ['Israel vowed to retaliate against Lebanon for the rocket attacks.', 'THREATEN', 'ISR', 'LBN'],
  ['The European Union threatened Yugoslavia with new sanctions.', 'THREATEN', 'IGO', 'SRB'],
  ['British miners went on strike over pay.', 'PROTEST', 'GBR', 'GBR'],
  ['Iranian students took to the streets of Tehran.', 'PROTEST', 'IRN', ''],
  ['Argentine teachers walked out of classrooms.', 'PROTEST', 'ARG', ''],
  ['The opposition called a general strike in Bangladesh.', 'PROTEST', '', 'BGD'],
  ['Indonesian students staged a sit-in at the parliament building.', 'PROTEST', 'IDN', 'IDN'],
  ['Bangladesh\'s opposition parties enforced a nationwide general strike on Sunday.', 'PROTEST', 'BGD', 'BGD'],
  ['Egyptian police rounded up Islamic militants in Cairo.', 'COERCE', 'EGY', 'EGY'],
  ['Iran shut down two reformist newspapers.', 'COERCE', 'IRN', 'IRN'],
  ['Israel sealed off the West Bank and Gaza Strip.', 'COERCE', 'ISR', 'PSE'],
  ['Burma placed opposition leader Aung San Suu Kyi under house arrest.', 'COERCE', 'MMR', 'MMR'],
  ['Turkey\'s Constitutional Court banned the Islamist Welfare Party on Friday.', 'COERCE', 'TUR', 'TUR'],
  ['The World Bank suspended loans to Iraq.', 'SANCTION', 'IGO', 'IRQ'],
  ['Germany halted arms sales to Turkey.', 'SANCTION', 'DEU', 'TUR'],
  ['Japan froze its aid to China after the nuclear test.', 'SANCTION', 'JPN', 'CHN'],
  ['China broke off military contacts with the United States.', 'SANCTION', 'CHN', 'USA'],
  ['India put its troops on high alert.', 'MOBILIZE', 'IND', ''],
  ['American aircraft struck targets in Afghanistan.', 'ASSAULT', 'USA', 'AFG'],
  ['A Palestinian gunman opened fire on Israeli soldiers.', 'ASSAULT', 'PSE', 'ISR'],
  ['Serb forces launched an offensive against Bihac.', 'ASSAULT', 'SRB', 'BIH'],
  ['Moscow threatened to launch strikes on rebel bases inside Georgia.', 'THREATEN', 'RUS', ''],
  ['Indian and Pakistani troops exchanged artillery fire across the Kashmir border.', 'ASSAULT', 'IND', 'PAK'],
  ['Norway mediated between Israel and the Palestinians.', 'CONSULT', 'NOR', ''],
  ['Iran\'s judiciary closed two more reformist newspapers.', 'COERCE', 'IRN', 'IRN'],
  ['The Commonwealth suspended Nigeria from membership.', 'SANCTION', 'IGO', 'NGA'],
  ['Gunmen killed a senior police officer in Baghdad.', 'ASSAULT', 'IRQ', 'IRQ'],
  ['Chinese authorities sentenced a dissident to 11 years in prison.', 'COERCE', 'CHN', 'CHN'],
  ['Serbia said it would not attend the talks.', 'REJECT', 'SRB', ''],
  ['Yugoslav President Slobodan Milosevic rejected a Western peace plan for Kosovo on Tuesday.', 'REJECT', 'SRB', ''],
  ['Opposition parties in Kenya began collecting signatures for a referendum.', 'PROTEST', 'KEN', 'KEN'],
  ['Saudi Arabia will help support the rights of Palestinians.', 'SUPPORT', 'SAU', 'PSE'],
];

test('third-round lexicon lines: one sentence per group of verbs and nouns', () => {
  const fails: string[] = [];
  for (const [text, plover, src, tgt] of LEXICON_CASES) {
    const evs = code(text, '1998-01-01');
    const ok = evs.some((e) => (e.plover === plover || intentPlover(e, text) === plover)
      && (!src || root(e.source?.code) === src) && (!tgt || root(e.target?.code) === tgt));
    if (!ok) fails.push(`${plover} ${src}->${tgt}: ${text}\n    got ${evs.map((e) => `${e.plover} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  }
  assert.equal(fails.length, 0, fails.join('\n'));
});

test('a labour strike is a protest, a military strike an attack, a cease-fire a retreat (split hyphenated words)', () => {
  const mil = code('Russia launched strikes on rebel bases in Chechnya.', '1998-01-01');
  assert.ok(mil.some((e) => e.plover === 'ASSAULT') && !mil.some((e) => e.plover === 'PROTEST'));
  const cf = code('The Tamil Tigers declared a unilateral cease-fire.', '1998-01-01');
  assert.ok(cf.some((e) => e.cameo === '0871' && root(e.source?.code) === 'LKA'), 'cease-fire');
  assert.ok(!cf.some((e) => e.plover === 'ASSAULT'), '"fire" inside "cease-fire" is no shooting');
  // "peace-keeping" is a modifier, not a verb that ends the phrase
  const pk = code('Ghana is ready to contribute troops to a multinational peace-keeping force in Liberia.', '1998-01-01');
  assert.ok(pk.some((e) => e.plover === 'AGREE' && root(e.target?.code) === 'LBR'));
});

test('arguments: bracketed acronym, participle phrase, quantities, "demands that", places of unnamed attackers', () => {
  const fdd = code('The largest Hutu armed movement, Front for National Liberation (FNL), insisted on its long-standing demands that Burundi\'s government free all Hutu detainees.', '2003-01-01');
  assert.ok(fdd.some((e) => e.plover === 'REQUEST' && root(e.source?.code) === 'BDI' && e.target?.code === 'BDIGOV'));
  const rc = code('The Red Cross operating in Baghdad said American and British soldiers must protect the hospitals.', '2003-04-01');
  assert.ok(rc.some((e) => e.plover === 'REQUEST' && e.source?.code.startsWith('NGO') && root(e.target?.code) === 'USA'));
  const part = code('Burmese soldiers have captured part of a rebel camp in Shan state.', '1995-01-01');
  assert.ok(part.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'MMR'));
  const upTo = code('Turkey will allow up to 8,500 Turkish Kurdish refugees to return to their villages.', '1996-01-01');
  assert.ok(upTo.some((e) => e.cameo === '080' && root(e.target?.code) === 'TUR'));
  const rel = code('Hamas, which controls the Gaza Strip, fired rockets at Israel.', '2008-01-01');
  assert.ok(rel.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'PSEREB' && e.target?.code === 'ISR'), 'relative clause between subject and verb');
  const ied = code('Two American marines were killed by a roadside bomb outside of the Iraqi city of Mosul.', '2005-01-01');
  assert.ok(ied.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'IRQ' && root(e.target?.code) === 'USA'));
});

test('a group without a country takes the place it acts in, else the one country the sentence names', () => {
  const col = code('Guerrillas kidnapped an American oil worker in Colombia.', '1998-01-01');
  assert.ok(col.some((e) => e.source?.code === 'COLREB'));
  const peru = code('Leftist guerrillas attacked a police station, Peruvian officials said.', '1992-01-01');
  assert.ok(peru.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'PERREB'));
  // two countries named: no guess
  const two = code('Leftist guerrillas attacked a police station, Peruvian and Bolivian officials said.', '1992-01-01');
  assert.ok(!two.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'PER'));
  // a person nobody knows takes the one country of the sentence, and no guess with two
  const joxe = code('Jean-Marie Dupont criticized the government of Kenya.', '1998-01-01');
  assert.ok(joxe.some((e) => e.plover === 'ACCUSE' && e.source?.code === 'KEN'));
  const two2 = code('Jean-Marie Dupont criticized Kenya and Uganda.', '1998-01-01');
  assert.ok(two2.every((e) => !e.source));
  // a refusal whose complement names no one else is aimed at home
  const awori = code('Foreign Minister Raphael Tuju has declined to resign despite the scandal.', '2006-01-01');
  assert.ok(awori.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'KEN' && e.target?.code === 'KEN'));
  const jkt = code('Police in Jakarta arrested 20 students.', '1998-01-01');
  assert.ok(jkt.some((e) => e.source?.code === 'IDNCOP'));
  const spk = code('A spokesman for President Suharto condemned the attack.', '1997-01-01');
  assert.ok(spk.some((e) => root(e.source?.code) === 'IDN'));
  const egy = code('Alexandria\'s police chief has warned that officers will not tolerate any more marches by the opposition.', '2005-01-01');
  assert.ok(egy.some((e) => e.plover === 'THREATEN' && root(e.source?.code) === 'EGY' && root(e.target?.code) === 'EGY'));
});

test('nature does no political act: no event for earthquakes and floods', () => {
  assert.equal(code('An earthquake killed 300 people in Iran.', '1997-05-10').length, 0);
  assert.equal(code('Homes were destroyed by floods in Bangladesh.', '1998-09-01').length, 0);
  // but a bomb nobody claimed is an attack in the place it went off
  assert.ok(code('A bomb killed 12 people in Baghdad.', '2004-01-01').some((e) => e.plover === 'ASSAULT' && e.source?.code === 'IRQ'));
});

// Fourth round (issue 5): argument structure, each case one mechanism; [text, plover, source root, target root]
// ('' = not checked, '-' = none). Sentences written for the purpose, not taken from the gold records.
const ARGUMENT_CASES: [string, string, string, string][] = [
  // apposition and participle phrases set off by commas between subject and verb
  ['Moscow, a traditional ally of Belgrade, backed the Serbs.', 'SUPPORT', 'RUS', 'SRB'],
  // (target not checked: "ethnic Albanian" takes the other country named, the actors' PLOVER convention, 2026-12-03)
  ['Serb police, backed by tanks, attacked ethnic Albanian villages.', 'ASSAULT', 'SRB', ''],
  ['French Foreign Minister Hubert Vedrine, speaking in Paris, criticized Iraq.', 'ACCUSE', 'FRA', 'IRQ'],
  // a place after a preposition does not act in the infinitive after it
  ['Turkish troops crossed into northern Iraq to attack Kurdish rebels.', 'ASSAULT', 'TUR', ''],
  ['Hundreds of Nigerians from all over the country rallied in Abuja to protest the executions.', 'PROTEST', 'NGA', ''],
  // unnamed groups as patients: the place's country, else the one country named with the source
  ['Colombian troops killed 12 leftist guerrillas.', 'ASSAULT', 'COL', 'COL'],
  ['Taliban fighters attacked opposition forces north of Kabul.', 'ASSAULT', 'AFG', 'AFG'],
  ['The Sri Lankan air force bombed rebel positions in the north.', 'ASSAULT', 'LKA', 'LKA'],
  ["Beijing's crackdown on dissidents continued.", '', 'CHN', 'CHN'],
  // "its troops" is the reporting subject's
  ['India said its troops killed 12 Pakistani intruders in Kashmir.', 'ASSAULT', 'IND', 'PAK'],
  // "the government in Tirana", an event noun opening the sentence, reciprocals, a particle after a complement
  ['The government in Tirana accused Belgrade of ethnic cleansing.', 'ACCUSE', 'ALB', 'SRB'],
  ['Talks between the United States and China ended without agreement.', 'CONSULT', 'USA', ''],
  ['India and Pakistan accused each other of violating the ceasefire.', 'ACCUSE', 'IND', 'PAK'],
  ['India and Pakistan accused each other of violating the ceasefire.', 'ACCUSE', 'PAK', 'IND'],
  ['Iraq threatened on Sunday to shoot down U.S. planes.', 'THREATEN', 'IRQ', 'USA'],
  // a noun in a phrase of the clause is the clause subject's act
  ['French President Jacques Chirac, on a visit to Beirut, pledged support for Lebanon.', 'CONSULT', 'FRA', 'LBN'],
  ['Kenyan police used tear gas to disperse opposition supporters in Nairobi.', 'ASSAULT', 'KEN', 'KEN'],
  // more: a reporter's country for a bare title, a participle before the object, both sides of a meeting
  ['The prime minister accused India of interference, Pakistani officials said.', 'ACCUSE', 'PAK', 'IND'],
  ['U.S. cruise missiles struck suspected terrorist camps in Afghanistan.', 'ASSAULT', 'USA', 'AFG'],
  ['French and Iranian officials held talks in Paris.', 'CONSULT', 'FRA', 'IRN'],
  ['Western governments, led by the United States, accused Belgrade of atrocities.', 'ACCUSE', 'USA', 'SRB'],
  ['King Hussein sacked his prime minister, named a new government and accused Israel of sabotage.', 'ACCUSE', '', 'ISR'],
];

test('fourth-round argument rules: appositions, participles, unnamed groups, clause subjects of nouns', () => {
  const fails: string[] = [];
  for (const [text, plover, src, tgt] of ARGUMENT_CASES) {
    const evs = code(text, '1998-01-01');
    const ok = evs.some((e) => (!plover || e.plover === plover)
      && (!src || (src === '-' ? !e.source : root(e.source?.code) === src))
      && (!tgt || (tgt === '-' ? !e.target : root(e.target?.code) === tgt)));
    if (!ok) fails.push(`${plover} ${src}->${tgt}: ${text}\n    got ${evs.map((e) => `${e.plover} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  }
  assert.equal(fails.length, 0, fails.join('\n'));
});

test('no false participants: a name the entity stage read whole, a market rally, a news release', () => {
  // "Falun" is a Swedish town, but not inside "Falun Gong"
  const fg = code('Police said they arrested 30 Falun Gong members in Beijing.', '1999-08-01');
  assert.ok(!fg.some((e) => root(e.target?.code) === 'SWE'), fg.map((e) => e.target?.code).join(' '));
  assert.equal(code('Japanese stock markets dropped 3 percent after a week-long rally.', '2008-01-01').filter((e) => e.plover === 'PROTEST').length, 0);
  assert.equal(code('Ohio Parks Director Mary Keller said in a news release on Monday that the lakeside beaches would be cleaned.', '2010-06-01').length, 0);
  // the subject of "defaced" is before the participle phrase, not the prophet at its end
  const dk = code('Islamist hackers angered by drawings printed in a Copenhagen daily have defaced Danish government web sites.', '2006-03-01');
  assert.ok(dk.length && !dk.some((e) => root(e.source?.code) === 'DNK'), dk.map((e) => e.source?.code).join(' '));
  // a stance is no act on oneself
  assert.ok(!code('The Egyptian judges were opposed to those amendments.', '2010-01-01').some((e) => e.source && e.target && e.source.code === e.target.code));
});

// Round 4b (2026-12-03): general argument rules checked on news-style sentences written for them, one a rule.
const ARGUMENT_CASES_4B: [string, string, string, string][] = [
  // an unnamed group in a later slot or in the complement: the sentence's one country
  ['The Kenyan president agreed to hold talks with the opposition.', 'AGREE', 'KEN', 'KEN'],
  // a protest with no target and no place is aimed at home
  ['Kenyan opposition supporters staged a rally to demand constitutional reform.', 'PROTEST', 'KEN', 'KEN'],
  // compass directions and borders make place phrases
  ['Islamic militants massacred 20 villagers south of Algiers.', 'ASSAULT', 'DZA', 'DZA'],
  ['Turkey deployed thousands of troops along its border with Iraq.', 'MOBILIZE', 'TUR', 'IRQ'],
  // a participle between the verb and a name modifies the object; an event noun tagged as adjective
  ['Turkish warplanes bombed suspected PKK camps in northern Iraq.', 'ASSAULT', 'TUR', 'TUR'],
  ['The Indonesian military launched an offensive against separatist rebels in Aceh.', 'ASSAULT', 'IDN', 'IDN'],
  ['The Soviet Union completed the withdrawal of its troops from Afghanistan.', 'RETREAT', 'RUS', 'AFG'],
  // a quantity stands for the group after "of"
  ['Tens of thousands of opposition supporters marched through Belgrade.', 'PROTEST', 'SRB', 'SRB'],
  ['NATO threatened air strikes against Serb forces.', 'THREATEN', 'IGO', 'SRB'],
  // any group protesting somewhere is local; an infinitive shares the source its clause was coded with
  ['Thousands of Berbers marched in Tizi Ouzou.', 'PROTEST', 'DZA', 'DZA'],
  ['Thousands of Shiites marched in Najaf to protest against the U.S. occupation.', 'PROTEST', 'IRQ', 'USA'],
  // a foreign patient is not domestic
  ['Algeria rejected any foreign interference in its affairs.', 'REJECT', 'DZA', '-'],
  // the place of the object of an appeal, praise or demand is its target
  ['The Organisation of African Unity called for an immediate ceasefire in Congo.', 'REQUEST', 'IGO', 'COD'],
  ['The United States welcomed the release of political prisoners in Nigeria.', 'SUPPORT', 'USA', 'NGA'],
  // passives: an unnamed patient of coercion is domestic; no agent: the place's or the patient's country
  ['Three journalists were detained by Egyptian security police in Cairo.', 'COERCE', 'EGY', 'EGY'],
  ['Two Canadian journalists were arrested in Lebanon.', 'COERCE', 'LBN', 'CAN'],
  // a relative clause without commas; "was hit by sanctions"
  ['A Chinese dissident who had campaigned for workers\' rights was sentenced to ten years in prison.', 'COERCE', 'CHN', 'CHN'],
  ['Pakistan was hit by U.S. sanctions after its nuclear tests.', 'SANCTION', 'USA', 'PAK'],
  // actors: a title that implies its country, a bare KB sector placed, transliterations, namesakes
  ['The Pope called on Cuba to release political prisoners.', 'REQUEST', 'VAT', 'CUB'],
  ['Insurgents killed two U.S. soldiers in an ambush in Ramadi.', 'ASSAULT', 'IRQ', 'USA'],
  ['A suicide car bomber killed 20 policemen in Baquba.', 'ASSAULT', 'IRQ', 'IRQ'],
  ['Israel pulled its troops out of Bethlehem.', 'RETREAT', 'ISR', 'PSE'],
  ['Alexander Downer accused Indonesia of failing to stop the militias.', 'ACCUSE', 'AUS', 'IDN'],
  ['Congolese President Laurent Kabila accused Rwanda of invading his country.', 'ACCUSE', 'COD', 'RWA'],
  ['Bosnian Serb leaders accused NATO of kidnapping the suspect.', 'ACCUSE', 'BIH', 'IGO'],
];

test('round 4b argument rules: later slots, quantities, places, passives, relative clauses, actors', () => {
  const fails: string[] = [];
  for (const [text, plover, src, tgt] of ARGUMENT_CASES_4B) {
    const evs = code(text, '2000-01-01');
    const ok = evs.some((e) => (e.plover === plover || intentPlover(e, text) === plover)
      && (!src || (src === '-' ? !e.source : root(e.source?.code) === src))
      && (!tgt || (tgt === '-' ? !e.target : root(e.target?.code) === tgt)));
    if (!ok) fails.push(`${plover} ${src}->${tgt}: ${text}\n    got ${evs.map((e) => `${e.plover} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  }
  assert.equal(fails.length, 0, fails.join('\n'));
});

test('round 4b: two sides exchanging fire across a border do not target the border\'s country', () => {
  const evs = code('Indian and Pakistani troops exchanged artillery fire across the Kashmir border.', '2000-01-01');
  assert.ok(evs.length && !evs.some((e) => e.target && root(e.target.code) === root(e.source?.code)), evs.map((e) => `${e.source?.code}->${e.target?.code}`).join(' '));
});

// Fifth round (issue 5): event patterns the fourth round named missing, past tenses the tagger reads as nouns,
// headlines, a pronoun or "the two sides" with the reporter's country, borders, an event noun's infinitive.
// Made-up news sentences: [text, PLOVER category (intent convention), source root, target root ('-': none)].
const CASES_5: [string, string, string, string][] = [
  // past tenses tagged as nouns ("abducted/NOUN", "shot/NOUN dead")
  ['Colombian guerrillas abducted three American missionaries on Friday.', 'ASSAULT', 'COL', 'USA'],
  ['Israeli soldiers shot dead a Palestinian gunman in Jenin.', 'ASSAULT', 'ISR', 'PSE'],
  ['Gunmen shot dead a British engineer in Baghdad.', 'ASSAULT', 'IRQ', 'GBR'],
  // missing patterns
  ['Palestinian youths threw stones at Israeli troops in Hebron.', 'PROTEST', 'PSE', 'ISR'],
  ['Serbian police stormed the offices of an independent radio station in Belgrade.', 'ASSAULT', 'SRB', 'SRB'],
  ['The Sudanese government has taken steps to enhance political freedoms.', 'CONCEDE', 'SDN', 'SDN'],
  ['Moscow suspended military cooperation with NATO.', 'SANCTION', 'RUS', 'IGO'],
  ['Indian students demonstrated outside the Chinese embassy in New Delhi.', 'PROTEST', 'IND', 'CHN'],
  ['Germany sent rescue teams to Armenia after the earthquake.', 'AID', 'DEU', 'ARM'],
  ['Turkish police closed down a pro-Kurdish newspaper.', 'COERCE', 'TUR', 'TUR'],
  ['Jiang Zemin received U.S. Defense Secretary William Cohen in Beijing.', 'CONSULT', 'CHN', 'USA'],
  ['Washington banned trade with Libya.', 'SANCTION', 'USA', 'LBY'],
  ['Iraq returned Kuwaiti prisoners of war.', 'RETREAT', 'IRQ', 'KWT'],
  ['Greek protesters burned American flags outside the U.S. embassy in Athens.', 'PROTEST', 'GRC', 'USA'],
  ['The World Food Programme delivered 2,000 tonnes of wheat to Afghanistan.', 'AID', 'IGO', 'AFG'],
  ['Palestinian prisoners went on a hunger strike.', 'PROTEST', 'PSE', 'PSE'],
  // an event noun's infinitive gives the target; the other side of a border
  ['Syria expressed its readiness to resume talks with Israel.', 'AGREE', 'SYR', 'ISR'],
  ['Turkey massed troops on its border with Iraq.', 'MOBILIZE', 'TUR', 'IRQ'],
  // headlines; a participle clause read as a noun ("warning")
  ['Russia bombs Georgian town', 'ASSAULT', 'RUS', 'GEO'],
  ['China slams U.S. over arms sales to Taiwan', 'ACCUSE', 'CHN', 'USA'],
  ['"We will respond to any attack," the Iranian defence minister told reporters, warning the United States.', 'THREATEN', 'IRN', 'USA'],
  // a pronoun or "the two sides" speak for the reporter's country
  ['He accused India of violating the ceasefire, Pakistani officials said.', 'ACCUSE', 'PAK', 'IND'],
  ['The two sides agreed to meet again next month, U.S. officials said.', 'AGREE', 'USA', '-'],
  // the agent of a "when" clause for a passive act of violence; a reporter's participle clause
  ['Three Palestinians were killed when Israeli soldiers opened fire on demonstrators.', 'ASSAULT', 'ISR', 'PSE'],
  ['Iraqi officials said U.S. jets had bombed civilian areas, accusing Washington of war crimes.', 'ACCUSE', 'IRQ', 'USA'],
  // an event noun as subject of an intransitive verb; a gerund after a determiner is a noun
  ['Fighting broke out between Armenian and Azerbaijani troops near the border.', 'ASSAULT', 'ARM', 'AZE'],
  ['Clashes erupted between Indian and Pakistani forces in Kashmir.', 'ASSAULT', 'IND', 'PAK'],
  ['The Pope appealed for an end to the suffering of the Chechen people.', 'REQUEST', 'VAT', 'RUS'],
  // more patterns: throats slit (a past form read as a noun), hostages held, warships, aid packages, missile
  // tests, troop movements
  ['Armed men slit the throats of 12 villagers in western Algeria.', 'ASSAULT', 'DZA', 'DZA'],
  ['Hezbollah held two Israeli soldiers hostage.', 'ASSAULT', 'LBN', 'ISR'],
  ['The United States sent two warships to the Taiwan Strait.', 'MOBILIZE', 'USA', 'TWN'],
  ['Washington approved a 20 million dollar aid package for Jordan.', 'AID', 'USA', 'JOR'],
  ['India tested a nuclear-capable missile on Sunday.', 'MOBILIZE', 'IND', '-'],
  ['Iraq moved troops toward the Kuwaiti border.', 'MOBILIZE', 'IRQ', 'KWT'],
  ['Iraqi forces used chemical weapons against Iranian troops.', 'ASSAULT', 'IRQ', 'IRN'],
  ['Chinese warships fired missiles into waters off Taiwan.', 'ASSAULT', 'CHN', 'TWN'],
  // a relative clause opened by "whose" is skipped on the way to the subject
  ['Britain, whose troops patrol southern Iraq, recalled its ambassador from Iran.', 'SANCTION', 'GBR', 'IRN'],
  // a state organ acting on a country's rebels is that country's wherever they meet; an unnamed group listed
  // with actors of one country is of it; a pronoun for an unnamed army
  ['The government began talks with the Moro Islamic Liberation Front in Kuala Lumpur.', 'CONSULT', 'PHL', 'PHL'],
  ['The Sri Lankan government and Tamil rebels agreed on a truce.', 'AGREE', 'LKA', 'LKA'],
  ['The army said it killed 25 Kurdish rebels in southeast Turkey.', 'ASSAULT', 'TUR', 'TUR'],
  // "20 suspected militants" (a participle after a number), a closure, a protest noun in the clause's act
  ['Egyptian police arrested 20 suspected Islamic militants in Cairo.', 'COERCE', 'EGY', 'EGY'],
  ['The Israeli army imposed a closure on the Gaza Strip.', 'COERCE', 'ISR', 'PSE'],
  ['Students clashed with riot police in Seoul during a protest against the government.', 'PROTEST', 'KOR', 'KOR'],
  // rejection and yielding around foreign inspectors (never a domestic patient), "brushed aside"
  ['Baghdad barred U.N. inspectors from entering the sites.', 'REJECT', 'IRQ', 'IGO'],
  ['Pyongyang allowed the inspectors to return.', 'RETREAT', 'PRK', '-'],
  ['Moscow brushed aside American objections to the deal.', 'REJECT', 'RUS', 'USA'],
  // "South Korea of U.S. support" is two phrases; backing, fertilizer and reinforcements
  ['Clinton assured Japan of U.S. support.', 'AGREE', 'USA', 'JPN'],
  ['The Australian prime minister gave his full backing to the U.S.-led campaign.', 'SUPPORT', 'AUS', 'USA'],
  ['Seoul shipped 100,000 tons of fertilizer to North Korea.', 'AID', 'KOR', 'PRK'],
  ['Syria sent reinforcements to its border with Turkey.', 'MOBILIZE', 'SYR', 'TUR'],
  // "to death" before the object; a disarmament without object
  ['Militiamen hacked to death 20 villagers in eastern Congo.', 'ASSAULT', 'COD', 'COD'],
  ['Angolan rebels began disarming on Monday.', 'RETREAT', 'AGO', '-'],
];

test('round 5: missing patterns, past tenses read as nouns, headlines, reporter\'s country, borders', () => {
  const fails: string[] = [];
  for (const [text, plover, src, tgt] of CASES_5) {
    const evs = code(text, '2000-01-01');
    const ok = evs.some((e) => (e.plover === plover || intentPlover(e, text) === plover)
      && root(e.source?.code) === src && (tgt === '-' ? !e.target : root(e.target?.code) === tgt));
    if (!ok) fails.push(`${plover} ${src}->${tgt}: ${text}\n    got ${evs.map((e) => `${e.plover} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  }
  assert.equal(fails.length, 0, fails.join('\n'));
});

test('round 5: no verbs made of nouns by the past-tense and headline rules', () => {
  // a dateline city in capitals after a headline's noun; an "-ed" noun in a noun phrase; a noun "shot"
  for (const text of ['Maker sees room for more Asian orders PARIS, May 4 (Reuters) - Airbus said.',
    'A gun shot rang out near the embassy.', 'The hundred protesters dispersed peacefully.',
    'Hackers hacked the website of the Chinese embassy.']) {
    const evs = code(text, '2009-06-01');
    assert.ok(!evs.some((e) => e.plover === 'REQUEST' || e.plover === 'ASSAULT'), `${text}: ${evs.map((e) => e.cameo + ' ' + e.trigger.text).join(', ')}`);
  }
});

test('round 5: the reporter\'s country is no source inside a quotation; instruments are no patients', () => {
  // "they" inside a quotation are others, not the speaker's side
  const q = code('"They keep refusing to sit down for negotiations," Russia\'s ambassador told the council.', '2011-08-22');
  assert.ok(!q.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'RUS'), q.map((e) => `${e.plover} ${e.source?.code}`).join(', '));
  // "fired tear gas canisters into the angry crowd": the target is the crowd's, never the canisters
  const t = code('Bahraini riot police fired tear gas canisters into the angry crowd.', '2011-01-28');
  assert.ok(t.some((e) => e.cameo === '175') && !t.some((e) => /canister/.test(e.target?.text ?? '')), t.map((e) => `${e.cameo} ${e.target?.text}`).join(', '));
  // "lifting his shirt" is no concession
  const l = code('"They beat me," he said, lifting his shirt to show the wounds.', '2011-10-17');
  assert.ok(!l.some((e) => e.plover === 'CONCEDE'), l.map((e) => e.cameo).join(', '));
});

test('round 5: a comma list gives no unnamed group the country of a reporter named after it', () => {
  const evs = code('Thousands of demonstrators clashed with security forces in Cairo, White House spokesman Robert Gibbs said.', '2011-01-28');
  assert.ok(!evs.some((e) => root(e.target?.code) === 'USA' || root(e.source?.code) === 'USA'), evs.map((e) => `${e.source?.code}->${e.target?.code}`).join(', '));
});

test('round 5b: withdrawals said as "left", attacks attributed with "was behind", concern, comma headlines', () => {
  const has = (text: string, date: string, cameo: RegExp, src: string, tgt: string | undefined) => {
    const evs = code(text, date);
    assert.ok(evs.some((e) => cameo.test(e.cameo) && root(e.source?.code) === src && (tgt === undefined || root(e.target?.code) === tgt)),
      `${text}: ${evs.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  };
  // a military subject leaving a country withdraws from it (CAMEO 087, as "withdrew its troops from")
  has('The last Ethiopian troops left Somalia on Tuesday.', '2009-01-27', /^087/, 'ETH', 'SOM');
  // an event noun after "was behind" is done by the subject
  has('Officials said Syria was behind the bombing of the market.', '2005-02-20', /^18/, 'SYR', undefined);
  has('Police said the Tamil Tigers were behind the attack on the convoy.', '2006-06-15', /^1[89]/, 'LKA', undefined);
  // voiced/expressed concern over: CAMEO 111 (disapproval), the target from the phrase after "over"/"about"
  has('Japan voiced concern over North Korea\'s missile launch.', '2006-07-05', /^111$/, 'JPN', 'PRK');
  has('The European Union expressed deep concern about Russia\'s military exercises.', '2008-08-01', /^111$/, 'IGO', 'RUS');
  // a headline joins two actors with a comma for "and"
  const h = code('Iran, Iraq to resume talks in Geneva', '1990-07-01');
  assert.ok(h.some((e) => e.plover === 'CONSULT' && root(e.source?.code) === 'IRN' && root(e.target?.code) === 'IRQ'), h.map((e) => `${e.plover} ${e.source?.code}->${e.target?.code}`).join(', '));
  assert.ok(h.some((e) => e.plover === 'CONSULT' && root(e.source?.code) === 'IRQ' && root(e.target?.code) === 'IRN'));
});

test('round 5b: no withdrawal for a civilian leaving a place; no comma list in running text', () => {
  // "left" needs a military subject
  const l = code('The foreign minister left Moscow for Beijing on Monday.', '2001-03-02');
  assert.ok(!l.some((e) => e.cameo.startsWith('087') || e.cameo === '166'), l.map((e) => e.cameo).join(', '));
  // a sentence with a full stop is no headline: "In Cairo, Egypt ..." stays one subject
  const c = code('Yesterday, Egypt agreed to hold talks with Israel.', '1995-03-02');
  assert.ok(!c.some((e) => root(e.source?.code) !== 'EGY' && e.plover === 'CONSULT'), c.map((e) => `${e.plover} ${e.source?.code}`).join(', '));
  // "was behind" without an event noun is nothing
  const b = code('The team was behind schedule, Kenyan officials said.', '2001-03-02');
  assert.ok(!b.some((e) => e.trigger.text.includes('behind')), b.map((e) => e.cameo).join(', '));
});

test('round 6: show of force, conceding victory, peacekeepers received or withdrawn, self-directed passives', () => {
  const has = (text: string, date: string, cameo: RegExp, src: string | undefined, tgt: string | undefined) => {
    const evs = code(text, date);
    assert.ok(evs.some((e) => cameo.test(e.cameo) && (src === undefined || root(e.source?.code) === src) && (tgt === undefined || root(e.target?.code) === tgt)),
      `${text}: ${evs.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  };
  // "prepared to" + an act of force is a show of force (CAMEO 150), aimed where the act is
  has('The Turkish army prepared to resume shelling Kurdish rebel positions in northern Iraq.', '1997-05-14', /^150$/, 'TUR', undefined);
  has('Indian troops were preparing to launch an offensive against Pakistan.', '1999-06-02', /^150$/, 'IND', 'PAK');
  // recognising the other side's victory, conceding defeat: a concession (080)
  has('The Serbian government recognized victories by the opposition in the local elections.', '1997-02-04', /^080$/, 'SRB', 'SRB');
  // peacekeepers arriving somewhere: the place receives them (0861); inspectors (0862)
  has('Nigerian peacekeeping troops arrived in Liberia on Monday.', '1998-03-02', /^0861$/, 'LBR', 'NGA');
  has('UN weapons inspectors arrived in Baghdad on Sunday.', '1998-11-15', /^0862$/, 'IRQ', 'IGO');
  // a passive withdrawal without agent: the units withdraw; "demobilized" fighters disarm themselves
  has('A unit of 90 UN peacekeepers was shipped out of the Bosnian town of Gorazde on Tuesday.', '1995-06-02', /^166$/, 'IGO', 'BIH');
  has('Two thousand Angolan rebel fighters have been demobilized since the peace accord.', '1995-09-02', /^0873$/, 'AGO', 'AGO');
  // expelling people by the thousand is a mass expulsion (201, ASSAULT)
  has('Serb forces expelled more than 3,000 ethnic Albanians from their villages.', '1998-08-02', /^201$/, 'SRB', undefined);
});

test('round 6: postposed complaints, protests aimed by their demands, deaths in custody, common-noun bodies', () => {
  const has = (text: string, date: string, cameo: RegExp, src: string | undefined, tgt: string | undefined) => {
    const evs = code(text, date);
    assert.ok(evs.some((e) => cameo.test(e.cameo) && (src === undefined || root(e.source?.code) === src) && (tgt === undefined || root(e.target?.code) === tgt)),
      `${text}: ${evs.map((e) => `${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  };
  // "..., X protested / charged": the reported clause's subject is the target; a rights group is an NGO
  has('Turkish authorities are denying Kurdish prisoners medical care, a human rights group protested on Friday.', '1996-03-01', /^111$/, 'NGO', 'TUR');
  has('Israel is arming the militias in the south, Syria charged on Tuesday.', '1996-03-01', /^112$/, 'SYR', 'ISR');
  // a protest at home with a demand naming another country is aimed at that country
  has('Students rioted in Dili on Monday demanding independence from Indonesian rule.', '1998-06-01', /^14/, 'TLS', 'IDN');
  // "died after torture in X custody": the custodian tortured the one who died
  has('A Kurdish activist died after torture while in Turkish police custody.', '1996-03-01', /^182/, 'TUR', 'TUR');
  has('A Palestinian detainee died from beatings in Israeli custody.', '1996-03-01', /^182/, 'ISR', 'PSE');
  // the object of a rejection through its "of" phrase: an unnamed peacekeeping force is international
  has('Angolan rebels opposed the deployment of a foreign peacekeeping force.', '1996-03-01', /^12/, 'AGO', 'IGO');
});

test('round 6: no show of force, concession or complaint without its condition', () => {
  const none = (text: string, date: string, bad: RegExp) => {
    const evs = code(text, date);
    assert.ok(!evs.some((e) => bad.test(e.cameo)), `${text}: ${evs.map((e) => `${e.cameo} ${e.trigger.text}`).join(', ')}`);
  };
  none('The army was prepared to negotiate with the rebels.', '1999-01-01', /^150$/);
  none('Rice prepares to take over the State Department from Powell.', '2004-11-20', /^15/);
  none('A small group of protesters marched in London, the police said.', '2003-02-15', /^11/);
  none('Serb forces expelled an Albanian journalist from Pristina.', '1998-08-02', /^201$/);
  // an instrument as passive subject is no patient; troops leaving without a place are no visit
  const t = code('Tear gas was fired at the crowd near the parliament in Cairo on Friday.', '2011-01-28');
  assert.ok(!t.some((e) => /gas/i.test(e.target?.text ?? '')), t.map((e) => `${e.cameo} ${e.target?.text}`).join(', '));
  // "gave up hope for killing the gusher": no violence
  none('A week after Shell gave up hope for killing the gusher with concrete, the valve held.', '2010-06-03', /^18/);
});

test('round 6: reporter clauses, building modifiers, mutual pledges, "the two leaders"', () => {
  const evs = (text: string, date: string) => code(text, date);
  // "..., a Red Cross spokesman said": the reporter is no conjunct of the object before the comma
  const r = evs('Both sides agreed to free their prisoners, a Red Cross spokesman said.', '1997-03-30');
  assert.ok(!r.some((e) => /Red Cross/.test(e.target?.text ?? '')), show(r));
  // nor is a place inside the reporter's phrase the act's target or location
  const t = evs('North Korea fired a missile into the sea, officials in Tokyo said.', '1998-09-01');
  assert.ok(t.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'PRK') && !t.some((e) => root(e.target?.code) === 'JPN' || e.location?.country === 'JPN'), show(t));
  // a name modifying a building says whose it is; the place after it says where
  const b = evs('A car bomb exploded outside a French military base in Chad, killing six soldiers.', '1996-06-25');
  assert.ok(b.some((e) => e.cameo.startsWith('18') && root(e.source?.code) === 'TCD'), show(b));
  // what two sides sign an agreement on is no target; "initialed" as "signed"
  const a = evs('Jordan and Israel initialed an agreement on water sharing in Amman.', '1994-10-17');
  assert.ok(a.some((e) => e.cameo === '057' && root(e.source?.code) === 'JOR' && root(e.target?.code) === 'ISR'), show(a));
  // coordinated sides pledging something do not aim it at the summit's city
  const p = evs('Egypt and Sudan pledged to improve relations at a summit in Cairo.', '1997-12-09');
  assert.ok(p.some((e) => e.cameo.startsWith('03') && root(e.source?.code) === 'SDN') && !p.some((e) => e.cameo.startsWith('03') && root(e.target?.code) === 'EGY' && /Cairo/.test(e.target?.text ?? '')), show(p));
  // "the two leaders" are of no place the sentence names; the reporter's country stands in
  const l = evs('The two leaders discussed the situation in Kosovo during a meeting in Rome, a White House spokesman said.', '1998-10-23');
  assert.ok(l.some((e) => e.plover === 'CONSULT' && root(e.source?.code) === 'USA') && !l.some((e) => root(e.source?.code) === 'XKX'), show(l));
});

// Round 7 (2026-12-03): rules found on the tune half of the hand-coded Timeline17 set (eval/events-t17.ts); the
// sentences here are made up in the style of 2011 wire copy (Timeline17 tokenization: `` '' and -LRB- -RRB-).
const CASES_7: [string, string, string, string][] = [
  // scare quotes and a short phrase inside the verb group
  ['Jordan has `` firmly rejected \'\' a Turkish proposal for joint patrols .', 'REJECT', 'JOR', 'TUR'],
  ['Bahrain has in principle agreed to the Saudi plan .', 'AGREE', 'BHR', 'SAU'],
  // a plural noun after a past tense is no second verb; an intensifying reflexive after the subject
  ['Tunisia rejected calls for an inquiry into the shooting .', 'REJECT', 'TUN', 'TUN'],
  ['The Yemeni president himself dismissed demands for early elections .', 'REJECT', 'YEM', 'YEM'],
  // lexicon: freeing people, a swipe, slapped sanctions, siege, concessions, championing a cause, water cannons
  ['Algerian authorities freed 300 people detained during the riots .', 'RETREAT', 'DZA', 'DZA'],
  ['The Jordanian king took a swipe at Islamist groups in Jordan .', 'ACCUSE', 'JOR', 'JOR'],
  ['The European Union slapped sanctions on Belarus last week .', 'SANCTION', 'IGO', 'BLR'],
  ['Yemeni troops laid siege to the town of Zinjibar .', 'COERCE', 'YEM', 'YEM'],
  ['The Moroccan king offered concessions to the protesters .', 'CONCEDE', 'MAR', 'MAR'],
  ['Qatar has been championing the cause of rebels in Libya .', 'SUPPORT', 'QAT', 'LBY'],
  ['Bahraini police turned water cannons on protesters in Manama .', 'ASSAULT', 'BHR', 'BHR'],
  // an amount before the aid noun (currency sign, a bracketed conversion)
  ['Norway has announced it is sending $ 4 m in emergency aid to Haiti .', 'AID', 'NOR', 'HTI'],
  ['Japan pledged 20m yen -LRB- # 150,000 -RRB- in emergency aid for Haiti .', 'AGREE', 'JPN', 'HTI'],
  // an unnamed group after a preposition, placed; a bare group as agent of a passive
  ['Yemeni tanks fired on rebel trenches around the city of Taiz .', 'ASSAULT', 'YEM', 'YEM'],
  ['Twelve Yemeni soldiers were killed by militants near Zinjibar .', 'ASSAULT', 'YEM', 'YEM'],
  // "its" in a noun phrase with a target of its own is the clause's subject
  ['France sharply increased the pace of its air strikes on Libya .', 'ASSAULT', 'FRA', 'LBY'],
  // a bare sector placed by "in a suburb of X"
  ['Belgian police arrested five alleged Islamists in a suburb of Brussels .', 'COERCE', 'BEL', 'BEL'],
  // an apposition with an infinitive between subject and verb
  ['Turkey , the first NATO country to criticise the raid , condemned Israel .', 'ACCUSE', 'TUR', 'ISR'],
  // restricting communication; sending troops into a country; suspending the constitution
  ['Syrian authorities cut off internet access across the country .', 'COERCE', 'SYR', 'SYR'],
  ['Jordan sent troops into Bahrain .', 'AID', 'JOR', 'BHR'],
  ['The Tunisian military suspended the constitution on Friday .', 'COERCE', 'TUN', 'TUN'],
  // a proposal is its author's
  ['Qatar rejected the resolution drafted by Russia .', 'REJECT', 'QAT', 'RUS'],
  // crowds filling a place protest there
  ['Thousands thronged the streets of Sanaa on Friday .', 'PROTEST', 'YEM', 'YEM'],
  // PLOVER's own categories: resignations are RETREAT, sanctions SANCTION
  ['The Tunisian prime minister resigned on Sunday .', 'RETREAT', 'TUN', '-'],
  ['Washington imposed sanctions on Syria .', 'SANCTION', 'USA', 'SYR'],
];

test('round 7: scare quotes, reflexives, aid amounts, placed groups, appositions with infinitives', () => {
  const fails: string[] = [];
  for (const [text, plover, src, tgt] of CASES_7) {
    const evs = code(text, '2011-03-01');
    const ok = evs.some((e) => (e.plover === plover || intentPlover(e, text) === plover)
      && root(e.source?.code) === src && (tgt === '-' ? !e.target : root(e.target?.code) === tgt));
    if (!ok) fails.push(`${plover} ${src}->${tgt}: ${text}\n    got ${evs.map((e) => `${e.plover} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  }
  assert.equal(fails.length, 0, fails.join('\n'));
});

test('round 7: no events from these readings', () => {
  // a gerund before a present tense is a subject, not a past tense before a plural noun
  const f = code('Even as fierce fighting persists in Sirte , diplomats are planning the reconstruction .', '2011-09-01');
  assert.ok(!f.some((e) => e.cameo.startsWith('19') && e.trigger.text === 'fighting' && e.source), show(f));
  // an arrival by nobody is no visit
  const a = code('Relief supplies are finally beginning to arrive in Pakistan .', '2010-01-18');
  assert.ok(!a.some((e) => e.plover === 'CONSULT'), show(a));
  // dismissed officials are not fired upon; "its" without a target of its own says nothing
  const d = code('Nine ministry officials have been fired by the ministry , Iraqi officials said .', '2005-08-22');
  assert.ok(!d.some((e) => e.plover === 'ASSAULT'), show(d));
  const k = code('The sniper goes on doing his killing , observers said in Hama .', '2012-04-18');
  assert.ok(!k.some((e) => e.plover === 'ASSAULT' && e.source), show(k));
  // capturing oil is no arrest; a door opened is no offer of talks
  const c = code('The firm says the new dome will capture `` most \'\' of the leaking crude .', '2010-06-04');
  assert.ok(!c.some((e) => e.cameo === '173'), show(c));
  const o = code('When she opened the door of her flat in Ohio , she understood .', '2005-10-26');
  assert.ok(!o.some((e) => e.plover === 'AGREE'), show(o));
  // Metro is the underground here, not Metro in Indonesia
  const m = code('Police said the group planned to bomb the Metro in Paris .', '2005-10-09');
  assert.ok(!m.some((e) => root(e.target?.code) === 'IDN'), show(m));
});

test('round 8: a bare group takes the country the article is about; no pledges from crimes, no acts from "an end to"', () => {
  const about = 'Protests spread across Yemen on Friday . In Sanaa , thousands marched . Yemen has been ruled by one man for 32 years . '
    + 'Students in Aden and Taiz joined the marches . ';
  const last = (text: string) => { const evs = code(text, '2011-02-03'); return evs.filter((e) => e.trigger.start > text.lastIndexOf(' . ')); };
  const p = last(about + 'Police turned water cannons on protesters .');
  assert.ok(p.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'YEMCOP' && root(e.target?.code) === 'YEM'), show(p));
  // an article about two countries places nobody
  const two = 'Protests spread across Yemen and Bahrain on Friday . In Sanaa and Manama , thousands marched . Yemen and Bahrain have '
    + 'long been ruled by the same men . ';
  const q = last(two + 'Police turned water cannons on protesters .');
  assert.ok(!q.some((e) => /^(YEM|BHR)/.test(e.source?.code ?? '')), show(q));
  // crimes and suicide are committed, not pledged; a quoted "committed" is no pledge
  for (const t of ['The admiral committed suicide in 1996 .', 'Syrian forces have committed crimes against humanity .',
    'While the fighters seemed `` committed \'\' , they did not believe the generals .']) {
    const c = code(t, '2012-04-09');
    assert.ok(!c.some((e) => e.plover === 'AGREE'), `${t}: ${show(c)}`);
  }
  const w = code('President Assad has committed to withdraw his tanks from residential areas .', '2012-04-09');
  assert.ok(w.some((e) => e.plover === 'AGREE' && root(e.source?.code) === 'SYR'), show(w));
  // what "an end to" or "a halt to" stops is nobody's act
  const a = code('Mr Annan repeated his appeal for an end to the shelling and for food deliveries .', '2012-03-16');
  assert.ok(!a.some((e) => e.plover === 'ASSAULT'), show(a));
});

test('round 8: cuts in relations aimed by context; places the gazetteer lacks placed by the article', () => {
  // the target of the last cut in relations, a sentence back
  const r = code('Several Western countries have withdrawn their ambassadors from Syria . Qatar and Italy have now followed France in recalling their ambassadors .', '2011-08-08');
  assert.ok(r.some((e) => e.trigger.text === 'recalling' && root(e.source?.code) === 'QAT' && root(e.target?.code) === 'SYR'), show(r));
  // an unnamed target of a cut in relations in an article clearly about one country
  const about = 'Protests spread across Yemen on Friday . In Sanaa , thousands marched . Yemen has been ruled by one man for 32 years . '
    + 'Students in Aden and Taiz joined the marches . ';
  const s = code(about + 'The European Union recalled its ambassadors last week .', '2011-05-06');
  assert.ok(s.some((e) => e.plover === 'SANCTION' && root(e.target?.code) === 'YEM'), show(s));
  // a bare group placed by that article, and a name nobody knows after "withdrew from" is of its country
  const w = code(about + 'Rebels withdrew from Qasr Nadim late last week .', '2011-05-06');
  assert.ok(w.some((e) => e.plover === 'RETREAT' && root(e.source?.code) === 'YEM' && root(e.target?.code) === 'YEM'), show(w));
});

// Round 9 (2026-12-03): rules from the tune halves of the Timeline17 set (round 7's and the new batch of 81 records).
// Sentences written for the purpose in the style of the wire copy, not copied from the corpus.
const CASES_9: [string, string, string, string][] = [
  // a quantity with "at least" before the object
  ['Syrian troops killed at least 25 people in Homs on Monday .', 'ASSAULT', 'SYR', 'SYR'],
  // a time phrase between the verb and its object; a day name ends its phrase ("Monday Western calls")
  ['Russia rejected on Monday calls by the United States for wider sanctions .', 'REJECT', 'RUS', 'USA'],
  // who asks or presses is the one refused
  ['Iran rejected calls by the European Union for a halt to enrichment .', 'REJECT', 'IRN', 'IGO'],
  // the owner of frozen assets
  ['The Austrian government moved on Monday to freeze funds belonging to Mubarak .', 'SANCTION', 'AUT', 'EGY'],
  // "from a meeting with": the clause's subject met
  ['Late on Sunday , Zuma emerged smiling from a meeting with Zimbabwean President Robert Mugabe .', 'CONSULT', 'ZAF', 'ZWE'],
  // "under bombardment from": patient is the subject, agent the from-phrase
  ['Homs has been under heavy bombardment from Syrian government forces .', 'ASSAULT', 'SYR', 'SYR'],
  // disapproval received: "drew criticism from", "faced protests from"
  ['Israel drew sharp criticism from the United Nations on Tuesday .', 'ACCUSE', 'IGO', 'ISR'],
  ['Japan faced protests from South Korea over the new textbooks .', 'PROTEST', 'KOR', 'JPN'],
  // "responded with": the subject's own act
  ['Syria has responded to the protests with military assaults on Deraa .', 'ASSAULT', 'SYR', 'SYR'],
  // "is to travel": an arrangement for the future, so a stated intention (AGREE) by the intent convention
  ['The UN envoy Kofi Annan is to travel to Beijing on Saturday for consultations .', 'AGREE', 'IGO', 'CHN'],
  // lexicon: unleash on, push back against, the international community
  ["Muammar Gaddafi 's troops unleashed mortars and artillery on the town of Zawiya .", 'ASSAULT', 'LBY', 'LBY'],
  ['The White House pushed back against demands from the Senate .', 'REJECT', 'USA', 'USA'],
  ['Opposition groups in Syria called on the international community to act .', 'REQUEST', 'SYR', 'IGO'],
];

test('round 9: quantities, time phrases, owners and askers, received acts, answers, new lexicon lines', () => {
  const fails: string[] = [];
  for (const [text, plover, src, tgt] of CASES_9) {
    const evs = code(text, '2011-05-01');
    const ok = evs.some((e) => (e.plover === plover || intentPlover(e, text) === plover)
      && root(e.source?.code) === src && (tgt === '-' ? !e.target : root(e.target?.code) === tgt));
    if (!ok) fails.push(`${plover} ${src}->${tgt}: ${text}\n    got ${evs.map((e) => `${e.plover} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'}`).join(', ')}`);
  }
  assert.equal(fails.length, 0, fails.join('\n'));
});

test('round 9: the article\'s country for unnamed patients and sentences past a dateline; "their" from an earlier clause', () => {
  const about = 'Protests spread across Yemen on Friday . In Sanaa , thousands marched . Yemen has been ruled by one man for 32 years . '
    + 'Students in Aden and Taiz joined the marches . ';
  const last = (text: string) => { const evs = code(text, '2011-05-31'); return evs.filter((e) => e.trigger.start > text.lastIndexOf(' . ')); };
  // violence with nobody named as patient is done in (to) the article's country
  const v = last(about + 'Dozens have been killed by government troops since the unrest started .');
  assert.ok(v.some((e) => e.plover === 'ASSAULT' && root(e.target?.code) === 'YEM'), show(v));
  const f = last(about + 'Some 45 cruise missiles were fired by the United States on Tuesday .');
  assert.ok(f.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'USA' && root(e.target?.code) === 'YEM'), show(f));
  // aid by a foreign giver to nobody named: the article's country; none for a giver of that country
  const a = last(about + 'An elderly man was rescued from the ruins of his flat by a French search team .');
  assert.ok(a.some((e) => e.plover === 'AID' && root(e.source?.code) === 'FRA' && root(e.target?.code) === 'YEM'), show(a));
  // a group in an object in a sentence naming no country: the article's when the source is of it
  const g = last(about + 'Saleh blamed armed gangs for the violence .');
  assert.ok(g.some((e) => e.plover === 'ACCUSE' && root(e.target?.code) === 'YEM'), show(g));
  // a dateline's city is no place of the events: the bare police of a Washington-datelined story are the article's
  const d = last(about + 'WASHINGTON ( Reuters ) - Police fired tear gas at protesters in the capital .');
  assert.ok(d.some((e) => e.source?.code === 'YEMCOP'), show(d));
  assert.ok(!d.some((e) => root(e.source?.code) === 'USA'), show(d));
  // no guess without such a country
  const n = code('Dozens have been killed by government troops since the unrest started .', '2011-05-31');
  assert.ok(!n.some((e) => e.target), show(n));
  // "their" in an object nobody resolves: the plural group subject of an earlier clause
  const t = code('Libyan rebels took an important step when France recognized their national council .', '2011-03-10');
  assert.ok(t.some((e) => e.plover === 'SUPPORT' && root(e.source?.code) === 'FRA' && root(e.target?.code) === 'LBY'), show(t));
});

test('round 9: guards — a verb after "the" demonym, "from" only for meetings, no guess in a round-up', () => {
  // "the Russian calls for": a person speaking, still a verb
  const r = code('In Moscow , the Russian calls for calm in Georgia .', '2008-08-09');
  assert.ok(r.some((e) => e.plover === 'REQUEST'), show(r));
  // suffering from attacks is no attack by the sufferer
  const s = code('The Iraqi minister suffered from attacks on his home in Baghdad .', '2005-06-01');
  assert.ok(!s.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'IRQ' && e.source?.text.includes('minister')), show(s));
  // violence in an article about two countries gets no target from the article
  const two = 'Protests spread across Yemen and Bahrain on Friday . In Sanaa and Manama , thousands marched . Yemen and Bahrain have '
    + 'long been ruled by the same men . ';
  const t = code(two + 'Dozens have been killed by government troops since the unrest started .', '2011-05-31');
  assert.ok(!t.some((e) => e.trigger.text === 'killed' && e.target), show(t));
});

test('round 10: arguments inside one sentence — a copula before a participle, "on behalf of", "put forward by", "their" leader', () => {
  // "are on the streets ... demanding": the participle's subject is the copula's
  const streets = code('Thousands of protesters were in the streets of Sanaa demanding that President Ali Abdullah Saleh step aside .', '2011-02-03');
  assert.ok(streets.some((e) => e.trigger.text === 'demanding' && root(e.source?.code) === 'YEM' && root(e.target?.code) === 'YEM'), show(streets));
  // a statement past a participle phrase speaks for the one named after "on behalf of"
  const behalf = code('A communique issued in Paris on behalf of the Syrian opposition bloc rejected any foreign military role .', '2011-10-02');
  assert.ok(behalf.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'SYR'), show(behalf));
  // the passive patient's proposer, set off by commas, with a same-form participle and a title before the name
  const plan = code('The truce proposal , put forward by UN envoy Lakhdar Brahimi , has now been endorsed by the Arab League .', '2012-03-21');
  assert.ok(plan.some((e) => e.plover === 'SUPPORT' && root(e.source?.code) === 'IGO' && root(e.target?.code) === 'IGO'), show(plan));
  const france = code('The truce proposal , put forward by Egypt , has been endorsed by the African Union .', '2012-03-21');
  assert.ok(france.some((e) => e.plover === 'SUPPORT' && e.target?.code === 'EGY'), show(france));
  // an unnamed crowd aiming at "their president": of his country
  const crowd = code('Tens of thousands chanted slogans against their president , Hosni Mubarak .', '2011-02-01');
  assert.ok(crowd.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'EGY' && root(e.target?.code) === 'EGY'), show(crowd));
  // guard: no owner without "their" (the crowd is still people of the sentence's one country, EGYCVL: a count of
  // people is a group, see 'single sentences' below; not the bare country the owner rule gives)
  const plain = code('Tens of thousands chanted slogans against President Hosni Mubarak .', '2011-02-01');
  assert.ok(!plain.some((e) => e.source?.code === 'EGY'), show(plain));
  // guards: a copula before a noun or an adjective does not give its subject to a participle
  const machine = code('Obama is a walking , talking machine , said Senator John McCain .', '2008-10-01');
  assert.ok(!machine.some((e) => e.trigger.text === 'talking' && e.source), show(machine));
});

test('single sentences: counts of people, domestic fighters, "its" owner, the topic of a concern, English city names', () => {
  const has = (evs: Event[], plover: string, src: string, tgt: string) =>
    evs.some((e) => e.plover === plover && root(e.source?.code) === src && root(e.target?.code) === tgt);
  // a bare count of people ("Hundreds", opening the sentence and tagged as a name; "dozens" as object) and "persons"
  // are people, of the sentence's one country when the agent is of it
  const hundreds = code('Hundreds were killed by Chadian soldiers last month .', '2008-02-10');
  assert.ok(has(hundreds, 'ASSAULT', 'TCD', 'TCD'), show(hundreds));
  const dozens = code('Chadian soldiers killed dozens in the east .', '2008-02-10');
  assert.ok(has(dozens, 'ASSAULT', 'TCD', 'TCD'), show(dozens));
  // (a time phrase after a common noun ends its phrase: "last month" above, "50 villagers last week" here)
  const week = code('Chadian soldiers killed 50 villagers last week .', '2008-02-10');
  assert.ok(week.some((e) => e.plover === 'ASSAULT' && e.target?.text.includes('villagers')), show(week));
  const persons = code('About 40 persons were killed by Chadian soldiers .', '2008-02-10');
  assert.ok(has(persons, 'ASSAULT', 'TCD', 'TCD'), show(persons));
  // guards: a count of things is no group, and a count of people "of" someone is that group
  const money = code('Chadian soldiers seized hundreds of rifles .', '2008-02-10');
  assert.ok(!money.some((e) => e.target?.code.endsWith('CVL')), show(money));
  // rebels and police fight at home: their violence with no patient named is done in their own country ...
  const rebels = code('Nepalese rebels opened fire late on Tuesday .', '2003-09-10');
  assert.ok(has(rebels, 'ASSAULT', 'NPL', 'NPL'), show(rebels));
  // ... armies also fight abroad: no guess for them
  const army = code('Nepalese troops opened fire late on Tuesday .', '2003-09-10');
  assert.ok(!army.some((e) => e.target), show(army));
  // "its" in an object: the country named as subject of an earlier clause, when the verb's own subject is plural
  const its = code('Chad said Sudanese troops had shelled its border posts .', '2008-02-10');
  assert.ok(has(its, 'ASSAULT', 'SDN', 'TCD'), show(its));
  // guard: a singular subject of the verb owns "its" itself
  const own = code('Chad said Sudan had shelled its own border posts .', '2008-02-10');
  assert.ok(!own.some((e) => root(e.target?.code) === 'TCD'), show(own));
  // the topic of a concern, past an "of" phrase and a list
  const concern = code('The European Union expressed deep concern about the fate of refugees and the Burmese junta \'s crackdown on monks .', '2007-09-28');
  assert.ok(has(concern, 'ACCUSE', 'IGO', 'MMR'), show(concern));
  // violent repression by a country's police or government with nobody named is done at home; not by its army
  const gas = code('Kenyan police fired tear gas .', '2000-01-01');
  assert.ok(has(gas, 'ASSAULT', 'KEN', 'KEN'), show(gas));
  // named groups cross borders: "Hezbollah guerrillas fired rockets" gets no guess
  const hez = code('Hezbollah guerrillas fired rockets .', '2000-01-01');
  assert.ok(!hez.some((e) => e.target), show(hez));
  // an -ing participle right after a noun phrase is that group's act ("students demanding"), not the clause
  // subject's; not a participle of growth ("face mounting complaints"), one aimed at the phrase ("urging him"), nor
  // one for an addressee ("wrote to X urging reform")
  const students = code('Riot police in Seoul clashed with students demanding reunification with the North .', '2000-01-01');
  assert.ok(students.some((e) => e.plover === 'REQUEST' && e.source?.code === 'KOREDU'), show(students));
  assert.ok(!students.some((e) => e.plover === 'REQUEST' && e.source?.code === 'KORCOP'), show(students));
  const urging = code('Two French senators wrote to Prime Minister Alain Juppe urging reform .', '1996-01-01');
  assert.ok(!urging.some((e) => e.plover === 'REQUEST' && e.source?.text.includes('Juppe')), show(urging));
  // a verb that needs an actor as object takes a group of people too ("beat demonstrators"), not "called the police"
  const beat = code('Haitian soldiers beat demonstrators .', '1994-01-01');
  assert.ok(has(beat, 'ASSAULT', 'HTI', 'HTI'), show(beat));
  const police = code('Haitian residents called the police .', '1994-01-01');
  assert.ok(!police.some((e) => e.plover === 'CONSULT'), show(police));
  // a reporter in a subordinate clause ("as a French minister said") leaves the commas of a list before it alone
  const list = code('Sudanese forces fired rockets , mortars and shells on the town of Abeche as a French minister said talks would resume .', '2008-02-10');
  assert.ok(has(list, 'ASSAULT', 'SDN', 'TCD'), show(list));
  // "rebel forces" are rebels, whether a country is named before them or not ("security forces" stay forces)
  const rf = code('Libyan rebel forces shelled the town .', '2011-04-04');
  assert.ok(rf.some((e) => e.source?.code === 'LBYREB'), show(rf));
  const rf2 = code('Rebel forces attacked Libyan troops .', '2011-04-04');
  assert.ok(rf2.some((e) => e.source?.code === 'LBYREB'), show(rf2));
  const sf = code('Syrian security forces shelled the town .', '2011-04-04');
  assert.ok(sf.some((e) => e.source?.code === 'SYRMIL'), show(sf));
  // an attack named by a noun that is the subject of a verb of hitting aims at its object; "its" there is the
  // country of the clause before (an act owns nothing), but "it" owns its own ("urged it to halt its offensive")
  const strike = code('Chad said a French air strike had hit its main fuel depot .', '2008-02-10');
  assert.ok(has(strike, 'ASSAULT', 'FRA', 'TCD'), show(strike));
  const urged = code('France urged it to halt its offensive .', '2008-02-10');
  assert.ok(!urged.some((e) => root(e.target?.code) === 'FRA'), show(urged));
  // a finite verb after "and" shares the last finite verb's subject, not a gerund's in between; a base form after an
  // infinitive continues the infinitive
  const coord = code('Iraq accused Iran of shelling Basra and threatened to retaliate .', '1987-01-01');
  assert.ok(coord.some((e) => e.plover === 'THREATEN' && root(e.source?.code) === 'IRQ'), show(coord));
  assert.ok(!coord.some((e) => e.plover === 'THREATEN' && root(e.source?.code) === 'IRN'), show(coord));
  const inf = code('Brazil and Turkey have been hesitant to sanction or even criticize Iran .', '2011-08-26');
  assert.ok(inf.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'BRA'), show(inf));
  // the author of a proposal, named after a participle ("proposed by", "put forward by"), is the one answered
  const prop = code('Israel accepted the plan put forward by Egypt .', '2000-01-01');
  assert.ok(has(prop, 'AGREE', 'ISR', 'EGY'), show(prop));
  const cease = code('The Liberian government agreed to a ceasefire proposed by Ghana .', '1995-01-01');
  assert.ok(has(cease, 'AGREE', 'LBR', 'GHA'), show(cease));
  // force used for a purpose is aimed at the purpose's object, not when the purpose is to help
  const siege = code('Sudanese soldiers laid siege to try to starve the rebels into surrender .', '2003-01-01');
  assert.ok(siege.some((e) => e.source?.code === 'SDNMIL' && e.target?.code === 'SDNREB'), show(siege));
  const fire = code('Sudanese troops opened fire to drive back the rebels .', '2003-01-01');
  assert.ok(has(fire, 'ASSAULT', 'SDN', 'SDN'), show(fire));
  const helpR = code('NATO launched air strikes to help the Sudanese rebels .', '2003-01-01');
  assert.ok(!helpR.some((e) => e.plover === 'ASSAULT' && e.target?.code === 'SDNREB'), show(helpR));
  // bare nouns listed before one group noun modify it ("petroleum , railway and port employees")
  const listed = code('Lawyers marched in Lagos , and petroleum , railway and port employees called strikes .', '1994-07-01');
  assert.ok(listed.some((e) => e.plover === 'PROTEST' && e.source?.code === 'NGALAB'), show(listed));
  // the object of a verb of urging, past a place phrase, is the doer of the infinitive
  const urgedIn = code('The UN urged the rebels in Sierra Leone to lay down their arms .', '1999-01-01');
  assert.ok(urgedIn.some((e) => e.trigger.text.startsWith('lay') && e.source?.code === 'SLEREB'), show(urgedIn));
  // closing a named territory is a blockade, as sealing it off is
  const closed = code('Israel closed the West Bank after the bombing .', '1996-03-01');
  assert.ok(has(closed, 'COERCE', 'ISR', 'PSE'), show(closed));
  // "fire" with a person or an official as object dismisses them; firing on people stays force
  const sacked = code('Yeltsin fired his prime minister on Monday .', '1998-03-23');
  assert.ok(!sacked.some((e) => e.plover === 'ASSAULT'), show(sacked));
  const fired = code('Russian troops fired on Chechen villagers .', '1998-03-23');
  assert.ok(fired.some((e) => e.plover === 'ASSAULT'), show(fired));
  // English names of towns whose gazetteer name is transliterated otherwise
  const taiz = code('Police fired on protesters in Taiz on Monday .', '2011-04-04');
  assert.ok(taiz.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'YEM'), show(taiz));
});

test('round 12: dash appositions, the West as an actor, joining a protest, weapon names that are towns', () => {
  // a segment set off by a pair of dashes between subject and verb is skipped, as one set off by commas;
  // the passive subject behind it is the target of the by-phrase's agent
  const dashed = code('Kenya -- a close partner of the donors -- has been condemned by rights groups over the raids .', '2011-05-01');
  assert.ok(dashed.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'NGO' && root(e.target?.code) === 'KEN'), show(dashed));
  const emDash = code('Moscow — an old friend of Damascus — denounced the United States on Friday .', '2011-05-01');
  assert.ok(emDash.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'RUS' && root(e.target?.code) === 'USA'), show(emDash));
  // an unpaired dash (a dateline) still ends the subject search: the name before it is no subject
  const dateline = code('NAIROBI -- Police detained five students on Monday .', '2011-05-01');
  assert.ok(dateline.some((e) => e.plover === 'COERCE' && root(e.source?.code) === 'KEN'), show(dateline));
  // "Western" alone is CAMEO's WST (the Western powers acting together)
  const west = code('Western jets struck army depots near Sirte on Sunday .', '2011-05-01');
  assert.ok(west.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'WST' && root(e.target?.code) === 'LBY'), show(west));
  const westCalls = code('China rejected Western calls for an arms embargo .', '2011-05-01');
  assert.ok(westCalls.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'CHN' && e.target?.code === 'WST'), show(westCalls));
  // attending a rally or a protest is protesting
  const attend = code('Several thousand Jordanians attended a rally in Amman against the prime minister .', '2011-05-01');
  assert.ok(attend.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'JOR'), show(attend));
  // "Grad rockets" names a weapon, not the Slovenian town: the unknown speaker takes no Slovenian code
  const grad = code('Commander Ali Omar said army units pounded the rebels with Grad rockets .', '2011-05-01');
  assert.ok(!grad.some((e) => root(e.source?.code) === 'SVN' || root(e.target?.code) === 'SVN'), show(grad));
  // a collective without a country of its own, led by a named one, acts through it
  const led = code('Western donors , led by Japan , accused Burma of abuses .', '2011-05-01');
  assert.ok(led.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'JPN'), show(led));
  // an event noun the tagger calls an adjective ends its phrase after another noun ("a ground offensive")
  const ground = code('Sri Lankan troops launched a ground offensive on the rebels .', '2009-01-01');
  assert.ok(ground.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'LKAMIL' && root(e.target?.code) === 'LKA'), show(ground));
  // force against an object that names only a place targets the place's country (through "of" phrases) ...
  const parts = code('Serb guns shelled parts of the old town of Mostar .', '1993-05-01');
  assert.ok(parts.some((e) => e.plover === 'ASSAULT' && root(e.target?.code) === 'BIH'), show(parts));
  // ... and a demonym before a noun of the land is a place in that country
  const desert = code('Rebels attacked a depot in the Algerian desert .', '1995-05-01');
  assert.ok(desert.some((e) => e.plover === 'ASSAULT' && root(e.target?.code) === 'DZA'), show(desert));
  // investigating whether someone did something targets the whether-clause's subject
  const probe = code('The tribunal is investigating whether the Serbian police committed war crimes .', '1999-05-01');
  assert.ok(probe.some((e) => e.plover === 'ACCUSE' && root(e.target?.code) === 'SRB'), show(probe));
  // a country's demonym inside the phrase decides the group's country over a place elsewhere in the sentence
  const irish = code('Danish left-wing activists accused Russia of seizing their ship while it was moored in Finland .', '2011-05-01');
  assert.ok(irish.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'DNK' && root(e.target?.code) === 'RUS'), show(irish));
  // (a people of several countries is not such a demonym: the place still decides)
  const kurds = code('Kurdish pro-independence fighters attacked Iraqi troops near Mosul .', '2011-05-01');
  assert.ok(kurds.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'IRQ'), show(kurds));
  // putting a named person on trial is legal action (CAMEO 173); dropping charges yields (080)
  const trial = code('Kenyan authorities are trying former minister George Saitoti in absentia for fraud .', '2011-05-01');
  assert.ok(trial.some((e) => e.plover === 'COERCE' && root(e.source?.code) === 'KEN' && root(e.target?.code) === 'KEN'), show(trial));
  const tried = code('The Kenyan rebels tried to seize the town .', '2011-05-01');
  assert.ok(!tried.some((e) => e.cameo === '173'), show(tried));
  const dropped = code('Prosecutors in Kenya dropped sedition charges on Monday against four students .', '2011-05-01');
  assert.ok(dropped.some((e) => e.plover === 'CONCEDE' && e.source?.code === 'KENJUD' && root(e.target?.code) === 'KEN'), show(dropped));
  // who made the accusations is the one a rejection answers ("made by", "levelled by")
  const made = code('A spokesman for the Chadian Foreign Ministry rejected the accusations made by Libya .', '1999-05-01');
  assert.ok(made.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'TCD' && root(e.target?.code) === 'LBY'), show(made));
  // hunting rebels is a military operation against them; the purpose's subject acts
  const hunt = code('Ugandan troops crossed into Congo to hunt rebels .', '1999-05-01');
  assert.ok(hunt.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'UGAMIL' && e.trigger.text === 'hunt'), show(hunt));
  const huntDown = code('Ugandan soldiers hunted down rebels in the north .', '1999-05-01');
  assert.ok(huntDown.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'UGAMIL'), show(huntDown));
  const survivors = code('Rescuers hunted for survivors in the rubble in Turkey .', '1999-05-01');
  assert.ok(!survivors.some((e) => e.plover === 'ASSAULT'), show(survivors));
  // rebels that talk or make peace with a state abroad are that state's, unless their own words name a country;
  // force keeps the place
  const lome = code('The government of Liberia signed a peace accord with the rebels in Accra .', '1996-05-01');
  assert.ok(lome.some((e) => root(e.source?.code) === 'LBR' && e.target?.code === 'LBRREB'), show(lome));
  const foreignRebels = code('The Ugandan government held talks with Sudanese rebels in Nairobi .', '1996-05-01');
  assert.ok(foreignRebels.some((e) => e.plover === 'CONSULT' && e.target?.code === 'SDNREB'), show(foreignRebels));
  const gaza = code('Israeli troops killed three militants in Gaza .', '2002-05-01');
  assert.ok(gaza.some((e) => e.plover === 'ASSAULT' && root(e.target?.code) === 'PSE'), show(gaza));
  // suspending lending is cutting aid; welcoming or condemning what happens between two countries targets them
  const lending = code('The World Bank suspended its lending to Malawi over corruption .', '2001-05-01');
  assert.ok(lending.some((e) => e.plover === 'SANCTION' && root(e.target?.code) === 'MWI'), show(lending));
  const between = code('The Arab League welcomed the truce between Iraq and Iran .', '1988-08-01');
  assert.ok(between.some((e) => e.plover === 'SUPPORT' && ['IRQ', 'IRN'].includes(root(e.target?.code))), show(between));
  // "its troops" after a country's statement are that country's, also when a town of the sentence placed them
  const its = code('Uganda said its troops were fighting in Congo .', '1999-05-01');
  assert.ok(its.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'UGAMIL'), show(its));
  // using water cannon or tear gas against people is violent repression
  const cannon = code('Riot police used water cannon against students in Seoul .', '1999-05-01');
  assert.ok(cannon.some((e) => e.cameo === '175' && e.source?.code === 'KORCOP' && root(e.target?.code) === 'KOR'), show(cannon));
  // a verb that needs a named object finds it in the passive subject ("was charged by prosecutors")
  const charged = code('Opposition leader Anwar Ibrahim was charged with sodomy by Malaysian prosecutors .', '1998-10-01');
  assert.ok(charged.some((e) => e.plover === 'ACCUSE' && e.source?.code === 'MYSJUD' && root(e.target?.code) === 'MYS'), show(charged));
  // the object of an infinitive completing a noun is not the clause's subject ("X's decision to bomb Y was criticized")
  const decision = code('Ankara \'s decision to bomb Syria was criticized by Iran .', '2008-05-01');
  assert.ok(decision.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'IRN' && root(e.target?.code) === 'TUR'), show(decision));
  // what is held by someone is theirs: an act on it targets the holder, placed like any unnamed group
  const held = code('Iraqi troops shelled the town held by Kurdish rebels .', '1996-05-01');
  assert.ok(held.some((e) => e.plover === 'ASSAULT' && e.target?.code.endsWith('REB')), show(held));
  // victims are civilians: aid for the victims of a disaster in a country goes to that country
  const victims = code('Norway pledged 20 million kroner in relief aid for flood victims in Peru .', '2007-08-20');
  assert.ok(victims.some((e) => root(e.source?.code) === 'NOR' && e.target?.code === 'PERCVL'), show(victims));
  // burning a consulate or a police station is an attack on property
  const consulate = code('Syrian demonstrators burned the Norwegian consulate in Damascus .', '2006-02-05');
  assert.ok(consulate.some((e) => e.cameo === '171' && root(e.source?.code) === 'SYR' && root(e.target?.code) === 'NOR'), show(consulate));
  // the goal of a journey does not do the infinitive after it; the traveller does
  const trip = code('The French envoy travelled to Beirut to meet President Lahoud .', '2001-05-01');
  assert.ok(trip.some((e) => e.plover === 'CONSULT' && e.trigger.text === 'meet' && root(e.source?.code) === 'FRA' && root(e.target?.code) === 'LBN'), show(trip));
  // (a verb of asking still passes control to its object)
  const appeal = code('Jordan appealed to Israel to halt its offensive .', '2001-05-01');
  assert.ok(appeal.some((e) => e.trigger.text === 'halt' && root(e.source?.code) === 'ISR'), show(appeal));
  // a threat that names no target is aimed at the target of the act it announces
  const warned = code('Pyongyang warned that it would retaliate against any strike by Japan .', '2003-05-01');
  assert.ok(warned.some((e) => e.plover === 'THREATEN' && e.trigger.text === 'warned' && root(e.target?.code) === 'JPN'), show(warned));
});

test('round 13: British spellings of verb lemmas match the American lexicon lines', () => {
  // the lexicon lists "recognize", "apologize", "legalize", "criticize", "mobilize" once: the British forms share the lemma
  for (const [text, cameo] of [
    ['Norway formally recognised the new government of Kosovo .', '054'],
    ['The Peruvian president apologised to Chile on Monday .', '055'],
    ['Chile criticised Peru over the border dispute .', '111'],
    ['Georgia mobilised its reservists on Tuesday .', '154'],
  ] as const) {
    const evs = code(text, '2011-05-01');
    assert.ok(evs.some((e) => e.cameo === cameo), `${text}: ${show(evs)}`);
  }
});

test('round 13: a group whose own clause names one country is of that country, whatever a later clause names', () => {
  // the place after "as ... since" belongs to that clause: the residents are the Chilean president's own
  const urged = code('The Chilean president urged residents near the volcano to leave their homes , as rescuers searched for survivors of the worst eruption since the disaster in Colombia .', '2011-05-01');
  assert.ok(urged.some((e) => e.plover === 'REQUEST' && root(e.source?.code) === 'CHL' && e.target?.code === 'CHLCVL'), show(urged));
  // (without a clause opener the sentence names two countries: no guess)
  const two = code('The Chilean president urged residents near the volcano and the border with Colombia to leave .', '2011-05-01');
  assert.ok(!two.some((e) => e.plover === 'REQUEST' && e.target?.code === 'CHLCVL'), show(two));
});

test('round 13: a gerund in the middle of a compound noun keeps the phrase whole', () => {
  // "a water pumping station in the Chadian desert": the place after the compound is the target's
  const raid = code('Militants raided a water pumping station in the Chadian desert .', '2011-05-01');
  assert.ok(raid.some((e) => e.plover === 'ASSAULT' && root(e.target?.code) === 'TCD'), show(raid));
});

test('round 13: a sentence opening "In <place>" without a comma: the lower-case word after the name starts the subject', () => {
  const kw = code('In Kuwait students protested against the government .', '2011-05-01');
  assert.ok(kw.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'KWT' && root(e.target?.code) === 'KWT'), show(kw));
  // (not inside a phrase that only ends in a name: "In a closed-door Security Council meeting")
  const mtg = code('In a closed-door Security Council meeting , Kuwait criticised Iraq .', '2011-05-01');
  assert.ok(mtg.some((e) => e.plover === 'ACCUSE' && root(e.source?.code) === 'KWT' && root(e.target?.code) === 'IRQ'), show(mtg));
});

test('round 14: a visitor is foreign to the country visited; "is due to" and "plans to" find the subject as "is expected to" does', () => {
  const visit = (evs: Event[]) => evs.filter((e) => e.mode === 'visit');
  // an unnamed official takes no country from the country he visits: the sector alone
  for (const text of ['The trade minister visited Peru on Friday .', 'A trade minister visited Peru on Friday .',
    'The trade minister is due to visit Peru on Friday .', 'The trade minister plans to visit Peru on Friday .',
    'The trade minister is expected to visit Peru on Friday .']) {
    const evs = visit(code(text, '2011-05-01'));
    assert.ok(evs.length === 1 && evs[0]!.source?.code === 'GOV' && evs[0]!.target?.code === 'PER', `${text}: ${show(evs)}`);
  }
  // a country named in the visitor's own phrase stays, and a city is visited from home as often
  const own = visit(code('The Peruvian trade minister visited Peru on Friday .', '2011-05-01'));
  assert.ok(own.some((e) => root(e.source?.code) === 'PER'), show(own));
  const city = visit(code('The trade minister visited Lima on Friday .', '2011-05-01'));
  assert.ok(city.some((e) => e.source?.code === 'PERGOV'), show(city));
  // (a phrase opening with a possessive is somebody's, whom the sentence does not say: no guess from Peru)
  const its = code('Its trade minister is due to meet Peru on Friday .', '2011-05-01');
  assert.ok(!its.some((e) => e.source?.code === 'PERGOV'), show(its));
});

test('round 14: an opening "In <place>" phrase places an unnamed group that protests', () => {
  // a lower-case word before the people does not hide the scene the sentence opens with
  const local = code("In Bahrain local Shi'ites protested near the port .", '2011-05-01');
  assert.ok(local.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'BHR'), show(local));
  const comma = code("In Bahrain , Shi'ites protested near the port .", '2011-05-01');
  assert.ok(comma.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'BHR'), show(comma));
  // (a phrase that only ends in a name is no scene for the subject)
  const speech = code("In a speech in Bahrain Shi'ites protested .", '2011-05-01');
  assert.ok(!speech.some((e) => e.plover === 'PROTEST' && root(e.source?.code) === 'BHR'), show(speech));
});

test('round 14: fighting that breaks out or goes on somewhere with no side named is the place\'s country\'s', () => {
  for (const text of ['Fierce clashes raged in Somalia .', 'Clashes broke out in Somalia on Monday .', 'Fighting erupted in the Somali capital on Monday .']) {
    const evs = code(text, '2011-05-01');
    assert.ok(evs.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'SOM' && e.target?.code === 'SOM'), `${text}: ${show(evs)}`);
  }
  // (named sides keep their own coding; a negated onset is no event; "broke" without "out" is no onset)
  const sides = code('Clashes broke out between rebels and troops in Somalia .', '2011-05-01');
  assert.ok(!sides.some((e) => e.source?.code === 'SOM' && e.target?.code === 'SOM'), show(sides));
  const neg = code('Fighting did not resume in Somalia .', '2011-05-01');
  assert.ok(!neg.some((e) => e.plover === 'ASSAULT'), show(neg));
});

test('round 14: a vow or pledge to use force is a threat, a pledge to help stays an intent', () => {
  const strike = code('Chile vowed to bomb Peru .', '2011-05-01');
  assert.ok(strike.some((e) => e.cameo === '138' && e.plover === 'THREATEN' && e.trigger.text === 'vowed' && e.target?.code === 'PER'), show(strike));
  const help = code('Chile pledged to help Peru .', '2011-05-01');
  assert.ok(help.some((e) => e.cameo === '030' && e.trigger.text === 'pledged'), show(help));
  const monday = code('Chile vowed on Monday to bomb Peru .', '2011-05-01');
  assert.ok(monday.some((e) => e.cameo === '138' && e.trigger.text === 'vowed'), show(monday));
  // (a pledge to stop force is no threat)
  const cease = code('Chile pledged to stop bombing Peru .', '2011-05-01');
  assert.ok(!cease.some((e) => e.plover === 'THREATEN'), show(cease));
  const stop = code('Chile promised to curb attacks by Bolivia .', '2011-05-01');
  assert.ok(stop.some((e) => e.cameo === '030' && e.trigger.text === 'promised'), show(stop));
  // (another actor's act announced later does not make the pledge a threat)
  const other = code('Chile pledged to help Peru after Bolivia threatened to bomb Peru .', '2011-05-01');
  assert.ok(!other.some((e) => e.trigger.text === 'pledged' && e.plover === 'THREATEN'), show(other));
});

test('round 15: demands with an infinitive or a deadline, investigations, blame, anger, verdicts, pressure, protest props', () => {
  const has = (text: string, cameo: string, trigger: string, src: string, tgt: string | undefined) => {
    const evs = code(text, '2011-05-01');
    assert.ok(evs.some((e) => e.cameo === cameo && e.trigger.text === trigger && root(e.source?.code) === src && (tgt === undefined || root(e.target?.code) === tgt)),
      `${text}: ${show(evs)}`);
  };
  // "warned X to <verb>", "told X to <verb>", "gave X N days to <verb>": demands (REQUEST), not threats or gifts
  has('Peru warned Chile to withdraw its troops from the border .', '100', 'warned', 'PER', 'CHL');
  has('Chile told Peru to release the prisoners .', '100', 'told', 'CHL', 'PER');
  has('Chile gave Peru three days to withdraw its troops .', '100', 'gave', 'CHL', 'PER');
  has('The government gave Bolivia 48 hours to comply .', '100', 'gave', 'BOL', 'BOL');
  // ordering an investigation is CAMEO 09 (the old INVESTIGATE, ACCUSE in the PLOVER gold), not an order to someone
  has('Chile ordered an investigation into the killings by Peruvian troops .', '090', 'ordered', 'CHL', 'PER');
  // criticism received: "came under criticism from X" is X's act on the subject
  has('Peru came under fierce criticism from Chile .', '111', 'criticism', 'CHL', 'PER');
  has('Peru came under heavy pressure from Chile to release the prisoners .', '100', 'pressure', 'CHL', 'PER');
  // putting the blame on someone accuses them; reacting angrily disapproves
  has('Chile put the blame for the explosion on Peru .', '112', 'put', 'CHL', 'PER');
  has('Chile reacted angrily to the decision by Peru .', '111', 'reacted angrily', 'CHL', 'PER');
  // a verdict on the object: "called X unacceptable", "described X as a violation" (not a phone call)
  has('Chile called the Peruvian measures unacceptable .', '111', 'called', 'CHL', 'PER');
  has('Chile described the Peruvian move as a violation of international law .', '111', 'described', 'CHL', 'PER');
  has('Chile railed against the Peruvian government .', '111', 'railed against', 'CHL', 'PER');
  has('Chile chided Peru over its handling of the crisis .', '111', 'chided', 'CHL', 'PER');
  has('Chile expressed frustration with Peru over the talks .', '110', 'expressed frustration', 'CHL', 'PER');
  // demands: a challenge to act, a deadline said with "until"; aid withheld or ended, blacklists: sanctions
  has('Chile challenged Peru to prove its claims .', '100', 'challenged', 'CHL', 'PER');
  has('Chile gave Peru until Friday to withdraw its troops .', '100', 'gave', 'CHL', 'PER');
  has('Chile withheld aid from Peru .', '162', 'withheld', 'CHL', 'PER');
  has('Chile ended its aid to Peru .', '162', 'ended', 'CHL', 'PER');
  has('Chile blacklisted three Peruvian companies .', '163', 'blacklisted', 'CHL', 'PER');
  has('Chile subpoenaed the Peruvian company .', '090', 'subpoenaed', 'CHL', 'PER');
  has('Chile positioned troops near the border with Peru .', '154', 'positioned', 'CHL', 'PER');
  has('Chile dispatched fighter jets to the border with Peru .', '154', 'dispatched', 'CHL', 'PER');
  // food flown somewhere is an airlift, not a visit
  has('Chile flew food and water to Peru .', '073', 'flew', 'CHL', 'PER');
  // hearings and doubts: grilling someone, questioning their commitment; blame laid "on" someone, a finger pointed
  has('Chilean lawmakers grilled Peruvian executives at a hearing on Tuesday .', '111', 'grilled', 'CHL', 'PER');
  has("Chile questioned Peru's commitment to the treaty .", '111', 'questioned', 'CHL', 'PER');
  has('Chile blamed the spill on Peru .', '112', 'blamed', 'CHL', 'PER');
  has('Chile pointed the finger at Peru for the spill .', '112', 'pointed', 'CHL', 'PER');
  has('The Chilean ambassador called the crackdown `` genocide \'\' .', '111', 'called', 'CHL', undefined);
  // pressure put on someone is a demand
  has('Chile stepped up pressure on Peru to release the prisoners .', '100', 'stepped up pressure', 'CHL', 'PER');
  // ships moved into a region are a show of force
  has('Chile moved two frigates into the waters off Peru .', '154', 'moved', 'CHL', undefined);
  // banners and placards carried by a crowd are a demonstration
  has('Chilean protesters holding banners gathered outside the Peruvian embassy .', '141', 'holding', 'CHL', undefined);
});

test('round 15: past tenses the tagger reads as adjectives or nouns before a name, "that" or a headline object', () => {
  const pressed = code('Chile on Monday pressured Peru to release the prisoners .', '2011-05-01');
  assert.ok(pressed.some((e) => e.cameo === '100' && e.trigger.text === 'pressured' && e.source?.code === 'CHL' && e.target?.code === 'PER'), show(pressed));
  const alleged = code('Bachelet alleged that Peru had tortured the prisoners .', '2011-05-01');
  assert.ok(alleged.some((e) => e.cameo === '112' && e.trigger.text === 'alleged' && root(e.target?.code) === 'PER'), show(alleged));
  const headline = code('May 3 - Bachelet slams fishing companies over the spill .', '2011-05-01');
  assert.ok(headline.some((e) => e.cameo === '111' && e.trigger.text === 'slams' && root(e.source?.code) === 'CHL'), show(headline));
});

test('round 15: no demand, verdict or pressure without their conditions', () => {
  // a warning without an infinitive stays a threat; telling reporters something is no demand
  const warn = code('Peru warned Chile of serious consequences .', '2011-05-01');
  assert.ok(warn.some((e) => e.cameo === '130') && !warn.some((e) => e.cameo === '100'), show(warn));
  const told = code('Chile told reporters that Peru would pay .', '2011-05-01');
  assert.ok(!told.some((e) => e.plover === 'REQUEST'), show(told));
  // a phone call stays a call; a reaction without anger is no criticism; an embassy moved is no show of force
  const phoned = code('Chile called Peru on Monday .', '2011-05-01');
  assert.ok(phoned.some((e) => e.cameo === '041'), show(phoned));
  const reacted = code('Chile reacted to the decision by Peru .', '2011-05-01');
  assert.ok(!reacted.some((e) => e.plover === 'ACCUSE'), show(reacted));
  const flew = code('Chile flew to Peru .', '2011-05-01');
  assert.ok(flew.some((e) => e.cameo === '042'), show(flew));
  const asked = code('Chile questioned the Peruvian ambassador about the spill .', '2011-05-01');
  assert.ok(!asked.some((e) => e.plover === 'ACCUSE'), show(asked));
  // (a named ultimatum stays a threat; troops who "shot dead" are no headline verb "forces")
  const ult = code('Chile gave Peru an ultimatum to withdraw its troops .', '2011-05-01');
  assert.ok(ult.some((e) => e.cameo === '139') && !ult.some((e) => e.cameo === '100'), show(ult));
  const shot = code('Chilean forces shot dead six people in Peru on Friday .', '2011-05-01');
  assert.ok(!shot.some((e) => e.trigger.text === 'forces') && shot.some((e) => e.plover === 'ASSAULT'), show(shot));
  const moved = code('Chile moved its embassy to Lima .', '2011-05-01');
  assert.ok(!moved.some((e) => e.plover === 'MOBILIZE'), show(moved));
  // (a noun in -ss after a name is no headline verb: "White House press secretary")
  const press = code('White House press secretary Jay Carney criticized Peru .', '2011-05-01');
  assert.ok(!press.some((e) => e.trigger.text === 'press'), show(press));
  // (withheld aid is a sanction, withheld comment none; an order for a review is no investigation)
  const withheld = code('Chile withheld comment on the Peruvian request .', '2011-05-01');
  assert.ok(!withheld.some((e) => e.plover === 'SANCTION'), show(withheld));
  // (pressure on a currency is no demand; a plural event noun or a hyphen is no headline verb)
  const dollar = code('The Chilean central bank put fresh pressure on the peso .', '2011-05-01');
  assert.ok(!dollar.some((e) => e.plover === 'REQUEST'), show(dollar));
  const committees = code('U.N. sanctions panels meet in private .', '2011-05-01');
  assert.ok(!committees.some((e) => e.trigger.text === 'sanctions'), show(committees));
  const pro = code('Pro- Bachelet forces retook the town .', '2011-05-01');
  assert.ok(!pro.some((e) => e.trigger.text === 'forces'), show(pro));
  // being under pressure is nobody's act without a "from" phrase
  const critics = code('Peru came under fire from Chilean critics .', '2011-05-01');
  assert.ok(!critics.some((e) => e.plover === 'ASSAULT'), show(critics));
  const peso = code('The Peruvian peso came under pressure on Monday .', '2011-05-01');
  assert.ok(!peso.some((e) => e.plover === 'REQUEST'), show(peso));
  const under = code('Peru has been under pressure over the border .', '2011-05-01');
  assert.ok(!under.some((e) => e.plover === 'REQUEST'), show(under));
});

test('round 15: fighting a thing is no force, razing a town is, and places, parties and openers', () => {
  // "fight" and "battle" need an actor, a group or a fight as object (or none): not a problem or a fire, and so a
  // pledge to fight corruption stays a pledge
  for (const text of ['Chile vowed to fight corruption .', 'Peruvian firefighters fought the blaze for hours .']) {
    const evs = code(text, '2011-05-01');
    assert.ok(!evs.some((e) => e.plover === 'ASSAULT' || e.plover === 'THREATEN'), `${text}: ${show(evs)}`);
  }
  const guerrillas = code('Peruvian troops fought Shining Path guerrillas near Ayacucho .', '2011-05-01');
  assert.ok(guerrillas.some((e) => e.plover === 'ASSAULT' && root(e.source?.code) === 'PER' && root(e.target?.code) === 'PER'), show(guerrillas));
  const cartels = code('Chilean police are fighting drug cartels in Santiago .', '2011-05-01');
  assert.ok(cartels.some((e) => e.plover === 'ASSAULT' && e.target?.code === 'CHLCRM'), show(cartels));
  // destroying a settlement is the PLOVER table's ASSAULT (CAMEO 1712); demolishing homes stays COERCE
  const razed = code('Bolivian troops razed the northern district of Sucre in 1985 .', '2011-05-01');
  assert.ok(razed.some((e) => e.cameo === '1712' && e.plover === 'ASSAULT' && root(e.target?.code) === 'BOL'), show(razed));
  const level = code('The general ordered his troops to level the whole town of Oruro .', '2011-05-01');
  assert.ok(level.some((e) => e.plover === 'ASSAULT' && e.trigger.text === 'level' && root(e.target?.code) === 'BOL'), show(level));
  const homes = code('Chilean bulldozers demolished homes in Santiago .', '2011-05-01');
  assert.ok(homes.some((e) => e.cameo === '171' && e.plover === 'COERCE'), show(homes));
  // "opened the door to talks with": talks offered, not held; "rival political parties" are of the one country
  const door = code('The Chilean president opened the door on Sunday to talks with three small parties .', '2011-05-01');
  assert.ok(door.some((e) => e.plover === 'CONSULT' && e.factuality === 'future' && intentPlover(e, '') === 'AGREE' && e.target?.code === 'CHLPTY'), show(door));
  // a word capitalised for opening the sentence is no town ("Street", England), also after a dateline; a gerund
  // before a verb of breaking out or going on is the subject noun
  for (const text of ['Street fighting raged in Bolivia \'s capital on Monday .', 'LA PAZ ( Reuters ) - Street fighting raged in Bolivia \'s capital on Monday .']) {
    const evs = code(text, '2011-05-01');
    assert.ok(evs.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'BOL' && e.target?.code === 'BOL'), `${text}: ${show(evs)}`);
    assert.ok(!evs.some((e) => e.source?.code === 'GBR'), `${text}: ${show(evs)}`);
  }
  // an Arabic article before a place name ("al-Bayda") keeps the place
  const bayda = code('Rebel forces near al-Bayda shelled the airport .', '2011-05-01');
  assert.ok(bayda.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'LBYREB'), show(bayda));
  // a named place captured is a military gain, a person captured by a state an arrest; by militants, an abduction
  // (CAMEO 181, hostage taking: changed with the made-up sentences of batch b, test/events-made-b.test.ts)
  const town = code('Peruvian troops captured Iquitos .', '2011-05-01');
  assert.ok(town.some((e) => e.cameo === '190' && e.target?.code === 'PER'), show(town));
  const soldier = code('Hamas militants captured an Israeli soldier .', '2011-05-01');
  assert.ok(soldier.some((e) => e.cameo === '181'), show(soldier));
});

test('round 15: passives with no agent, answers with force, international bodies, time limits, blame, relative appositions', () => {
  // a named body shut down with no agent, in a sentence that names one country: that country's act on its own
  const shut = code('Chile \'s interior ministry said that the Qarno Group , a mobile phone operator , has been shut down .', '2011-05-01');
  assert.ok(shut.some((e) => e.plover === 'COERCE' && e.source?.code === 'CHL' && e.target?.code === 'CHL'), show(shut));
  // (not a thing: nobody is guessed for a rig destroyed)
  const rig = code('The rig was destroyed , Chilean officials said .', '2011-05-01');
  assert.ok(!rig.some((e) => e.source?.code === 'CHL'), show(rig));
  // force answering an uprising or protests is aimed at home, also past an aside in commas
  const uprising = code('Peru reacted to the uprising , inspired by events abroad , with military assaults on protest camps .', '2011-05-01');
  assert.ok(uprising.some((e) => e.plover === 'ASSAULT' && e.source?.code === 'PER' && e.target?.code === 'PER'), show(uprising));
  const crackdown = code('Peru responded to the protests with a crackdown .', '2011-05-01');
  assert.ok(crackdown.some((e) => e.cameo === '175' && e.source?.code === 'PER' && e.target?.code === 'PER'), show(crackdown));
  // an international body asks the unnamed groups of the one country it works in
  const parties = code('The head of UN monitors in Chad has urged warring parties to allow aid convoys through .', '2011-05-01');
  assert.ok(parties.some((e) => e.plover === 'REQUEST' && root(e.source?.code) === 'IGO' && root(e.target?.code) === 'TCD'), show(parties));
  // a time limit given for an act is a demand; the one given it does the act
  const days = code('The Andean Community gave Bolivia three days to free the hostages .', '2011-05-01');
  assert.ok(days.some((e) => e.plover === 'REQUEST' && e.trigger.text === 'gave' && e.target?.code === 'BOL'), show(days));
  assert.ok(days.some((e) => e.trigger.text === 'free' && e.source?.code === 'BOL'), show(days));
  const hours = code('Chile has given Peru 48 hours to withdraw its troops .', '2011-05-01');
  assert.ok(hours.some((e) => e.plover === 'REQUEST' && e.source?.code === 'CHL' && e.target?.code === 'PER'), show(hours));
  // ordering inspections investigates; putting the blame on someone accuses them
  const insp = code('The Chilean minister ordered inspections of all copper mines .', '2011-05-01');
  assert.ok(insp.some((e) => e.cameo === '090' && root(e.source?.code) === 'CHL'), show(insp));
  const blame = code('Chile sought to put the blame on Peru .', '2011-05-01');
  assert.ok(blame.some((e) => e.plover === 'ACCUSE' && e.source?.code === 'CHL' && e.target?.code === 'PER'), show(blame));
  // an apposition with a relative clause; a relative clause with an aside in dashes; "-ed" read as an adjective
  const alleged = code('Chile , the country that owns the mine , alleged that Peru is refusing to pay .', '2011-05-01');
  assert.ok(alleged.some((e) => e.plover === 'ACCUSE' && e.source?.code === 'CHL' && e.target?.code === 'PER'), show(alleged));
  const envoys = code('The two Bolivian envoys who took part in the joint talks - a diplomat and a general - refused to endorse Peru \'s findings .', '2011-05-01');
  assert.ok(envoys.some((e) => e.plover === 'REJECT' && root(e.source?.code) === 'BOL' && e.target?.code === 'PER'), show(envoys));
  const pressed = code('Bolivia pressured Chile to reopen the border .', '2011-05-01');
  assert.ok(pressed.some((e) => e.plover === 'REQUEST' && e.source?.code === 'BOL' && e.target?.code === 'CHL'), show(pressed));
  // a headline's present tense before a plural noun
  const slams = code('Morales slams lawmakers in Chile over the vote .', '2011-05-01');
  assert.ok(slams.some((e) => e.plover === 'ACCUSE' && e.trigger.text === 'slams' && root(e.target?.code) === 'CHL'), show(slams));
});

test('round 15: a domestic group\'s appeal with no addressee is made of its state; time limits only before "to"', () => {
  // ("opposition leaders" in the plural are the opposition, not officials)
  const permit = code('Bolivian opposition leaders requested permission to hold a rally in La Paz .', '2011-05-01');
  assert.ok(permit.some((e) => e.plover === 'REQUEST' && e.source?.code === 'BOLOPP' && e.target?.code === 'BOL'), show(permit));
  // (a named addressee or an owner of the object stays: "an end to Morales's rule"; a state's own request guesses none)
  const end = code('Bolivian rebels demanded an end to Morales \'s rule .', '2011-05-01');
  assert.ok(end.some((e) => e.plover === 'REQUEST' && e.target?.code === 'BOLGOV'), show(end));
  const un = code('Bolivian rebels urged the UN to intervene .', '2011-05-01');
  assert.ok(un.some((e) => e.plover === 'REQUEST' && root(e.target?.code) === 'IGO'), show(un));
  const state = code('Bolivia requested permission to land .', '2011-05-01');
  assert.ok(!state.some((e) => e.plover === 'REQUEST' && e.target), show(state));
  // "gave ... the day after" is no time limit
  const interview = code('Morales gave Chile an interview the day after the vote .', '2011-05-01');
  assert.ok(!interview.some((e) => e.plover === 'REQUEST'), show(interview));
});

test('round 15: a refusal of an idea is aimed at the actor along its "of" chain, past a gerund', () => {
  const idea = code('Bolivia rejected the idea of sending UN peacekeepers .', '2011-05-01');
  assert.ok(idea.some((e) => e.plover === 'REJECT' && e.source?.code === 'BOL' && root(e.target?.code) === 'IGO'), show(idea));
  // (a refusal whose chain names nobody stays domestic)
  const plan = code('Bolivia rejected the idea of a new tax .', '2011-05-01');
  assert.ok(plan.some((e) => e.plover === 'REJECT' && e.target?.code === 'BOL'), show(plan));
});

test('a phrase after ", and" that a verb follows starts a new clause, not a conjunct of the one before', () => {
  const evs = code('Chile will send a frigate to the Pacific coast and fighter jets to Arica , and Peru is sending ships to join the exercise .', '2011-05-01');
  assert.ok(evs.some((e) => e.plover === 'MOBILIZE' && e.source?.code === 'CHL'), show(evs));
  assert.ok(!evs.some((e) => e.source?.code === 'CHL' && e.target?.code === 'PER'), show(evs));
  // (a list with the serial comma, "A, B, and C", is one list of sources, the first two included)
  const list = code('Chile , Peru , and Bolivia condemned the attack on Ecuador .', '2011-05-01');
  assert.ok(['CHL', 'PER', 'BOL'].every((c) => list.some((e) => e.plover === 'ACCUSE' && e.source?.code === c)), show(list));
});
