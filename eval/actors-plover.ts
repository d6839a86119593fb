// Actor coding against the PLOVER gold records (dev part): every source/target actor has its text and CAMEO
// code (+ sector). Two ways: (1) lookupActor on the actor text alone, (2) recognizeEntities on the sentence,
// taking the mention that covers the actor text (what the event coder will see). Scored on the country or
// IGO part (first three letters) and on the full code (country + sector when the gold gives one).
// --split tune|unseen|all (default all) restricts to a part of eval/events.ts's split; print errors of the tune
// part only (the unseen part is for totals).
//   npx tsx eval/actors-plover.ts [--split tune|unseen|all] [--errors]
import { readFileSync } from 'node:fs';
import { lookupActor } from '../src/actors/index.js';
import { analyzeText } from '../src/text/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { sharedPath } from '../src/util/paths.js';
import { isoRoot } from './cameo-codes.js';
import { split, type GoldRecord } from './events.js';

const file = sharedPath('gold', 'events', 'plover-gsr.dev.json');
if (!file) {
  console.error('eval/actors-plover: needs ../shared/gold/events/plover-gsr.dev.json');
  process.exit(1);
}
const iso = isoRoot;

interface GoldActor { actorText: string; code: string; sector?: string }
type Rec = { text?: string; date?: string; source?: GoldActor[] | string; target?: GoldActor[] | string };
const all = JSON.parse(readFileSync(file, 'utf8')) as Rec[];
const argSplit = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'all';
if (!['tune', 'unseen', 'all'].includes(argSplit)) {
  console.error('--split must be tune, unseen or all');
  process.exit(2);
}
// The same filter and split as eval/events.ts (records without text or DOCUMENT records belong to no part).
const parts = split((all as unknown as GoldRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text));
const records: Rec[] = argSplit === 'all' ? all : (parts[argSplit as 'tune' | 'unseen'] as unknown as Rec[]);
const showErrors = process.argv.includes('--errors');
if (showErrors && argSplit !== 'tune') {
  console.error('--errors lists the tune part only: add --split tune');
  process.exit(2);
}
const s = { n: 0, dictCountry: 0, dictFull: 0, stageCountry: 0, stageFull: 0, dictNone: 0, stageNone: 0 };
const errors: string[] = [];
for (const r of records) {
  if (!r.text) continue;
  const actors = [r.source, r.target].flatMap((a) => (Array.isArray(a) ? a : []));
  if (!actors.length) continue;
  const doc = analyzeText({ id: 'p', date: r.date && r.date > '1900' ? r.date : '2000-01-01', text: r.text });
  const layer = recognizeEntities(doc);
  for (const a of actors) {
    if (!a.actorText || !a.code) continue;
    const gold = iso(a.code + (a.sector ?? ''));
    const goldCountry = gold.slice(0, 3);
    s.n++;
    const d = lookupActor(a.actorText, doc.article.date)?.code;
    if (!d) s.dictNone++;
    if (d && d.slice(0, 3) === goldCountry) s.dictCountry++;
    if (d && d === gold) s.dictFull++;
    // What an event coder sees: the mention at the head (last word) of the actor text, else any mention
    // inside it that has an actor.
    const at = r.text.indexOf(a.actorText);
    const endTok = at < 0 ? -1 : doc.tokens.findIndex((t) => t.end >= at + a.actorText.trimEnd().length);
    const head = endTok >= 0 ? layer.mentionAt(endTok) : undefined;
    const cover = at < 0 ? [] : layer.mentions.filter((m) => m.start < at + a.actorText.length && at < m.end && m.actor);
    const m = head?.actor ? head : cover.find((x) => x.kind === 'name') ?? cover[0];
    const c = m?.actor?.code;
    if (!c) s.stageNone++;
    if (c && c.slice(0, 3) === goldCountry) s.stageCountry++;
    if (c && c === gold) s.stageFull++;
    if (showErrors && c !== gold) errors.push(`${a.actorText} gold ${gold} dict ${d ?? '-'} stage ${c ?? '-'} [${m?.kind ?? ''}:${m?.text ?? ''}]`);
  }
}
const pct = (x: number): string => `${((100 * x) / Math.max(1, s.n)).toFixed(1)}%`;
console.log(`${s.n} gold actors in ${records.length} records (split ${argSplit})`);
console.log(`lookupActor(actor text):        country/IGO ${pct(s.dictCountry)}, full code ${pct(s.dictFull)}, no code ${pct(s.dictNone)}`);
console.log(`recognizeEntities(sentence):    country/IGO ${pct(s.stageCountry)}, full code ${pct(s.stageFull)}, no code ${pct(s.stageNone)}`);
if (showErrors) for (const e of errors) console.log('  ' + e);
