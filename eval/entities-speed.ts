// Mentions-and-actors stage on Timeline17: cost per article on top of the tagger, and how much it resolves.
//   npx tsx eval/entities-speed.ts [N]            N articles spread over all topics (default 400)
//   npx tsx eval/entities-speed.ts --learn        also: learn actors over the whole corpus in date order and
//                                                 count how many more person mentions get a code with them
import { t17Sample } from './t17-sample.js';
import { analyzeText } from '../src/text/index.js';
import { tagDoc } from '../src/entities/tagger/index.js';
import { entitiesFromTagged, recognizeEntities } from '../src/entities/index.js';
import { KnownActors, learnActors } from '../src/actors/index.js';
import type { Doc } from '../src/model/index.js';
import type { LearnedActor } from '../src/actors/types.js';

const args = process.argv.slice(2);
const learn = args.includes('--learn');
const limit = Number(args.find((a) => /^\d+$/.test(a)) ?? 400);
const docs: Doc[] = t17Sample(limit, 'eval/entities-speed').map(analyzeText);
let words = 0;
for (const d of docs) words += d.tokens.length;
for (const d of docs.slice(0, 50)) recognizeEntities(d); // warm up

// CPU time, not wall time: other processes on a shared machine inflate the latter. Best of several rounds.
const tagged = docs.map((d) => tagDoc(d));
const ROUNDS = 5;
let tagMs = Infinity, oursMs = Infinity;
for (let r = 0; r < ROUNDS; r++) {
  const c0 = process.cpuUsage();
  for (const d of docs) tagDoc(d);
  const c1 = process.cpuUsage(c0);
  const c2 = process.cpuUsage();
  for (let k = 0; k < docs.length; k++) entitiesFromTagged(docs[k]!, tagged[k]!);
  const c3 = process.cpuUsage(c2);
  tagMs = Math.min(tagMs, (c1.user + c1.system) / 1000 / docs.length);
  oursMs = Math.min(oursMs, (c3.user + c3.system) / 1000 / docs.length);
}
console.log(`${docs.length} articles, ${Math.round(words / docs.length)} tokens/article (best of ${ROUNDS} rounds, CPU time)`);
console.log(`tagger ${tagMs.toFixed(3)} ms/article; mentions and actors on top of the tagger: ${oursMs.toFixed(3)} ms/article`);

// What the stage finds.
const count = { PER: 0, PERcoded: 0, GPE: 0, GPEcoded: 0, ORG: 0, ORGcoded: 0, name: 0, nominal: 0, pronoun: 0, pronounResolved: 0 };
for (const d of docs) {
  const l = recognizeEntities(d);
  for (const e of l.entities) {
    if (e.type === 'PER') { count.PER++; if (e.actor) count.PERcoded++; }
    if (e.type === 'GPE') { count.GPE++; if (e.actor) count.GPEcoded++; }
    if (e.type === 'ORG') { count.ORG++; if (e.actor) count.ORGcoded++; }
  }
  for (const m of l.mentions) {
    count[m.kind]++;
    if (m.kind === 'pronoun' && m.name) count.pronounResolved++;
  }
}
const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`entities with an actor code: PER ${pct(count.PERcoded, count.PER)} of ${count.PER}, GPE ${pct(count.GPEcoded, count.GPE)} of ${count.GPE}, ORG ${pct(count.ORGcoded, count.ORG)} of ${count.ORG}`);
console.log(`mentions per article: ${(count.name / docs.length).toFixed(1)} names, ${(count.nominal / docs.length).toFixed(1)} nominals, ${(count.pronoun / docs.length).toFixed(1)} pronouns (${pct(count.pronounResolved, count.pronoun)} linked to a named person)`);

if (learn) {
  // Whole corpus, oldest first: learn from each article, then annotate the next ones with what was learned.
  const all = t17Sample(Infinity, 'eval/entities-speed').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const learned: LearnedActor[] = [];
  let known = new KnownActors();
  let per = 0, codedWithout = 0, codedWith = 0, n = 0;
  for (const f of all) {
    const d = analyzeText(f);
    const plain = recognizeEntities(d);
    const withKnown = known.size ? recognizeEntities(d, known) : plain;
    for (const e of plain.entities) if (e.type === 'PER' && /^\p{Lu}/u.test(e.text)) { per++; if (e.actor) codedWithout++; }
    for (const e of withKnown.entities) if (e.type === 'PER' && /^\p{Lu}/u.test(e.text) && e.actor) codedWith++;
    const got = learnActors(d.article, { anchor: f.date, entities: withKnown.entities, timexes: [], events: [], quotes: [] });
    if (got.length) { learned.push(...got); if (++n % 50 === 0) known = new KnownActors(learned); }
  }
  known = new KnownActors(learned);
  console.log(`learning over ${all.length} files in date order: ${known.size} people learned; named person mentions with a code: ${pct(codedWithout, per)} without learned actors, ${pct(codedWith, per)} with them (${per} mentions)`);
  // An even sample of what was learned, to judge by eye.
  const all2 = [...known.byName.values()];
  const k = Math.max(1, Math.floor(all2.length / 25));
  const sample = all2.filter((_, i) => i % k === 0).slice(0, 25).map((r) => `${r.name} ${r.codes.map((c) => `${c.code}${c.role ? ` (${c.role})` : ''}`).join(' / ')}`);
  console.log(`sample:\n  ${sample.join('\n  ')}`);
}
