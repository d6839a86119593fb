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
    if (d && iso(d).slice(0, 3) === goldCountry) s.dictCountry++;
    if (d && iso(d) === gold) s.dictFull++;
    // What an event coder sees: the mention at the head of the actor text, else any mention inside it that has
    // an actor. Gold texts are not always verbatim (spaces, "Palestinian ... residential areas", "US forces" for
    // "US and British forces"): see locate.
    const loc = locate(r.text, a.actorText);
    const endTok = loc ? doc.tokens.findIndex((t) => t.end >= loc.head) : -1;
    const head = endTok >= 0 ? layer.mentionAt(endTok) : undefined;
    const cover = !loc ? [] : layer.mentions.filter((m) => m.start < loc.end && loc.start < m.end && m.actor);
    const m = head?.actor ? head : cover.find((x) => x.kind === 'name') ?? cover[0];
    const c = m?.actor?.code;
    if (!c) s.stageNone++;
    if (c && iso(c).slice(0, 3) === goldCountry) s.stageCountry++;
    if (c && iso(c) === gold) s.stageFull++;
    if (showErrors && (!c || iso(c) !== gold)) errors.push(`${c && iso(c).slice(0, 3) === goldCountry ? ' ' : '*'} ${a.actorText} gold ${gold} dict ${d ?? '-'} stage ${c ?? '-'} [${m?.kind ?? ''}:${m?.text ?? ''}]`);
  }
}
/** Where a gold actor text sits in the sentence: [start, end) and the end of its head. Whitespace is loose; an
 * elided ("A ... B") or discontinuous ("US forces" in "US and British forces") text spans its first to last part,
 * and its head is the end of the first part (the modifier that carries the country: "Palestinian ... areas").
 * The head of "Red Crescent in Bam" is "Red Crescent": the words before a preposition or participle. */
function locate(text: string, actorText: string): { start: number; end: number; head: number } | undefined {
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = actorText.replace(/\.\.\.|…/g, ' … ').trim().split(/\s+/);
  const whole = new RegExp(words.filter((w) => w !== '…').map(esc).join('\\s+')).exec(text);
  if (whole && !words.includes('…')) {
    const start = whole.index;
    const end = start + whole[0].length;
    const cut = /\s(?:in|at|from|near|on|of|operating|based|living)\s/.exec(whole[0]);
    return { start, end, head: cut && cut.index > 0 ? start + cut.index : end };
  }
  // Parts in order: runs of words between elisions, or single words when nothing longer matches.
  const parts = words.includes('…') ? words.join(' ').split('…').map((x) => x.trim()).filter(Boolean) : words;
  let at = 0;
  let first: { start: number; end: number } | undefined;
  let end = 0;
  for (const p of parts) {
    const re = new RegExp(p.split(/\s+/).map(esc).join('\\s+'), 'g');
    re.lastIndex = at;
    const mm = re.exec(text);
    if (!mm) return undefined;
    first ??= { start: mm.index, end: mm.index + mm[0].length };
    at = end = mm.index + mm[0].length;
  }
  return first && { start: first.start, end, head: first.end };
}

const pct = (x: number): string => `${((100 * x) / Math.max(1, s.n)).toFixed(1)}%`;
console.log(`${s.n} gold actors in ${records.length} records (split ${argSplit})`);
console.log(`lookupActor(actor text):        country/IGO ${pct(s.dictCountry)}, full code ${pct(s.dictFull)}, no code ${pct(s.dictNone)}`);
console.log(`recognizeEntities(sentence):    country/IGO ${pct(s.stageCountry)}, full code ${pct(s.stageFull)}, no code ${pct(s.stageNone)}`);
if (showErrors) for (const e of errors) console.log('  ' + e);
