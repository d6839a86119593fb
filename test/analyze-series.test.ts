// Escalation series and the kept network read only what they need (src/analyze/escalation.ts, network.ts,
// src/fuse/days.ts keptDyads): the store narrows the events to both actors and the real ones, and names are read
// only when a side is matched by name. Each answer must equal the one computed the plain way over every fused
// event of the window, after each ingest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseNew } from '../src/fuse/index.js';
import { actorMatcher, escalation, loadFused, network, periodKey, type EscalationOptions } from '../src/analyze/index.js';
import { withStore } from './fixtures.js';
import { copies } from './example-copies.js';

/** The series by its definition: every fused event of the window, matched in JS (no narrowing in SQL). */
function plainEscalation(db: Parameters<typeof escalation>[0], a: string, b: string | undefined, o: EscalationOptions) {
  const isA = actorMatcher(a);
  const isB = b ? actorMatcher(b) : () => true;
  const points = new Map<string, { period: string; events: number; goldstein: number; quad: number[]; ab: [number, number]; ba: [number, number] }>();
  for (const e of loadFused(db, o)) {
    if (!o.includeUnreal && (e.factuality === 'hypothetical' || e.factuality === 'negated')) continue;
    const sa = isA(e.sourceCode, e.sourceNames);
    const ta = isA(e.targetCode, e.targetNames);
    const sb = b ? isB(e.sourceCode, e.sourceNames) : !!e.sourceCode && !sa;
    const tb = b ? isB(e.targetCode, e.targetNames) : !!e.targetCode && !ta;
    const forward = sa && tb;
    if (!forward && !(sb && ta)) continue;
    const key = periodKey(e.day, o.by ?? 'week');
    let p = points.get(key);
    if (!p) points.set(key, (p = { period: key, events: 0, goldstein: 0, quad: [0, 0, 0, 0], ab: [0, 0], ba: [0, 0] }));
    const w = o.weightByReports ? Math.max(1, e.articles) : 1;
    p.events += w;
    p.goldstein += w * e.goldstein;
    p.quad[e.quad - 1]! += w;
    const d = forward ? p.ab : p.ba;
    d[0] += w;
    d[1] += w * e.goldstein;
  }
  const r = (x: number) => Math.round(x * 100) / 100;
  return [...points.values()].sort((x, y) => (x.period < y.period ? -1 : 1)).map((p) => ({
    period: p.period, events: p.events, goldstein: r(p.goldstein), mean: r(r(p.goldstein) / p.events), quad: p.quad,
    ab: { events: p.ab[0], goldstein: r(p.ab[1]) }, ba: { events: p.ba[0], goldstein: r(p.ba[1]) },
  }));
}

/** Codes, code prefixes, a country code in lower case, names, name parts, a code given as a name, nobody. */
const actors = ['USA', 'USAGOV', 'RUS', 'rus', 'UKR', 'Blinken', 'Lavrov', 'Russia', 'an', 'e', 'Nobody', 'ZZZ'];
const windows: [string | undefined, string | undefined][] = [[undefined, undefined], ['2022-01-15', '2022-01-25'], ['2022-01-20', '2022-01-20'], ['2022-01-24', undefined]];

function compareAll(db: Parameters<typeof escalation>[0]): number {
  let counted = 0;
  for (const [from, to] of windows) {
    for (const a of actors) {
      for (const b of [undefined, ...actors]) {
        for (const o of [{ from, to }, { from, to, by: 'day' as const, includeUnreal: true }, { from, to, by: 'month' as const, weightByReports: true }]) {
          const got = escalation(db, a, b, o);
          assert.deepEqual(got, plainEscalation(db, a, b, o), `${a} / ${b ?? '(all)'} ${JSON.stringify(o)}`);
          counted += got.length;
        }
      }
    }
  }
  return counted;
}

test('escalation narrowed in SQL gives the series of its definition, for codes, names and both, after each ingest', async () => {
  const first = [...await copies(0, 0), ...await copies(1, 2)];
  const more = [...await copies(2, 1), ...await copies(3, 4)];
  withStore((s) => {
    s.insert(first);
    fuseNew(s.db);
    assert.ok(compareAll(s.db) > 0, 'some series have points');
    s.insert(more);
    fuseNew(s.db);
    assert.ok(compareAll(s.db) > 0);
  });
});

test('the kept network names the nodes that are not countries from their mentions, as the live loop does', async () => {
  const inputs = [...await copies(0, 0), ...await copies(1, 2)];
  withStore((s) => {
    s.insert(inputs);
    fuseNew(s.db);
    // Make every code a code of no country (prefix Q): labels must then come from the names.
    const live = () => {
      s.db.prepare("INSERT OR IGNORE INTO day_dirty (day) VALUES ('*')").run();
      try {
        return windows.map(([from, to]) => network(s.db, { from, to }));
      } finally {
        s.db.prepare("DELETE FROM day_dirty WHERE day = '*'").run();
      }
    };
    const kept = () => windows.map(([from, to]) => network(s.db, { from, to }));
    assert.deepEqual(kept(), live());
    s.db.exec("UPDATE fused_events SET source_code = 'Q' || source_code WHERE source_code <> ''; UPDATE fused_events SET target_code = 'Q' || target_code WHERE target_code <> '';");
    s.db.exec("INSERT INTO day_dirty (day) VALUES ('*')");
    fuseNew(s.db); // rebuilds the kept days from the changed codes
    const named = kept();
    assert.deepEqual(named, live());
    const nodes = named[0]!.nodes;
    assert.ok(nodes.length > 0 && nodes.some((n) => n.label !== n.id), 'nodes labelled by a name');
  });
});
