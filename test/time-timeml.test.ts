// TimeML contract (annotate --format timeml) and the TempEval-3 scorer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateTimeML, parseTml, stripTextTags } from '../src/formats/timeml.js';
import { figures, matchTimexes, runSet, score, zero } from '../eval/timex.js';
import { meantimeDir, readCat, systemTimexes, toTokenSpan } from '../eval/timex-meantime.js';
import { runT17 } from '../eval/timex-t17.js';
import { sharedPath } from '../src/util/paths.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20" temporalFunction="false" functionInDocument="CREATION_TIME">1998-11-20</TIMEX3></DCT>
<TEXT>
Smith &amp; Sons said Friday that profit fell 5% in the third quarter &lt;unaudited&gt;.
The company expects a recovery next year, its chief said at 3 p.m.
</TEXT>
</TimeML>
`;

test('annotateTimeML inserts TIMEX3 tags and leaves every other byte as it was', () => {
  const out = annotateTimeML(TML, 'T1.tml');
  assert.equal(stripTextTags(out), TML);
  assert.equal(out.replace(/<TIMEX3 tid="t[1-9]\d*"[^>]*>|<\/TIMEX3>(?!<\/DCT>)/g, ''), TML);
  const doc = parseTml(out);
  assert.equal(doc.dct, '1998-11-20');
  assert.deepEqual(doc.timexes.map((t) => `${t.tid}|${t.text}|${t.type}|${t.value}`), [
    't1|Friday|DATE|1998-11-20',
    't2|the third quarter|DATE|1998-Q3',
    't3|next year|DATE|1999',
    't4|3 p.m.|TIME|1998-11-20T15:00',
  ]);
  // entities are decoded for the tagger but stay encoded in the file
  assert.ok(doc.text.includes('Smith & Sons') && out.includes('Smith &amp; Sons'));
});

test('a TimeML file without a DCT is refused with a clear message', () => {
  assert.throws(() => annotateTimeML('<TimeML><TEXT>On Friday.</TEXT></TimeML>', 'x.tml'), /x\.tml: no document creation time/);
});

test('TempEval-3 scoring: strict, relaxed, attribute accuracy times relaxed F1', () => {
  const t = (start: number, end: number, value: string) => ({ start, end, text: '', type: 'DATE' as const, value });
  const gold = [t(0, 10, '1998-01-01'), t(20, 30, '1998'), t(40, 45, 'P1D')];
  const sys = [t(0, 10, '1998-01-01'), t(22, 30, '1997'), t(60, 65, 'P2D')];
  assert.equal(matchTimexes(gold, sys).strict, 1);
  const c = zero();
  score(c, gold, sys);
  const f = figures(c, 1);
  assert.equal(f.strictF1, 33.3);
  assert.equal(f.relaxedF1, 66.7);
  assert.equal(f.valueAcc, 50);
  assert.equal(f.valueF1, 33.3);
  assert.equal(f.typeF1, 66.7);
});

test('TimeBank (development): value F1 stays above 75 and every TEXT comes back unchanged', (t) => {
  const dir = sharedPath('gold', 'timex', 'tbaq', 'TimeBank');
  if (!dir) return t.skip('needs ../shared/gold/timex/tbaq');
  const r = runSet('TimeBank', dir);
  assert.deepEqual(r.altered, []);
  assert.ok(r.figures.relaxedF1 >= 88, `relaxed F1 ${r.figures.relaxedF1}`);
  assert.ok(r.figures.valueF1 >= 75, `value F1 ${r.figures.valueF1}`);
});

test('Timeline17 news (development, hand-annotated): every gold extent still covers its text, value F1 stays above 85', (t) => {
  const root = sharedPath('corpus', 't17');
  if (!root) return t.skip('needs ../shared/corpus/t17');
  const { rows } = runT17(root); // throws when a gold extent no longer covers the text it was annotated on
  const all = rows.get('all')!;
  assert.ok(all.gold >= 200, `${all.gold} gold timexes`);
  assert.ok(all.valueF1 >= 85, `value F1 ${all.valueF1}`);
});

test('WikiWars: gold files parse and tag without altering the text', (t) => {
  const dir = sharedPath('gold', 'timex', 'wikiwars');
  if (!dir) return t.skip('needs ../shared/gold/timex/wikiwars');
  const f = readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()[0]!;
  const raw = stripTextTags(readFileSync(join(dir, f), 'utf8'));
  const out = annotateTimeML(raw, f);
  assert.equal(stripTextTags(out), raw);
  assert.ok(parseTml(out).timexes.length > 20);
});

// MEANTIME reader (eval/timex-meantime.ts): a small synthetic CAT file, then the real corpus' counts only.
const CAT = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">sues</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">5</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">The</token>
<token number="7" sentence="2" t_id="8">firm</token>
<token number="8" sentence="2" t_id="9">\`\`</token>
<token number="9" sentence="2" t_id="10">said</token>
<token number="10" sentence="2" t_id="11">''</token>
<token number="11" sentence="2" t_id="12">on</token>
<token number="12" sentence="2" t_id="13">Tuesday</token>
<token number="13" sentence="2" t_id="14">it</token>
<token number="14" sentence="2" t_id="15">&apos;s</token>
<token number="15" sentence="2" t_id="16">done</token>
<token number="16" sentence="2" t_id="17">.</token>
<Markables>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2008-03-05">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="21" type="DATE" value="2008-03-04">
<token_anchor t_id="13"/>
</TIMEX3>
<TIMEX3 beginPoint="20" functionInDocument="NONE" m_id="22" type="DATE" value="2008-03-12"/>
</Markables>
</Document>`;

test('MEANTIME reader: text from tokens, creation time and empty TIMEX3 left out, our timexes as token spans', () => {
  const doc = readCat(CAT, 'x');
  assert.equal(doc.text, 'Apple sues\nMarch 5, 2008\nThe firm "said" on Tuesday it\'s done.');
  assert.equal(doc.dct, '2008-03-05');
  assert.deepEqual(doc.dctSpan, [2, 6]);
  assert.deepEqual(doc.counts, { all: 3, creation: 1, empty: 1 });
  assert.deepEqual(doc.timexes.map((t) => `${t.start}-${t.end}|${t.text}|${t.value}`), ['12-13|Tuesday|2008-03-04']);
  // the dateline is the creation time, not a timex of the text; "Tuesday" is the day before it
  assert.deepEqual(systemTimexes(doc).map((t) => `${t.start}-${t.end}|${t.text}|${t.value}`), ['12-13|Tuesday|2008-03-04']);
  assert.deepEqual(toTokenSpan(doc.tokens, doc.text.indexOf('5, 2008'), doc.text.indexOf('5, 2008') + 7), [3, 6]);
});

test('MEANTIME (unseen test): every article reads, gold timexes stay within the annotated sentences', (t) => {
  const dir = meantimeDir();
  if (!dir) return t.skip('needs ../shared/gold/meantime/cat/intra-doc_annotation/corpus_apple');
  let gold = 0;
  let creation = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.xml'));
  for (const f of files) {
    const doc = readCat(readFileSync(join(dir, f), 'utf8'), f); // throws on a timex past the annotated sentences
    gold += doc.timexes.length;
    creation += doc.counts.creation;
    assert.ok(/^\d{4}-\d\d-\d\d$/.test(doc.dct));
  }
  assert.equal(files.length, 30);
  assert.equal(creation, 30);
  assert.ok(gold > 50, `${gold} gold timexes`);
});
