// Mentions, chains and actors on the defining example (issue 4 "Done when"), with and without the tagger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nth, seedArticle } from './fixtures.js';
import { analyzeText } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { mergeSpans, scanNames, scanTitled } from '../src/entities/scan.js';
import { resolveMentions } from '../src/entities/resolve.js';
import { lookupPlace } from '../src/actors/index.js';
import { sharedPath } from '../src/util/paths.js';
import type { Doc } from '../src/model/index.js';
import type { EntityLayer, Mention } from '../src/model/layers.js';

const article = seedArticle();
const text = article.text;
const doc = analyzeText(article);
const full = recognizeEntities(doc);

/** The same stage with no statistical tagger: dictionary and title spans only. */
function withoutTagger(d: Doc): EntityLayer {
  const words = d.tokens.map((t) => t.text);
  const ss = new Int32Array(d.tokens.length);
  for (const s of d.sentences) ss.fill(s.tokenStart, s.tokenStart, s.tokenEnd);
  return resolveMentions(d, mergeSpans([], scanTitled(d, words, ss), scanNames(d, words)));
}
const bare = withoutTagger(doc);

/** The mention that starts at the n-th occurrence of a string. */
function mentionAtText(layer: EntityLayer, needle: string, n = 0): Mention | undefined {
  const at = nth(text, needle, n);
  const all = layer.mentions.filter((m) => m.start === at);
  return all.find((m) => m.kind !== 'pronoun') ?? all[0];
}

