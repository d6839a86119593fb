// TimeML contract (annotate --format timeml) and the TempEval-3 scorer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateTimeML, parseTml, stripTextTags } from '../src/formats/timeml.js';
import { figures, matchTimexes, runSet, score, zero } from '../eval/timex.js';
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

test('WikiWars: gold files parse and tag without altering the text', (t) => {
  const dir = sharedPath('gold', 'timex', 'wikiwars');
  if (!dir) return t.skip('needs ../shared/gold/timex/wikiwars');
  const f = readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()[0]!;
  const raw = stripTextTags(readFileSync(join(dir, f), 'utf8'));
  const out = annotateTimeML(raw, f);
  assert.equal(stripTextTags(out), raw);
  assert.ok(parseTml(out).timexes.length > 20);
});