for (const [label, layer] of [['with the tagger', full], ['dictionary and titles only', bare]] as const) {
  test(`seed people resolve to their actor codes (${label})`, () => {
    const expect: [string, string, string][] = [
      ['Antony Blinken', 'USAGOV', 'Antony Blinken'],
      ['Blinken’s trip', 'USAGOV', 'Antony Blinken'],
      ['Jen Psaki', 'USAGOV', 'Jen Psaki'],
      ['Ned Price', 'USAGOV', 'Ned Price'],
      ['Sergei Lavrov', 'RUSGOV', 'Sergei Lavrov'],
      ['Vladimir Putin', 'RUSGOV', 'Vladimir Putin'],
      ['Volodymyr Zelenskyy', 'UKRGOV', 'Volodymyr Zelenskyy'],
      ['Dmytro Kuleba', 'UKRGOV', 'Dmytro Kuleba'],
      ['Annalena Baerbock', 'DEUGOV', 'Annalena Baerbock'],
      ['William Burns', 'USASPY', 'William Burns'],
      ['John Kirby', 'USAMIL', 'John Kirby'],
      ['Kirby said', 'USAMIL', 'John Kirby'],
    ];
    for (const [needle, code, name] of expect) {
      const m = mentionAtText(layer, needle);
      assert.ok(m, `no mention at "${needle}"`);
      assert.equal(m.type, 'PER', needle);
      assert.equal(m.actor?.code, code, needle);
      assert.equal(m.name, name, needle);
      const e = layer.entities.find((x) => x.start === m.start);
      assert.equal(e?.actor?.code, code, `entity ${needle}`);
    }
  });

  test(`seed titles become roles (${label})`, () => {
    assert.equal(mentionAtText(layer, 'Antony Blinken')?.role, 'Secretary of State');
    assert.equal(mentionAtText(layer, 'William Burns')?.role, 'CIA Director');
    assert.equal(mentionAtText(layer, 'Ned Price')?.role, 'State Department spokesperson');
    assert.equal(mentionAtText(layer, 'John Kirby')?.role, 'Pentagon spokesperson');
    assert.equal(mentionAtText(layer, 'Jen Psaki')?.role, 'White House Press Secretary');
    assert.equal(mentionAtText(layer, 'Dmytro Kuleba')?.role, 'Foreign Minister');
  });

  test(`seed places and organisations (${label})`, () => {
    for (const place of ['Geneva', 'Kyiv', 'Berlin']) {
      const e = layer.entities.find((x) => x.text === place);
      assert.equal(e?.type, 'GPE', place);
      assert.ok(lookupPlace(e!.text), place);
    }
    assert.equal(layer.entities.find((x) => x.text === 'Geneva')?.actor?.code, 'CHE');
    const orgs: [string, string][] = [['NATO', 'IGOWSTNAT'], ['CIA', 'USASPY'], ['State Department', 'USAGOV'], ['Pentagon', 'USAMIL']];
    for (const [org, code] of orgs) {
      const e = layer.entities.find((x) => x.text === org);
      assert.equal(e?.type, 'ORG', org);
      assert.equal(e?.actor?.code, code, org);
    }
  });

  test(`"his Russian counterpart" is Lavrov, the first time too (${label})`, () => {
    const lavrov = mentionAtText(layer, 'Sergei Lavrov')!;
    for (const n of [0, 1]) {
      const c = mentionAtText(layer, 'his Russian counterpart', n);
      assert.ok(c, `counterpart ${n}`);
      assert.equal(c.kind, 'nominal');
      assert.equal(c.text, 'his Russian counterpart');
      assert.equal(c.chain, lavrov.chain, `counterpart ${n}`);
      assert.equal(c.name, 'Sergei Lavrov');
      assert.equal(c.actor?.code, 'RUSGOV');
    }
    const german = mentionAtText(layer, 'his German counterpart');
    assert.equal(german?.chain, mentionAtText(layer, 'Annalena Baerbock')?.chain);
  });

  test(`pronouns and nominals join the right chains (${label})`, () => {
    const blinken = mentionAtText(layer, 'Antony Blinken')!;
    const he = layer.mentions.find((m) => m.kind === 'pronoun' && m.start === nth(text, 'he will meet'));
    assert.equal(he?.chain, blinken.chain);
    const He = layer.mentions.find((m) => m.kind === 'pronoun' && m.start === nth(text, 'He will also'));
    assert.equal(He?.chain, blinken.chain);
    assert.equal(He?.actor?.code, 'USAGOV');
    const diplomat = mentionAtText(layer, 'the United States’ top diplomat');
    assert.equal(diplomat?.kind, 'nominal');
    assert.equal(diplomat?.chain, blinken.chain);
    const him = layer.mentions.find((m) => m.kind === 'pronoun' && m.start === nth(text, 'him multiple'));
    assert.equal(him?.name, 'Vladimir Putin');
    // Pronouns are mentions, never entities.
    assert.ok(!layer.entities.some((e) => /^(he|his|him|He)$/.test(e.text)));
  });

  test(`"the official" is the last unnamed official (${label})`, () => {
    const senior = mentionAtText(layer, 'A senior state department official');
    assert.ok(senior);
    assert.equal(senior.kind, 'nominal');
    assert.equal(senior.actor?.code, 'USAGOV');
    const official = mentionAtText(layer, 'the official said');
    assert.equal(official?.chain, senior.chain);
    assert.equal(official?.actor?.code, 'USAGOV');
    assert.notEqual(senior.chain, mentionAtText(layer, 'a U.S. official')?.chain);
  });

  test(`mentionAt covers names, titles and pronouns (${label})`, () => {
    const ti = (needle: string, n = 0): number => doc.tokens.findIndex((t) => t.start === nth(text, needle, n));
    assert.equal(layer.mentionAt(ti('Blinken’s'))?.name, 'Antony Blinken');
    assert.equal(layer.mentionAt(ti('Secretary of State'))?.name, 'Antony Blinken'); // the title token
    assert.equal(layer.mentionAt(ti('counterpart', 0))?.name, 'Sergei Lavrov');
    assert.equal(layer.mentionAt(ti('his way'))?.kind, 'pronoun');
    assert.equal(layer.mentionAt(ti('tensions'))?.text, undefined);
    assert.equal(layer.mentionAt(-1), undefined);
    for (const m of layer.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
}

test('entities on real news: consistent spans, chains and codes', (t) => {
  const root = sharedPath('corpus', 't17');
  if (!root) return t.skip('needs ../shared/corpus/t17');
  const files: { path: string; date: string }[] = [];
  for (const topic of readdirSync(root).sort().slice(0, 6)) {
    const d = join(root, topic, 'InputDocs');
    const days = readdirSync(d).sort();
    for (const day of days.slice(0, 3)) for (const f of readdirSync(join(d, day)).sort().slice(0, 1)) files.push({ path: join(d, day, f), date: day });
  }
  let people = 0, coded = 0;
  for (const f of files) {
    const d = analyzeText({ id: f.path, date: f.date, text: readFileSync(f.path, 'utf8') });
    const layer = recognizeEntities(d);
    for (const e of layer.entities) {
      assert.equal(d.article.text.slice(e.start, e.end), e.text);
      if (e.actor) assert.match(e.actor.code, /^[A-Z]{3}[A-Z]*$/);
      if (e.type === 'PER') { people++; if (e.actor) coded++; }
    }
    for (let i = 0; i < d.tokens.length; i++) {
      const m = layer.mentionAt(i);
      if (m && m.kind !== 'name') assert.ok(i >= m.tokenStart && i < m.tokenEnd);
    }
  }
  assert.ok(people > 0 && coded > 0, `people ${people}, coded ${coded}`);
});

function layerFor(text: string, date = '2022-01-21'): { layer: EntityLayer; doc: Doc } {
  const d = analyzeText({ id: 't', date, text });
  return { layer: recognizeEntities(d), doc: d };
}

test('a counterpart not named in the article is the office holder of that date', () => {
  const { layer } = layerFor('Secretary of State Antony Blinken will meet his Russian counterpart in Geneva on Friday.');
  const c = layer.mentions.find((m) => m.kind === 'nominal' && m.text === 'his Russian counterpart');
  assert.equal(c?.name, 'Sergei Lavrov');
  assert.equal(c?.actor?.code, 'RUSGOV');
  const { layer: l2 } = layerFor('Secretary of State Antony Blinken will meet his Ukrainian counterpart in Kyiv.');
  assert.equal(l2.mentions.find((m) => m.text === 'his Ukrainian counterpart')?.name, 'Dmytro Kuleba');
});

test('group and titled nominals carry country and sector', () => {
  const text = 'Russian troops massed near the border. Montenegro’s prime minister said NATO forces would stay. '
    + 'President Vladimir Putin spoke on Monday. The president said he was ready.';
  const { layer, doc } = layerFor(text);
  const at = (needle: string): Mention | undefined => layer.mentionAt(doc.tokens.findIndex((t) => t.start === text.indexOf(needle)));
  assert.equal(at('troops')?.actor?.code, 'RUSMIL');
  assert.equal(at('minister')?.actor?.code, 'MNEGOV');
  assert.equal(at('forces')?.actor?.code, 'IGOWSTNAT');
  const president = layer.mentions.find((m) => m.kind === 'nominal' && m.text === 'The president');
  assert.equal(president?.name, 'Vladimir Putin');
  assert.equal(layer.mentions.find((m) => m.kind === 'pronoun' && m.text === 'he')?.name, 'Vladimir Putin');
});

test('a titled person nobody knows takes the country named in the sentence', () => {
  const doc = analyzeText({ id: 't', date: '2000-01-01', text: 'President Jonas Mbekele has banned Ugandan opposition candidates from the elections.' });
  const m = recognizeEntities(doc).mentions.find((x) => x.text.includes('Mbekele'));
  assert.equal(m?.actor?.code, 'UGAGOV');
  const doc2 = analyzeText({ id: 't', date: '2000-01-01', text: 'A group of Tunisian diplomats held a first meeting with President Obama.' });
  const o = recognizeEntities(doc2).mentions.find((x) => x.text === 'Obama');
  assert.equal(o?.actor?.code, 'USAGOV'); // a known person before his office, not Tunisia's and not the town
});

test('an unknown person in apposition with a title or a demonym takes its country', () => {
  const code = (text: string, name: string): string | undefined =>
    layerFor(text, '1995-01-01').layer.mentions.find((m) => m.kind === 'name' && m.text === name)?.actor?.code;
  assert.equal(code('Peter Okello, the Ugandan rebel leader, attacked the village.', 'Peter Okello'), 'UGAREB');
  assert.equal(code('Hassan Farah, a Somali militia commander, attacked the town.', 'Hassan Farah'), 'SOMUAF');
  assert.equal(code('Salah Haddad, an Algerian surgeon, accused the army of torture.', 'Salah Haddad'), 'DZA');
  // a country's possessive and adjectives before the title
  assert.equal(code('Salah Haddad, Algeria\'s leading human rights activist, went on hunger strike.', 'Salah Haddad'), 'DZAHRI');
  // a demonym right before an unknown name
  assert.equal(code('Israeli troops shot dead Palestinian Ahmed Qassem in Hebron.', 'Ahmed Qassem'), 'PSE');
  assert.equal(code('Briton Terry Waite was freed.', 'Terry Waite'), 'GBR');
  // a name in a list is no apposition
  assert.notEqual(code('Salah Haddad, Algerian President Liamine Zeroual and others met.', 'Salah Haddad'), 'DZAGOV');
});

test('"ethnic" before a demonym: a group by descent belongs to the other country of the sentence', () => {
  const at = (text: string, needle: string): string | undefined => {
    const { layer, doc } = layerFor(text, '2001-09-01');
    return layer.mentionAt(doc.tokens.findIndex((t) => t.start === text.indexOf(needle)))?.actor?.code;
  };
  assert.equal(at('Ethnic Albanian rebels in Macedonia attacked a police station.', 'rebels'), 'MKDREB');
  assert.equal(at('Thousands of ethnic Turks in Bulgaria protested against the government.', 'Turks'), 'BGR');
  // without "ethnic" the demonym is the country's
  assert.equal(at('Albanian rebels in Macedonia attacked a police station.', 'rebels'), 'ALBREB');
  // no other country named: the demonym's country stays
  assert.equal(at('Ethnic Albanians marched in the streets.', 'Albanians'), 'ALB');
});

test('a place in a later clause of the sentence does not place a group before it', () => {
  const at = (text: string, needle: string, prefix = ''): string | undefined => {
    const { layer, doc } = layerFor(prefix + text, '2011-02-03');
    return layer.mentionAt(doc.tokens.findIndex((t) => t.start === (prefix + text).lastIndexOf(needle)))?.actor?.code?.slice(0, 3) ?? '';
  };
  // the place opens an "as" or "since" clause of its own after the group
  assert.equal(at('Officials told villagers to leave their homes , as engineers struggled with the worst flood since the storm in Bolivia .', 'villagers'), '');
  assert.equal(at('Hundreds of farmers have fled since a drought began in Bolivia .', 'farmers'), '');
  // in the group's own clause it still places it; "as part of" opens no clause; a place before sets the scene
  assert.equal(at('Officials told villagers in Bolivia to leave their homes .', 'villagers'), 'BOL');
  assert.equal(at('Soldiers cleared the roads as part of a relief effort in Bolivia .', 'Soldiers'), 'BOL');
  assert.equal(at('Floods have hit towns across Bolivia since the rains began , and villagers fled .', 'villagers'), 'BOL');
  // a group whose own clause names no country takes the article's, not the later clause's
  const about = 'Protests spread across Yemen on Friday. In Sanaa , thousands marched. Yemen has been ruled by one man for 32 years. '
    + 'Students in Aden and Taiz joined the marches. ';
  assert.equal(at('Hundreds of students have been detained since a revolt toppled the leader of Tunisia .', 'students', about), 'YEM');
});

test('a bare group in a sentence naming no country takes the country the article is clearly about', () => {
  const about = 'Protests spread across Yemen on Friday. In Sanaa , thousands marched. Yemen has been ruled by one man for 32 years. '
    + 'Students in Aden and Taiz joined the marches. ';
  const at = (text: string, needle: string): string | undefined => {
    const { layer, doc } = layerFor(text, '2011-02-03');
    return layer.mentionAt(doc.tokens.findIndex((t) => t.start === text.lastIndexOf(needle)))?.actor?.code;
  };
  assert.equal(at(about + 'Police turned water cannons on protesters .', 'Police'), 'YEMCOP');
  assert.equal(at(about + 'Police turned water cannons on protesters .', 'protesters')?.slice(0, 3), 'YEM');
  // a round-up of two countries is about neither
  const two = 'Protests spread across Yemen and Bahrain on Friday. In Sanaa and Manama , thousands marched. Yemen and Bahrain '
    + 'have long been ruled by the same men. ';
  assert.equal(at(two + 'Police turned water cannons on protesters .', 'Police')?.slice(0, 3) ?? '', '');
  // a country in the sentence wins; plural governments and reporters are of anywhere
  assert.equal(at(about + 'In Egypt police turned water cannons on protesters .', 'police'), 'EGYCOP');
  assert.equal(at(about + 'The crisis worries governments .', 'governments')?.slice(0, 3) ?? '', '');
  assert.equal(at(about + 'Journalists were beaten .', 'Journalists')?.slice(0, 3) ?? '', '');
  // a place no gazetteer lists, after a preposition, is in that country; a region with "the" is not
  const spaced = about.replace(/\. /g, ' . ');
  assert.equal(at(spaced + 'Troops shelled the district of Bab Amr on Monday .', 'Bab Amr'), 'YEM');
  assert.equal(at(about + 'Rebels sought talks with the West .', 'West')?.slice(0, 3) ?? '', '');
});

test('names are scanned at capitals of any script, and at no lower-case word', () => {
  // scan.ts turns away words that start with an ASCII character other than A-Z before its regexes: a capital
  // outside ASCII ("Éire", "Ólafur") still goes to them, a lower-case country name is no name.
  const d = analyzeText({ id: 't', date: '2020-01-01', text: 'Talks ended; ukraine said nothing, but Ukraine and Éire did. Prime Minister Ólafur Ragnar spoke later.' });
  const words = d.tokens.map((t) => t.text);
  const ss = new Int32Array(d.tokens.length);
  for (const s of d.sentences) ss.fill(s.tokenStart, s.tokenStart, s.tokenEnd);
  const show = (spans: { tokenStart: number; tokenEnd: number; type: string }[]) => spans.map((s) => `${words.slice(s.tokenStart, s.tokenEnd).join(' ')}/${s.type}`);
  assert.deepEqual(show(scanNames(d, words)), ['Ukraine/GPE', 'Éire/GPE']);
  assert.deepEqual(show(scanTitled(d, words, ss)), ['Ólafur Ragnar/PER']);
});

test('a bare definite "the alliance", "the company" joins the organisation named shortly before that fits it', () => {
  /** The mention at the last occurrence of `needle`: its actor code, or its chain's name when it has none. */
  const at = (text: string, needle: string): string => {
    const { layer, doc } = layerFor(text, '2021-03-02');
    const m = layer.mentionAt(doc.tokens.findIndex((t) => t.start === text.lastIndexOf(needle)));
    return m?.actor?.code ?? m?.name ?? '';
  };
  const alliance = 'NATO will hold drills near the lake next month. Norway is sending two ships to the drills, the alliance said.';
  assert.equal(at(alliance, 'the alliance'), 'IGOWSTNAT');
  // a company by its code, and an unknown one by a word of its name
  assert.equal(at('Halliburton lost a big order on Monday. Its shares fell, the company said.', 'the company'), 'MNC');
  assert.equal(at('Zorbex Corp lost a big order on Monday. Its shares fell, the firm said.', 'the firm'), 'Zorbex Corp');
  // the most recent organisation that fits: the EU is no alliance, ASEAN is the later bloc
  assert.equal(at('NATO met on Monday. The EU met on Tuesday. Talks went well, the alliance said.', 'the alliance'), 'IGOWSTNAT');
  assert.equal(at('The EU met on Monday. ASEAN met on Tuesday. Talks went well, the bloc said.', 'the bloc'), 'IGOSEAASN');
  // no fitting organisation, one too far back, another modifier or noun, "of": no link to NATO
  assert.notEqual(at('NATO met on Monday. Talks went well, the company said.', 'the company'), 'IGOWSTNAT');
  const far = 'NATO met on Monday. Rain fell. Snow fell. Wind blew. Fog came. Talks went well, the alliance said.';
  assert.notEqual(at(far, 'the alliance'), 'IGOWSTNAT');
  assert.notEqual(at('NATO met on Monday. Talks went well, the alliance members said.', 'the alliance'), 'IGOWSTNAT');
  assert.notEqual(at('The UN Security Council met on Monday. Later the body of a man was found.', 'the body'), 'IGOUNO');
});
