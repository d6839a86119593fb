// The event coder: for each clause, who did what to whom (CAMEO/PLOVER), when, where, and whether it happened.
// Verb and noun patterns come from lexicon/events; arguments from a shallow parse over the Doc's tokens.
import type { Doc, Event, EventArgument, EventLocation, Factuality, Sentence, Token } from '../model/index.js';
import type { EntityLayer, TimeLayer } from '../model/layers.js';
import { cameoInfo } from './cameo.js';
import { cues, nounPatterns, onsetVerbs, purposeNouns, TWO_WORD_CUE_STARTS, verbPatterns, verbPatternsFor, type NounPattern, type VerbPattern } from './lexicon.js';
import { BE as BE_FORMS, GROWING, QUOTES, edAdjVerbContext, edVerb, nounAsVerb, npAt, parseSentence, type NP, type Parse, type VerbGroup } from './parse.js';
import { placeOf, placeWhole, resolveNP, resolveNPDeep, spanOf, type Ctx } from './resolve.js';
import { isBareSector, sectorOf, sectorOfPair } from './sectors.js';
import { countries, peoples } from '../actors/kb.js';
import { lookupActor } from '../actors/index.js';
import { norm } from '../actors/normalize.js';
import { tokenIndexAt } from '../text/index.js';
import { articleCountry, opensClause } from '../entities/place-groups.js';
import { NON_STATE } from '../entities/resolve.js';
import { BASE_FORM_PASTS } from '../text/base-form-pasts.js';
import { lowerForm } from '../text/spelling.js';

export { cameoInfo, quadClass } from './cameo.js';

/** Personal pronouns that can be the subject of an arrangement ("he is to travel"). */
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words opening the clause of what a show of force answers (rivalAfter). */
const RIVAL_CUES = new Set(['as', 'after', 'amid', 'following']);
/** Lemmas that can start an event by themselves: verbs with a code of their own, and event nouns. */
const TRIGGER_VERBS = new Set<string>();
for (const [lemma, pats] of verbPatterns) if (pats.some((p) => p.cameo !== '*')) TRIGGER_VERBS.add(lemma);
const TRIGGER_NOUNS = new Set<string>();
const LIGHT_NOUNS = new Set<string>();
for (const [lemma, pats] of nounPatterns) (pats.some((p) => !p.light) ? TRIGGER_NOUNS : LIGHT_NOUNS).add(lemma);
for (const lemma of TRIGGER_NOUNS) LIGHT_NOUNS.add(lemma);
/** Trigger nouns whose every coded (not light) pattern is a compound ("air campaign", "bombing campaign"): the words
 * before the head each needs. The sentence filter opens a sentence on such a noun only after one of them, as nounAt
 * matches them (a bare "campaign" is coded by no pattern of its own). */
const COMPOUND_ONLY = new Map<string, string[][]>();
for (const [lemma, pats] of nounPatterns) {
  const coded = pats.filter((p) => !p.light);
  if (coded.length && coded.every((p) => p.lemmas.length > 1)) COMPOUND_ONLY.set(lemma, coded.map((p) => p.lemmas.slice(0, -1)));
}
/** Whether the noun at i may open a coded noun pattern: its lemma is a trigger noun's, with a compound's first words
 * before it when it has only compounds (by lemma or lower-case word, as nounAt compares). */
function triggerNounAt(toks: readonly Token[], s: number, i: number): boolean {
  const lemma = toks[i]!.lemma;
  if (!TRIGGER_NOUNS.has(lemma)) return false;
  const firsts = COMPOUND_ONLY.get(lemma);
  if (!firsts) return true;
  for (const f of firsts) {
    const a = i - f.length;
    if (a < s) continue;
    let ok = true;
    for (let q = 0; q < f.length && ok; q++) ok = toks[a + q]!.lemma === f[q] || toks[a + q]!.text.toLowerCase() === f[q];
    if (ok) return true;
  }
  return false;
}
const LIGHT_VERBS = new Set<string>();
for (const [lemma, pats] of verbPatterns) if (pats.some((p) => p.cameo === '*')) LIGHT_VERBS.add(lemma);

/** Predicate adjectives that act as triggers after "be" ("is ready to", "is opposed to"). */
const ADJ_TRIGGERS = new Set<string>();
for (const [lemma, pats] of verbPatterns) if (pats.length) ADJ_TRIGGERS.add(lemma);

const SUBORDINATORS = new Set(['as', 'because', 'while', 'after', 'before', 'since', 'until', 'although', 'though', 'if', 'unless', 'whereas', 'when', 'than', 'once', 'whether']);
const SPEECH = new Set(['say', 'declare', 'conclude', 'insist', 'state', 'tell', 'stress', 'add', 'argue', 'write']);
const MODAL_DEMAND = new Set(['must', 'should']);
// Participles that after "be" describe a stance, not a passive action: "Israel is opposed to".
const STATIVE = new Set(['oppose', 'opposed', 'commit', 'committed', 'prepare', 'prepared', 'determine', 'ready', 'willing']);
const COORD = new Set(['and', 'or', 'but']);
const REFLEXIVE = new Set(['himself', 'herself', 'itself', 'themselves']);
const RELATIVE = new Set(['who', 'which', 'that']);
// Slots tried for a complement verb outside the lexicon; "in <place>" last ("troops to a force in Liberia").
const GENERIC_SLOTS = ['obj', 'with', 'against', 'on', 'to', 'into', 'from', 'in'];
/** Verbs whose infinitive after the object is a purpose of the subject, not an act of the object ("sent troops to
 * help", "used force to disperse"). */
const PURPOSE_VERBS = new Set(['send', 'deploy', 'use', 'mobilize', 'mobilise', 'dispatch', 'provide', 'offer', 'take', 'give', 'raise', 'spend', 'bring', 'open', 'build', 'launch', 'hold', 'set', 'form', 'create', 'establish', 'seek']);
/** Participles whose by-phrase names who holds a thing ("owned by", "held by rebels"): the target of an act on it. */
const OWNING = new Set(['owned', 'held', 'controlled', 'occupied']);
/** Nouns of asking and pressing whose "from"/"by" phrase names the one who asks (the target of a refusal). */
const ASKING_NOUNS = new Set(['pressure', 'call', 'demand', 'request', 'appeal', 'plea', 'proposal', 'offer', 'ultimatum',
  // "rejected accusations by Uganda", "dismissed criticism from Washington": who accuses is the one answered
  'accusation', 'allegation', 'charge', 'claim', 'criticism', 'complaint']);
/** A wire dateline is within the sentence's first tokens ("PORT SUDAN , Sudan | Tue Apr 12 , 2011 3:18 pm EST PORT
 * SUDAN , Sudan ( Reuters ) -"), the agency in brackets, then dashes. */
const DATELINE_TOKENS = 30;
const WIRES = new Set(['reuters', 'cnn', 'ap', 'afp', 'upi', 'xinhua', 'bbc']);
const DASHES = new Set(['-', '--', '—', '–']);
/** Who is fought without a sector of their own ("fight the enemy", "fighting armed terrorist gangs"). */
const FOES = new Set(['enemy', 'foe', 'invader', 'occupier', 'aggressor', 'attacker', 'terrorist', 'looter', 'opponent', 'jihadist', 'loyalist']);
/** Popular movements against a state: answering one with force is force at home ("reacted to the uprising with"). */
const UPRISINGS = new Set(['uprising', 'unrest', 'revolt', 'rebellion', 'insurgency', 'revolution', 'movement', 'dissent']);
/** Verbs of answering whose "with" phrase is the subject's own act ("responded with air strikes"). */
const ANSWER_VERBS = new Set(['respond', 'react', 'retaliate', 'answer', 'meet', 'counter']);
/** Verbs that receive an act named by their object ("drew criticism from", "faced protests from"). */
const RECEIVE_VERBS = new Set(['draw', 'attract', 'face', 'receive', 'earn', 'incur']);
/** Prepositions that attach an event noun to a clause whose subject does it ("for talks", "during a visit"). */
const CLAUSE_PP = new Set(['for', 'in', 'into', 'during', 'on', 'after', 'before', 'following']);
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away', 'over']);
const POSSESSIVE_PRON = new Set(['its', 'their', 'his', 'her']);
const PERSON_PRON = new Set(['he', 'she', 'they']);
const OBJECT_PRON = new Set(['him', 'her', 'them', 'it', 'us', 'me']);
/** Sectors of a state's own organs, and of groups inside a country that its state deals with. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG']);
/** Verbs of giving whose first object may be the recipient ("gave Spain information"). */
const GIVING = new Set(['give', 'offer', 'grant', 'hand']);
const COMPASS_NAMES = new Set(['north', 'south', 'east', 'west']);
const INTERNAL_SECTORS = new Set(['REB', 'OPP', 'SEP', 'INS', 'REF', 'CVL', 'EDU', 'LAB', 'REL']);
const CURRENCY = new Set(['$', '£', '€', '#', '¥']);
const QUOTE_MARKS = new Set(['"', '“', '”', '``', "''", '‘']);
/** CAMEO roots of verbal acts (statements, appeals, demands, disapproval, rejection, threats). */
const SPEECH_ROOTS = new Set(['01', '02', '10', '11', '12', '13']);
/** Prepositions whose object can be the doer of a following infinitive ("called on Russia to", "appealed to
 * Iraq to", "for Israel to"). */
const CONTROL_PREPS = new Set(['on', 'upon', 'to', 'for']);
/** Verbs of travel: the place after their "to" is a goal, not the doer of an infinitive after it. */
const MOTION = new Set(['fly', 'travel', 'go', 'come', 'head', 'return', 'drive', 'sail', 'move', 'rush', 'hurry', 'journey']);
/** Verbs followed by a bare infinitive that shares their subject ("help defend"). */
const BARE_INF = new Set(['help']);
/** CAMEO roots whose unnamed patient is taken as domestic: concede, reject, threaten, protest, sanction, coerce
 * ("imposed a curfew", "organized a general strike", "prevented the demonstration"). Not armed force (18-20):
 * "launched airstrikes", "killed civilians" happen abroad as often as at home. But blockades and sealing off (191)
 * are coercion in PLOVER as in CAMEO's 17: "security forces sealed off the city" is done at home; so is a court's
 * verdict (116): "a court in Jakarta convicted three men". */
const DOMESTIC_ROOTS = new Set(['08', '12', '13', '14', '16', '17']);
const DOMESTIC_CODES = new Set(['191', '116']);
const domesticCode = (cameo: string): boolean => DOMESTIC_ROOTS.has(cameo.slice(0, 2)) || DOMESTIC_CODES.has(cameo.slice(0, 3));
/** Agents that are no actors: natural disasters, accidents, disease. */
const NATURAL = new Set(['earthquake', 'quake', 'storm', 'flood', 'flooding', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'tsunami', 'landslide', 'avalanche', 'fire', 'blaze', 'wildfire', 'disease', 'epidemic', 'virus', 'outbreak', 'drought', 'famine', 'accident', 'crash', 'heatwave', 'flu', 'cholera', 'eruption', 'mudslide', 'lightning']);
/** Verbs of dying: violence they are put down to ("died after torture") was done to their subject. */
const DEATH = new Set(['die', 'succumb']);
/** Heads of "the two sides", "both leaders", "the two countries": the participants named elsewhere. */
const BOTH_HEADS = new Set(['side', 'party', 'leader', 'country', 'government', 'nation', 'minister', 'president', 'delegation', 'neighbour', 'neighbor']);
const FACT_RANK: Record<Factuality, number> = { asserted: 0, reported: 1, future: 2, hypothetical: 3, negated: 4 };
const higher = (a: Factuality, b: Factuality): Factuality => (FACT_RANK[b] > FACT_RANK[a] ? b : a);
const MAX_ARGS = 4;
/** Verbs that give a verdict in an "as" phrase after their object ("described the raids as a criminal act"). */
const AS_VERDICT = new Set(['describe', 'term', 'brand', 'label', 'characterize', 'characterise']);
/** A country's missions abroad, an international body's offices: a protest at one is aimed at its owner. */
const MISSIONS = new Set(['embassy', 'consulate', 'commission', 'legation', 'chancery', 'office', 'headquarters']);
/** Prepositions of a destination ("sent troops to the Gulf"). */
const DESTINATION = new Set(['to', 'into', 'toward', 'towards']);
/** Verbs of naming in "what it called ..." */
const NAMING = new Set(['call', 'describe', 'term', 'brand', 'label', 'dub']);
/** Participles after a vehicle that name whom it carries ("a bus carrying pilgrims"). */
const CARRYING = new Set(['carrying', 'transporting', 'taking', 'ferrying']);
/** Participles that work as prepositions ("troops, including two divisions,"). */
const INCLUDING = new Set(['including', 'excluding']);
/** Prepositions of a place phrase ("in Geneva", "along the border"), and words that make one with "of". */
/** Prepositions of a place phrase that may stand between a verb's object and the word that completes it. */
const PLACE_PREPS = new Set(['along', 'near', 'inside', 'across', 'around', 'outside']);
const LOC_PREPS = new Set(['in', 'at', 'near', 'to', 'through', 'outside', 'along', 'across', 'inside', 'off', 'around']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const BORDERS = new Set(['border', 'frontier', 'boundary']);
/** Roots whose object's place stands for the target (placeInObject): appeals, support, demands, disapproval,
 * rejection. */
const OBJECT_PLACE_ROOTS = new Set(['02', '05', '09', '10', '11', '12']);
/** Nouns whose that-clause says what they are about ("investigated allegations that Sudanese troops had ..."). */
const CLAIM_NOUNS = new Set(['allegation', 'report', 'claim', 'charge', 'accusation', 'suspicion', 'evidence', 'rumour', 'rumor']);
/** Force: CAMEO roots 18 (assault), 19 (fight) and 20 (mass violence). */
const isForce = (cameo: string): boolean => /^(?:18|19|20)/.test(cameo);
const FOREIGN_HEADS = new Set(['inspector', 'observer', 'monitor', 'peacekeeper']);
const FOREIGN = new Set(['foreign', 'international', 'western', 'outside', 'external', 'overseas', 'world']);
/** Verbs whose subject can be an attack named by a noun ("the air strike hit a depot"). */
const IMPACT = new Set(['hit', 'strike', 'target', 'destroy', 'damage', 'pound', 'flatten', 'level', 'kill', 'wound', 'injure']);
/** Plural counts that stand for people when nothing follows them ("Hundreds were killed"). */
const PEOPLE_COUNTS = new Set(['thousand', 'thousands', 'hundred', 'hundreds', 'dozen', 'dozens', 'score', 'scores', 'million', 'millions']);
/** Participles that name the author of a proposal after them ("a ceasefire proposed by", "a plan put forward by"). */
const PROPOSING = new Set(['proposed', 'brokered', 'offered', 'drafted', 'sponsored', 'mediated', 'put', 'tabled', 'submitted', 'presented', 'suggested',
  // "rejected the accusations made by Uganda", "denied the charges levelled by the opposition"
  'made', 'levelled', 'leveled', 'voiced']);
/** Prepositions of a statement's topic ("concern about", "anger over"). */
const ABOUT = new Set(['about', 'over', 'regarding', 'at']);
/** Heads that count members of the group named after "of". */
const QUANTITY = new Set([...PEOPLE_COUNTS, 'ten', 'tens', 'group', 'number', 'crowd', 'band', 'handful', 'couple', 'batch', 'contingent']);

/** What a verb token can start, by lemma or by the word's own base forms ("staged" is lemmatised "stag"):
 * `any` a coded pattern without object condition; `objects` the object lemmas its other coded patterns need
 * ("take" only with hostage, custody, street ...); `actor` a coded pattern needing an actor as object; `light` a
 * light-verb pattern. Cached: verbs recur. The conditions let the sentence filter skip "took", "went", "put". */
interface VerbKind { any: boolean; objects: Set<string> | undefined; particles: Set<string> | undefined; actor: boolean; light: boolean; be: boolean }
// All fields always set: one object shape keeps the sentence filter's loop monomorphic.
const NO_KIND: VerbKind = { any: false, objects: undefined, particles: undefined, actor: false, light: false, be: false };
const kindByLemma = new Map<string, VerbKind>();
const kindByText = new Map<string, VerbKind>();
function kindOf(pats: VerbPattern[] | undefined): VerbKind {
  if (!pats) return NO_KIND;
  const k: VerbKind = { any: false, objects: undefined, particles: undefined, actor: false, light: pats.some((p) => p.cameo === '*'), be: false };
  for (const p of pats) {
    // a light verb needs an event noun; a verb that needs a coded infinitive ("prepared to attack") needs that verb
    if (p.cameo === '*' || p.compRoots) continue;
    // "look into", "give in", "rule out": only with the particle right after the verb
    if (!p.object && p.particle) (k.particles ??= new Set()).add(p.particle);
    // "is prepared to": a pattern of the passive form only, with "be" (or "get") before the verb
    else if (!p.object && p.be) k.be = true;
    // ("@actor?": any object or none, checked in the coder: "fought on" needs no object)
    else if (!p.object || p.object.has('@actor?')) k.any = true;
    else if (p.object.has('@actor') || p.object.has('@place')) k.actor = true; // a named place is an actor mention too
    else for (const o of p.object) (k.objects ??= new Set()).add(o);
  }
  return k;
}
function verbKind(lemma: string, text: string): VerbKind {
  // Most verbs are in no pattern: one set lookup decides.
  // (and on -ing forms the parse made verbs of: "has been arming", lemma "arming")
  const byForm = text.endsWith('ed') || text.endsWith('ing');
  if (!verbPatterns.has(lemma) && !byForm) return NO_KIND;
  // By lemma when the lexicon has it (as verbPatternsFor does), else by the word's own forms.
  let k = kindByLemma.get(lemma);
  if (k === undefined) {
    k = verbPatterns.has(lemma) ? kindOf(verbPatterns.get(lemma)) : NO_KIND;
    if (kindByLemma.size > 20000) kindByLemma.clear();
    kindByLemma.set(lemma, k);
  }
  // The tagger's lemma goes wrong mostly on past tenses ("staged" -> "stag"): only those are looked up by form.
  if (k !== NO_KIND || !byForm) return k;
  let t = kindByText.get(text);
  if (t === undefined) {
    t = kindOf(verbPatternsFor(lemma, text.toLowerCase()));
    if (kindByText.size > 20000) kindByText.clear();
    kindByText.set(text, t);
  }
  return t;
}
/** Tokens after a verb where its object condition is looked for by the sentence filter. */
const OBJECT_WINDOW = 10;

export function codeEvents(doc: Doc, ents: EntityLayer, time: TimeLayer): Event[] {
  const out: Event[] = [];
  const toks = doc.tokens;
  const lowers: string[] = new Array(toks.length);
  // The country the article is about (its place names point to it far more than to any other), found when needed.
  let article: string | null | undefined;
  const articleOf = (): string | undefined => {
    if (article === undefined) {
      const places = ents.mentions.filter((m) => m.kind === 'name' && m.type !== 'PER' && m.actor?.code.length === 3 && countries.has(m.actor.code));
      article = articleCountry(places, (m) => m.actor!.code) ?? null;
    }
    return article ?? undefined;
  };
  for (const sent of doc.sentences) {
    // Most sentences hold no trigger at all: skip them before any parsing. Light verbs ("hold", "give")
    // need an event noun, so only verbs with codes of their own and event nouns open a sentence.
    let any = false;
    let lightVerb = false;
    let lightNoun = false;
    for (let i = sent.tokenStart; i < sent.tokenEnd && !any; i++) {
      const t = toks[i]!;
      const p = t.pos;
      if (p === 'VERB') {
        const k = verbKind(t.lemma, t.text);
        any = k.any;
        lightVerb ||= k.light;
        // (an event noun's plural the tagger read as a present tense: "staged exercises off Taiwan"; parse.ts reads it
        // as the noun)
        if (t.text.endsWith('s')) {
          lightNoun ||= LIGHT_NOUNS.has(t.lemma);
          any ||= i > sent.tokenStart && toks[i - 1]!.pos === 'VERB' && triggerNounAt(toks, sent.tokenStart, i);
        }
        if (!any && k.particles && i + 1 < sent.tokenEnd) any = k.particles.has(toks[i + 1]!.text.toLowerCase());
        // (a pattern of the passive only: "be" or "get" somewhere before the verb, as parse.ts needs for one)
        if (!any && k.be) for (let j = sent.tokenStart; j < i && !any; j++) any = toks[j]!.lemma === 'be' || toks[j]!.lemma === 'get' || BE_FORMS.has(toks[j]!.text.toLowerCase());
        if (!any && (k.objects || k.actor)) {
          // an actor object is a name within three words ("wants Ukraine to", "backed the American plan")
          // (a verdict in an "as" phrase may come after a long object: "described the seizure of a ship by the
          // navy as piracy", see AS_VERDICT)
          const end = AS_VERDICT.has(t.lemma) ? sent.tokenEnd : Math.min(sent.tokenEnd, i + OBJECT_WINDOW);
          for (let j = i + 1; j < end && !any; j++) {
            const u = toks[j]!;
            // (or a group of people: "beat demonstrators", "freed 20 prisoners")
            any = (k.actor && j <= i + 3 && (u.pos === 'PROPN' || (u.pos === 'NOUN' && !!sectorOf(u.lemma)))) || (!!k.objects && k.objects.has(u.lemma));
          }
        }
      } else if (p === 'NOUN') {
        any = triggerNounAt(toks, sent.tokenStart, i)
          // wink-nlp tags some verbs after a name as nouns ("Russia launches")
          || (i > sent.tokenStart && toks[i - 1]!.pos === 'PROPN' && t.text.endsWith('s') && TRIGGER_VERBS.has(t.lemma))
          // and some bare infinitives after "help" ("help support the rights of")
          || (i > sent.tokenStart && toks[i - 1]!.lemma === 'help' && TRIGGER_VERBS.has(t.lemma))
          // and some past tenses after a noun phrase ("rebels abducted two", "gunmen shot dead")
          || nounAsVerb(toks, sent.tokenStart, sent.tokenEnd, i, ADJ_TRIGGERS)
          // and some progressives ("has been arming", "is funding and arming": parse.ts makes them verbs)
          || (t.text.endsWith('ing') && i > sent.tokenStart && (toks[i - 1]!.lemma === 'be' || toks[i - 1]!.text === 'and') && !!verbPatternsFor(t.lemma, t.text.toLowerCase()));
        lightNoun ||= LIGHT_NOUNS.has(t.lemma);
        // ("came under pressure from": see underFrom)
        any ||= LIGHT_NOUNS.has(t.lemma) && i - 1 > sent.tokenStart && (toks[i - 1]!.text === 'under' || toks[i - 2]!.text === 'under');
      } else if (p === 'ADJ') {
        // "Norway mediated between": a past tense tagged as an adjective, in the context parse.ts reads as a verb.
        // "launched an offensive against": an event noun tagged as an adjective, ending its phrase
        if (LIGHT_NOUNS.has(t.lemma) && i + 1 < sent.tokenEnd && toks[i + 1]!.pos !== 'NOUN' && toks[i + 1]!.pos !== 'ADJ') lightNoun = true;
        any = TRIGGER_VERBS.has(t.lemma) || (t.text.endsWith('ed') && i > sent.tokenStart && i + 1 < sent.tokenEnd
          && edAdjVerbContext(toks, sent.tokenStart, i)
          && !!edVerb(t.text.toLowerCase(), TRIGGER_VERBS));
      }
      else if (p === 'AUX') any = MODAL_DEMAND.has(t.text);
      // "Talks between ...", "Clashes erupted": a capitalised event noun at the sentence start, tagged as a name.
      else if (p === 'PROPN' && i === sent.tokenStart) any = TRIGGER_NOUNS.has(initialNoun(t.text));
      any ||= lightVerb && lightNoun;
    }
    if (!any) continue;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) lowers[i] = toks[i]!.text.toLowerCase();
    const first = out.length;
    new SentenceCoder(doc, ents, time, sent, lowers, articleOf).run(out);
    threatTargets(out, first);
    hostilePledges(out, first, doc.article.text);
  }
  relationTargetsFromContext(out, doc);
  return out;
}

/** Sentences back that a cut in relations may take its target from. */
/** "North Korea warned that it would retaliate against the United States", "Iran vowed that it would strike
 * Israel": a threat or a pledge that names no target is aimed at the target of the act it announces, the same
 * source's unrealised act later in the sentence (CAMEO codes the threat with the threatened). Events of one sentence
 * from `first` on. */
function threatTargets(out: Event[], first: number): void {
  for (let i = first; i < out.length; i++) {
    const e = out[i]!;
    if (e.target || !e.source || !(e.cameo.startsWith('13') || e.cameo.startsWith('03'))) continue;
    for (let j = i + 1; j < out.length; j++) {
      const f = out[j]!;
      if (f.trigger.start <= e.trigger.start || !f.target || f.source?.code !== e.source.code) continue;
      if (f.factuality !== 'hypothetical' && f.factuality !== 'future') continue;
      e.target = f.target;
      break;
    }
  }
}

/** "Iran vowed to strike Israel", "the rebels vowed to fight on": a vow or pledge (the generic intent to
 * cooperate, CAMEO 030) whose announced act is force by the same source is a threat with force (CAMEO 138), as
 * CAMEO and PLOVER code it. Events of one sentence from `first` on. */
function hostilePledges(out: Event[], first: number, text: string): void {
  for (let i = first; i < out.length; i++) {
    const e = out[i]!;
    if (e.cameo !== '030' || !e.source || !/^(?:vow|pledg|promis)/i.test(e.trigger.text)) continue;
    for (let j = i + 1; j < out.length; j++) {
      const f = out[j]!;
      if (f.trigger.start <= e.trigger.start || f.source?.code !== e.source.code) continue;
      // (only the act pledged, the source's next event; coercion is left out: "pledged to curb attacks", "vowed to
      // prevent" promise an end to force)
      if (f.factuality !== 'future' || !isForce(f.cameo)) break;
      // (the pledge's own infinitive, at most two words of time before "to": not "pledged to stop using heavy weapons")
      if (!/^\s+(?:\S+\s+){0,2}to\s+$/.test(text.slice(e.trigger.end, f.trigger.start))) break;
      const info = cameoInfo('138');
      e.cameo = '138';
      e.plover = info.plover;
      e.quad = info.quad;
      e.goldstein = info.goldstein;
      if (info.mode) e.mode = info.mode; else delete e.mode;
      break;
    }
  }
}

const CONTEXT_SENTENCES = 2;

/** "More Gulf Arab nations have withdrawn their ambassadors from Syria ... Kuwait and Bahrain have now followed Saudi
 * Arabia in recalling their ambassadors": a cut in relations (CAMEO 16) that names no target repeats the last one
 * in this or the previous sentences, and is aimed at the same country (when its source is not of that country). */
function relationTargetsFromContext(out: Event[], doc: Doc): void {
  const sentIndex = new Map<number, number>();
  doc.sentences.forEach((s, i) => sentIndex.set(s.start, i));
  let last: { target: EventArgument; sent: number } | undefined;
  for (const ev of out) {
    if (!ev.cameo.startsWith('16')) continue;
    const si = sentIndex.get(ev.sentence.start) ?? -1;
    if (ev.target) {
      // (a country the text names, not one a fallback gave "the assets")
      if (ev.target.code.length === 3 && countries.has(ev.target.code) && /^\p{Lu}/u.test(ev.target.text)) last = { target: ev.target, sent: si };
      continue;
    }
    if (!ev.source || !last || si - last.sent > CONTEXT_SENTENCES || si < last.sent) continue;
    if (ev.source.code.startsWith(last.target.code.slice(0, 3))) continue;
    ev.target = { ...last.target };
  }
}

/** The lemma of a sentence-initial capitalised word read as a common noun ("Talks" -> talk). */
function initialNoun(text: string): string {
  const w = text.toLowerCase();
  if (w === 'march' || w === 'may') return ''; // the months
  return TRIGGER_NOUNS.has(w) || !w.endsWith('s') ? w : w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('shes') || w.endsWith('ches') ? w.slice(0, -2) : w.slice(0, -1);
}

/** A stand-in time layer for callers that only need arguments. */
const NO_TIME: TimeLayer = { anchor: '', timexes: [], dateAt: () => undefined };

/**
 * The participants the shallow parse finds for the verb at a token, whatever the verb: logical subject (arg0:
 * the by-phrase of a passive) and object (arg1: the passive subject), as token ranges [start, end). For
 * evaluating argument finding on data annotated with PropBank roles (MEANTIME); undefined if no verb there.
 */
export function clauseArguments(doc: Doc, ents: EntityLayer, tokenIndex: number): { arg0: [number, number][]; arg1: [number, number][] } | undefined {
  const sent = doc.sentences.find((x) => x.tokenStart <= tokenIndex && tokenIndex < x.tokenEnd);
  if (!sent) return undefined;
  const lowers: string[] = new Array(doc.tokens.length);
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) lowers[i] = doc.tokens[i]!.text.toLowerCase();
  return new SentenceCoder(doc, ents, NO_TIME, sent, lowers).argumentsOf(tokenIndex);
}

interface Found {
  nps: NP[];
  args: EventArgument[];
}

class SentenceCoder {
  private readonly p: Parse;
  private readonly c: Ctx;
  private readonly s: number;
  private readonly e: number;
  /** Tokens already used as the content of a verb's event (objects), so nouns there are not coded twice. */
  private readonly consumed: Uint8Array;
  private readonly subjMemo = new Map<number, Found>();
  /** Sources a verb group's event was coded with, after the fallbacks (places, the sentence's one country). */
  private readonly coded = new Map<number, EventArgument[]>();
  private readonly seen = new Set<string>();
  /** Report cues in the sentence ("said", "according to"), found once. */
  private reportAt: number[] | undefined;
  /** Whether a verb group of the sentence is a passive light verb (see passiveLightAgent), found once. */
  private passiveLight: boolean | undefined;
  /** Places named as targets of movement verbs, by start offset: the event's location is its target's place. */
  private readonly placeByStart = new Map<number, EventLocation>();
  /** Targets that are their own source on purpose ("guerrillas have been demobilized"). */
  private readonly selfTargets = new WeakSet<EventArgument>();
  private selfTarget(a: EventArgument): EventArgument {
    const t = { ...a };
    this.selfTargets.add(t);
    return t;
  }

  constructor(private readonly doc: Doc, ents: EntityLayer, private readonly time: TimeLayer, private readonly sent: Sentence,
    private readonly lowers: string[], private readonly article: () => string | undefined = () => undefined) {
    this.s = sent.tokenStart;
    this.e = sent.tokenEnd;
    this.p = parseSentence(doc.tokens, this.s, this.e, ADJ_TRIGGERS, ADJ_TRIGGERS, lowers);
    this.c = { doc, ents, p: this.p };
    this.consumed = new Uint8Array(this.e - this.s);
  }

  private tok(i: number) {
    return this.doc.tokens[i]!;
  }

  private lower(i: number): string {
    return i >= this.s && i < this.e ? this.lowers[i]! : '';
  }

  argumentsOf(h: number): { arg0: [number, number][]; arg1: [number, number][] } | undefined {
    const vi = this.vgAt(h);
    if (vi < 0) return undefined;
    const g = this.p.vgs[vi]!;
    const span = (np: NP): [number, number] => [np.start, np.end];
    const subj = this.subject(vi).nps.map(span);
    const limit = this.limitAfter(h);
    let from = h + 1;
    const next = this.tok(h + 1);
    if (next && (next.pos === 'ADP' || next.pos === 'PART') && !this.npFrom(from, limit)) from++; // particle
    const obj = this.npFrom(from, limit) ?? this.npFrom(this.skipTemporal(from), limit);
    const objs = obj ? this.conjRight(obj, limit).map(span) : [];
    if (g.passive) {
      let by: [number, number][] = [];
      for (let k = h + 1; k < limit; k++) {
        if (this.lower(k) !== 'by') continue;
        const np = this.npFrom(k + 1, limit);
        if (np) by = this.conjRight(np, limit).map(span);
        break;
      }
      return { arg0: by, arg1: subj };
    }
    return { arg0: subj, arg1: objs };
  }

  run(out: Event[]): void {
    const before = out.length;
    for (let vi = 0; vi < this.p.vgs.length; vi++) {
      this.verb(vi, out);
      this.mustClause(vi, out);
    }
    for (let i = this.s; i < this.e; i++) {
      // the parse's part of speech differs from the tagger's inside split hyphenated words ("sit - in") and for
      // a gerund opening the sentence ("Fighting broke out")
      if (this.consumed[i - this.s] || (this.tok(i).pos !== 'NOUN' && this.p.pos(i) !== 'NOUN'
        && !(i === this.s && this.tok(i).pos === 'PROPN')) || !this.isHead(i)) continue;
      const pat = this.nounAt(i);
      // ("came under pressure from Washington to": a light noun after "under" with its "from" phrase acts too)
      // (not a bare "under fire from", which is as often criticism: "came under fire from critics")
      // ("a ban on rallies was declared by the army": a light noun as the subject of a passive light verb acts too)
      if (pat && (!pat.light || (this.underFrom(i) && !(isForce(pat.cameo) && this.lower(i - 1) === 'under'))
        || this.passiveLightAgent(i, pat))) this.noun(i, pat, out);
    }
    if (out.length - before > 1) this.protestDemand(out, before);
    if (out.length - before > 1) {
      const mine = out.splice(before).sort((a, b) => a.trigger.start - b.trigger.start);
      out.push(...mine);
    }
  }

  // ---------------------------------------------------------------- structure helpers

  /** Where arguments of a verb at h may be looked for: up to the next verb group or the end of the clause. */
  private limitAfter(h: number): number {
    for (const g of this.p.vgs) {
      if (g.start <= h) continue;
      // "massed 60,000 troops, including two divisions, near the border with Kuwait": "including" lists part of
      // a phrase, as a preposition does; the clause goes on after it.
      if (g.bare && INCLUDING.has(this.lower(g.head))) continue;
      // "fired a missile over Japan, officials in Tokyo said": the reporter's phrase after the comma is no argument
      // (but "fired shells , mortars and rockets on the town as a French minister said": a subordinator before the
      // reporter ends the arguments there, and the commas before it are a list's)
      if (SPEECH.has(this.tok(g.head).lemma)) {
        for (let k = g.start - 1; k > h; k--) {
          if (SUBORDINATORS.has(this.lower(k)) && npAt(this.p, k + 1)?.start === k + 1 && npAt(this.p, k + 1)!.end === g.start) return k;
          if (this.lower(k) === ',') return k;
        }
      }
      return g.start;
    }
    for (let k = h + 1; k < this.e; k++) if (this.tok(k).text === ';') return k;
    return this.e;
  }

  /** The token n words after i, not counting a bracketed aside ("400m euros (# 354m) in aid"; the text layer reads
   * Timeline17's -LRB- -RRB- as brackets). */
  private ahead(i: number, n: number): number {
    let k = i;
    while (n > 0 && k < this.e) {
      if (this.lower(k) === '(') {
        let q = k + 1;
        while (q < this.e && q - k < 15 && this.lower(q) !== ')') q++;
        if (q < this.e && this.lower(q) === ')') { k = q + 1; continue; }
      }
      k++;
      n--;
    }
    return k;
  }

  private vgAt(i: number): number {
    return i >= this.s && i < this.e ? this.p.vgOf[i - this.s]! : -1;
  }

  /** The noun phrase starting at i (after adverbs), unless it is a time expression. */
  private npFrom(i: number, limit: number): NP | undefined {
    const i0 = i;
    while (i < limit && this.tok(i).pos === 'ADV') i++;
    // "rejected '' an Arab League resolution" (the end of scare quotes), "sending $ 2.5 m in aid": marks before the phrase
    while (i < limit && ((this.tok(i).pos === 'PUNCT' && QUOTES.has(this.lower(i))) || (this.tok(i).pos === 'SYM' && CURRENCY.has(this.lower(i))))) i++;
    // "captured part of a stronghold" (the tagger's adverb "part"), "allow up to 13,000 refugees": a quantity
    // before the phrase.
    if (i > i0 && this.lower(i) === 'of') i++;
    else if (this.lower(i) === 'up' && this.lower(i + 1) === 'to' && this.tok(i + 2)?.pos === 'NUM') i += 2;
    // "killed at least 25 people", "at most 300 troops"
    else if (this.lower(i) === 'at' && (this.lower(i + 1) === 'least' || this.lower(i + 1) === 'most') && this.tok(i + 2)?.pos === 'NUM') i += 2;
    if (i >= limit) return undefined;
    const np = npAt(this.p, i);
    return np && np.start === i && !np.temporal ? np : undefined;
  }

  /** Skip a time phrase ("on Thursday", "last week") starting at i. */
  private skipTemporal(i: number): number {
    const np0 = npAt(this.p, i);
    if (np0?.temporal && np0.start === i) return np0.end;
    if (this.tok(i)?.pos === 'ADP') {
      const np = npAt(this.p, i + 1);
      if (np?.temporal && np.start === i + 1) return np.end;
    }
    return i;
  }

  /** An NP and the ones coordinated after it: "Zelenskyy and Foreign Minister Kuleba", "Ukraine on Wednesday and Germany". */
  private conjRight(np: NP, limit: number): NP[] {
    const list = [np];
    let j = np.end;
    while (j < limit && list.length < MAX_ARGS) {
      let k = this.skipTemporal(j);
      if (k >= limit) break;
      const w = this.lower(k);
      if (w === ',' && COORD.has(this.lower(k + 1))) k += 2;
      else if (COORD.has(w) || w === ',') k += 1;
      else break;
      const nx = this.npFrom(k, limit);
      if (!nx) break;
      // "to exchange prisoners, a Red Cross spokesman said": a phrase after a bare comma that a verb follows is
      // the subject of a new clause, not a conjunct.
      // So is one after ", and" that a verb follows, when nothing was listed before it: "sent jets to Lithuania, and
      // Spain is sending ships" (a list "A, B, and C held talks" has a bare comma first).
      const verbNext = this.vgAt(nx.end) >= 0 || this.tok(nx.end)?.pos === 'VERB';
      if (w === ',' && !COORD.has(this.lower(k - 1)) && verbNext) break;
      if (w === ',' && COORD.has(this.lower(k - 1)) && list.length === 1 && (verbNext || this.tok(nx.end)?.pos === 'AUX')) break;
      // "Canada and its Nordic allies" can be a list, but a place and a non-place rarely are:
      // "Russia builds up forces near Ukraine and the Biden Administration's efforts ..." starts a new phrase.
      // ("North and South Korea": a bare compass word before a compass word and a name is that name's first half)
      const half = np.end - np.start === 1 && COMPASS_NAMES.has(this.lower(np.start)) && COMPASS_NAMES.has(this.lower(nx.start));
      if (!half && !!placeWhole(this.c, np) !== !!placeWhole(this.c, nx)) break;
      list.push(nx);
      j = nx.end;
    }
    return list;
  }

  /** An NP and the ones coordinated before it: "American and NATO officials". */
  private conjLeft(np: NP): NP[] {
    const list = [np];
    let k = np.start - 1;
    while (k > this.s && list.length < MAX_ARGS) {
      const w = this.lower(k);
      if (!COORD.has(w) && w !== ',') break;
      // "A, B, and C": the serial comma belongs to the last "and", when a comma stands before B too (not "met
      // Kuleba, and Zelenskyy said")
      if (COORD.has(w) && list.length === 1 && this.lower(k - 1) === ',') {
        const b = npAt(this.p, k - 2);
        if (b && b.end === k - 1 && b.start - 1 > this.s && this.lower(b.start - 1) === ',') k--;
      }
      const prev = npAt(this.p, k - 1);
      if (w === ',' && !list.some((_, i) => i === 0 && COORD.has(this.lower(np.start - 1)))) {
        // a comma only joins a list that ends in "and": "A, B and C"; in a headline it is the "and" itself
        // ("U.S., North Korea to hold talks")
        if (list.length < 2) {
          if (prev && prev.end === k && this.headlinePair(prev, np)) list.unshift(prev);
          break;
        }
      }
      if (!prev || prev.end !== k || prev.temporal) break;
      list.unshift(prev);
      k = prev.start - 1;
    }
    return list;
  }

  /** "U.S., North Korea to hold talks": two names that open a sentence without a final stop (a headline), joined
   * by a comma, each an actor of a country. */
  private headlinePair(a: NP, b: NP): boolean {
    if (a.start !== this.s || b.start !== a.end + 1 || a.temporal || a.pronoun || b.pronoun) return false;
    if (/^[.!?"”']$/.test(this.lower(this.e - 1))) return false;
    for (const np of [a, b]) {
      if (!/^\p{Lu}/u.test(this.tok(np.start).text)) return false;
      const r = this.resolveMemo(np);
      if (!r || !countries.has(r.code.slice(0, 3))) return false;
    }
    return true;
  }

  private readonly npMemo = new Map<NP, EventArgument | null>();
  private resolveMemo(np: NP): EventArgument | undefined {
    let v = this.npMemo.get(np);
    if (v === undefined) {
      v = resolveNPDeep(this.c, np) ?? null;
      this.npMemo.set(np, v);
    }
    return v ?? undefined;
  }

  private resolveAll(nps: NP[]): EventArgument[] {
    const out: EventArgument[] = [];
    // A bare demonym conjunct takes the sector of the last conjunct ("Hungarian and Romanian officials").
    const last = nps[nps.length - 1];
    for (const np of nps) {
      let a = this.resolveMemo(np);
      if (a && last && np !== last && a.code.length === 3 && countries.has(a.code) && np.end - np.start <= 2 && !placeOf(this.c, np)) {
        const sector = sectorOf(this.tok(last.head).lemma);
        if (sector) a = { ...a, code: a.code + sector };
      }
      // "North and South Korea", "East and West Germany": a bare compass word listed before a compass word and a
      // country's name is the name with its own compass word.
      const nx = nps[nps.indexOf(np) + 1];
      if (!a && nx && np.end - np.start === 1 && COMPASS_NAMES.has(this.lower(np.start)) && COMPASS_NAMES.has(this.lower(nx.start)) && nx.end - nx.start >= 2) {
        const name = `${this.tok(np.start).text} ${this.doc.article.text.slice(this.tok(nx.start + 1).start, this.tok(nx.end - 1).end)}`;
        const r = lookupActor(name, this.doc.article.date);
        if (r && countries.has(r.code.slice(0, 3))) a = { ...spanOf(this.doc, np.start, np.end), code: r.code, name: r.name };
      }
      // A person nobody knows, in a sentence that names one country: that country's ("Pierre Joxe said"); a body
      // nobody knows too ("was criticised by the National Human Rights Commission" in a sentence about India).
      const mt = !a && !np.pronoun ? this.c.ents.mentionAt(np.head)?.type : undefined;
      if (mt === 'PER' || mt === 'ORG') {
        const c = this.onlyCountry();
        const m = this.c.ents.mentionAt(np.head)!;
        if (c) a = { start: m.start, end: m.end, text: m.text, code: c, name: m.name ?? m.text };
      }
      if (a && !out.some((o) => o.start === a!.start)) out.push(a);
    }
    // "The Philippine government and Muslim rebels agreed": an unnamed group listed with actors of one country
    // is of that country.
    if (nps.length >= 2 && out.length && out.length < nps.length) {
      const c = out[0]!.code.slice(0, 3);
      if (countries.has(c) && out.every((o) => o.code.startsWith(c))) {
        for (const np of nps) {
          if (np.pronoun || this.p.pos(np.head) !== 'NOUN' || out.some((o) => o.start <= this.tok(np.head).start && o.end >= this.tok(np.head).end)) continue;
          // only a list joined by "and"/"or" ("security forces, White House spokesman X said" is none), and no
          // group said to be from elsewhere ("other foreign governments")
          if (!COORD.has(this.lower(np.start - 1)) && !COORD.has(this.lower(np.end))) continue;
          if (this.foreign(np) || this.lower(np.start) === 'other') continue;
          const sector = this.groupSector(np);
          if (!sector) continue;
          const sp = spanOf(this.doc, np.start, np.end);
          out.push({ ...sp, code: c + sector, name: `${sp.text} (${countries.get(c)!.name})` });
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- subjects

  /** Subject of verb group vi (its logical subject before voice is considered). */
  private subject(vi: number): Found {
    const memo = this.subjMemo.get(vi);
    if (memo) return memo;
    this.subjMemo.set(vi, { nps: [], args: [] }); // guards against cycles
    const r = this.findSubject(vi);
    this.subjMemo.set(vi, r);
    return r;
  }

  private found(nps: NP[]): Found {
    nps = nps.map((np) => this.ofGroup(np));
    return { nps, args: this.resolveAll(nps) };
  }

  /** "Tens of thousands of opposition supporters", "dozens of villagers", "a group of Moroccan diplomats": a
   * quantity stands for the group after its "of", which says who they are. */
  private ofGroup(np: NP): NP {
    if (np.pronoun || this.lower(np.end) !== 'of' || !QUANTITY.has(this.tok(np.head).lemma.toLowerCase())) return np;
    let k = np.end + 1;
    // "tens of thousands of", "hundreds of thousands of"
    const mid = npAt(this.p, k);
    if (mid && mid.start === k && QUANTITY.has(this.tok(mid.head).lemma.toLowerCase()) && this.lower(mid.end) === 'of') k = mid.end + 1;
    const np2 = npAt(this.p, k);
    return np2 && np2.start === k && !np2.temporal && !np2.pronoun ? np2 : np;
  }

  /** Whether token j, the last of chunk np right before "to" + verb, is a verb taking an infinitive that the tagger
   * read as a plural noun: "The minister plans to", "The trade minister hopes to" (a determiner, one or two nouns or
   * adjectives, a cue ending in -s). */
  private verbReadAsNoun(np: NP, j: number): boolean {
    const n = np.end - np.start;
    if (n < 3 || n > 4 || np.poss >= 0 || this.tok(np.start).pos !== 'DET' || j !== np.end - 1) return false;
    const t = this.tok(j);
    if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.text) || this.p.pos(j - 1) !== 'NOUN') return false;
    for (let k = np.start + 1; k < j - 1; k++) if (this.p.pos(k) !== 'NOUN' && this.p.pos(k) !== 'ADJ') return false;
    if (this.lower(j + 1) !== 'to' || j + 2 >= this.e || this.tok(j + 2).pos !== 'VERB') return false;
    return cues.get(t.lemma)?.scope === 'comp';
  }

  /** Visitors (sources of a visit to targets) without the country of a target that no mention in their own phrase
   * names: that country came from the sentence, not from the visitor ("A minister visited Egypt"). */
  private foreignVisitors(sources: EventArgument[], targets: EventArgument[]): EventArgument[] {
    const out: EventArgument[] = [];
    for (const a of sources) {
      const c = a.code.slice(0, 3);
      // (the country itself: a city or a building is visited from home as often, "Feinberg flew to Mississippi")
      if (!countries.has(c) || !targets.some((t) => t.code === c && this.placeByStart.get(t.start)?.name === countries.get(c)!.name) || this.namedIn(a, c)) { out.push(a); continue; }
      // ("A minister": an unnamed person coded with the country alone keeps the sector of its noun)
      const sector = a.code.slice(3) || sectorOf(this.tok(tokenIndexAt(this.doc, a.end) - 1).lemma);
      if (sector) out.push({ ...a, code: sector, name: a.text });
    }
    return out;
  }

  /** Whether a mention inside argument a's own span carries country c (a name, a demonym, a resolved pronoun). */
  private namedIn(a: EventArgument, c: string): boolean {
    for (let k = tokenIndexAt(this.doc, a.start); k < this.e && this.tok(k).start < a.end; k++) {
      if (this.c.ents.mentionAt(k)?.actor?.code.startsWith(c)) return true;
    }
    return false;
  }

  /** The place of an opening "In <place>" phrase that ends right before token `subjStart` ("In Bahrain local Shi'ites
   * protested"), or undefined. */
  private openingPlace(subjStart: number): EventLocation | undefined {
    const b = this.bodyStart();
    if (this.lower(b) !== 'in' || subjStart - b < 2 || subjStart - b > 5) return undefined;
    const np = this.npFrom(b + 1, subjStart);
    // (the phrase must end where the subject starts, with at most a comma between)
    if (!np || (np.end !== subjStart && !(np.end === subjStart - 1 && this.lower(np.end) === ','))) return undefined;
    return this.locationIn(b, np.end);
  }

  /** The subject of the nearest earlier verb that has a resolved one (for pronouns nobody resolved). */
  private inheritResolved(vi: number): Found {
    for (let k = vi - 1; k >= 0; k--) {
      const f = this.subject(k);
      if (f.args.length) return f;
    }
    return { nps: [], args: [] };
  }

  /** The subject of the nearest earlier finite verb, resolved or not (for infinitives and participles). */
  private inherit(vi: number): Found {
    for (let k = vi - 1; k >= 0; k--) {
      const g = this.p.vgs[k]!;
      if (!g.inf && !g.bare) return this.subject(k);
    }
    // "Hundreds of farmers are in the squares demanding ...": no finite verb before an -ing participle but a
    // copula followed by a place phrase, whose subject is the participle's (not "is a walking, talking machine",
    // "are angry at the deal, because it offers").
    const g = this.p.vgs[vi]!;
    if (!g.bare) return { nps: [], args: [] };
    for (let q = g.start - 1; q > this.s && g.start - q < 15; q--) {
      const w = this.lower(q);
      if (w === ',' || w === ';' || SUBORDINATORS.has(w) || COORD.has(w)) break;
      if (this.tok(q).lemma === 'be' && (this.tok(q).pos === 'AUX' || this.tok(q).pos === 'VERB')) {
        return this.tok(q + 1).pos === 'ADP' ? this.subjectBefore(vi, q - 1) : { nps: [], args: [] };
      }
    }
    return { nps: [], args: [] };
  }

  private findSubject(vi: number): Found {
    const g = this.p.vgs[vi]!;
    const s = this.s;
    let k = g.start - 1;
    // (and "Gaddafi himself rejected": an intensifying reflexive after the subject)
    while (k >= s && (this.tok(k).pos === 'ADV' || (k > s && REFLEXIVE.has(this.lower(k)) && npAt(this.p, k - 1)?.end === k))) k--;
    // Coordinated verb phrase: "have rejected Putin's demands and called on Russia ..."
    if (k >= s && COORD.has(this.lower(k)) && vi > 0) {
      // (a finite verb with the last finite verb, not with a gerund in between: "accused Iran of shelling Basra and
      // threatened to retaliate")
      // ("asked them to stop the shelling and open the roads": a base form after an infinitive continues it)
      const prev = this.p.vgs[vi - 1]!;
      if (prev.inf && !g.inf && !g.bare && g.start === g.head && lowerForm(this.tok(g.head)) === this.tok(g.head).lemma) {
        const f = this.subject(vi - 1);
        if (f.args.length) return f;
      }
      for (let q = vi - 1; q >= 0; q--) if (this.p.vgs[q]!.inf === g.inf && this.p.vgs[q]!.bare === g.bare) return this.subject(q);
    }
    if (g.inf) {
      const to = g.start - 1;
      const j = to - 1;
      if (this.vgAt(j) >= 0) return this.subject(this.vgAt(j)); // "threatened to escalate"
      const np = npAt(this.p, j);
      // "The minister plans to visit Egypt": the tagger read a verb taking an infinitive (a 'comp' cue of
      // factuality.tsv) as the last noun of a compound; after a determiner and a short noun phrase it is the verb and the
      // phrase before it the subject.
      if (np && np.end - 1 === j && this.verbReadAsNoun(np, j)) {
        const f = this.found([{ ...np, end: j, head: j - 1, poss: -1 }]);
        if (f.args.length || this.groupSector(f.nps[0]!)) return f;
      }
      // "gave Bolivia three days to free the hostages": past the time given, the one it is given to is the doer.
      if (np && np.end - 1 === j && np.temporal && this.tok(np.start).pos === 'NUM') {
        const np0 = npAt(this.p, np.start - 1);
        if (np0 && np0.end === np.start && !np0.temporal && np0.start - 1 >= s && this.vgAt(np0.start - 1) >= 0) return this.found([np0]);
      }
      if (np && np.end - 1 === j && !np.temporal) {
        const b = np.start - 1;
        // "called on Russia to withdraw", "urged the EC to support": the object is the doer.
        // Only verbs of asking, urging and allowing pass control to their object: "sent troops to help" is a purpose.
        // "Germany was the first country to recognize Croatia", "became the only state to": an infinitive completing
        // the predicate noun of "be" or "become" is done by that verb's subject.
        let cb = b;
        while (cb > s && (this.tok(cb).pos === 'ADV' || this.tok(cb).pos === 'DET')) cb--;
        if (cb >= s && (this.tok(cb).lemma === 'be' || this.tok(cb).lemma === 'become') && (this.tok(np.start).pos === 'DET' || this.tok(cb + 1).pos === 'DET')) {
          const vb = this.vgAt(cb);
          const f = vb >= 0 ? this.subject(vb) : this.subjectBefore(vi, cb - 1);
          if (f.args.length) return f;
        }
        // "called a general strike to press their demands", "staged a sit-in to demand": an event as object does not
        // act; the purpose is its maker's.
        if (this.vgAt(b) >= 0 && nounPatterns.has(this.tok(np.head).lemma) && !this.resolveMemo(np)) return this.subject(this.vgAt(b));
        if (this.objectController(b, s)) return this.found([np]);
        // "urged the rebels in Sierra Leone to lay down their arms", "called on the warring factions in Somalia to
        // stop": the object before a place phrase is the doer.
        if (b > s && (this.lower(b) === 'in' || this.lower(b) === 'of') && placeWhole(this.c, np)) {
          const np0 = npAt(this.p, b - 1);
          const b0 = np0 && np0.end === b && !np0.temporal ? np0.start - 1 : -1;
          if (this.objectController(b0, s)) return this.found([np0!]);
        }
        // "crossed into northern Iraq to attack", "recruited workers in Brazil to help": a place or
        // phrase governed by another preposition does not act; nor the goal of a journey ("flew to Belfast to try to
        // rescue the talks": the traveller does).
        const journey = b > s && this.lower(b) === 'to' && this.vgAt(b - 1) >= 0 && this.isMotion(b - 1);
        if (!journey && !(b >= s && this.tok(b).pos === 'ADP' && !CONTROL_PREPS.has(this.lower(b)))) {
          // "Iran and Iraq to resume talks", "U.S., North Korea to hold talks": a headline's coordinated subject.
          const f = this.found(this.conjLeft(np));
          if (f.args.length) return f;
        }
      }
      // "who is due to meet", "are expected to meet": the subject of the predicate before "to".
      let q = j;
      while (q >= s && (this.tok(q).pos === 'ADJ' || this.tok(q).pos === 'AUX' || this.tok(q).pos === 'ADV' || this.tok(q).pos === 'VERB' && this.vgAt(q) < 0)) q--;
      if (q < j) {
        const f = this.subjectBefore(vi, q);
        if (f.args.length) return f;
        // "The minister is due to visit Egypt": an unnamed group before the predicate is the doer, as it is for
        // "is expected to visit" (whose participle is a verb group of its own), unless an earlier verb's subject
        // is resolved.
        const inh = this.inherit(vi);
        // (not a phrase opening with a possessive, "its foreign minister is to meet": whose it is, is elsewhere)
        const np0 = f.nps[0];
        return inh.args.length || f.nps.length !== 1 || np0!.pronoun || this.tok(np0!.start).pos === 'PRON' || !this.groupSector(np0!) ? inh : f;
      }
      return this.inherit(vi);
    }
    // "to help defend X", "helped rebuild": a bare infinitive right after help/let/make shares its subject.
    if (!g.inf && !g.neg && !g.modal && g.start === g.head && vi > 0 && this.p.vgs[vi - 1]!.head === g.start - 1
      && BARE_INF.has(this.tok(g.start - 1).lemma)) return this.subject(vi - 1);
    // A list of verb phrases: "King Hussein sacked his prime minister, named a new government and accused
    // Israel": a finite verb after a comma that ends an earlier verb's object shares that verb's subject.
    if (!g.inf && !g.bare && k > s && this.lower(k) === ',') {
      const np = npAt(this.p, k - 1);
      const vq = np && np.end === k ? this.vgAt(np.start - 1) : -1;
      // (not a relative clause's verb: "Acme, the firm that ran the mine, alleged")
      if (vq >= 0 && vq < vi && !this.p.vgs[vq]!.inf && !this.p.vgs[vq]!.bare && !this.p.vgs[vq]!.passive
        && !RELATIVE.has(this.lower(this.p.vgs[vq]!.start - 1)) && this.lower(this.p.vgs[vq]!.start - 1) !== 'whose') return this.subject(vq);
    }
    if (g.bare) {
      // "accused Iran of helping Assad", "sanctioned X for helping": the gerund's subject is the object before.
      const a = g.start - 1;
      if (a > s && (this.lower(a) === 'of' || this.lower(a) === 'for' || this.lower(a) === 'from')) {
        const np = npAt(this.p, a - 1);
        if (np && np.end === a && !np.temporal && this.vgAt(np.start - 1) >= 0) return this.found([np]);
      }
      // "clashed with students demanding reunification", "fired on crowds chanting slogans": an -ing participle right
      // after a noun phrase (no comma) modifies it, and that group does it. Not a place or a time ("took to the
      // streets of Cairo demanding", "on Monday demanding"); not a participle of growth, which modifies the noun after
      // it ("face mounting complaints"); not when its object is a pronoun for the phrase ("wrote to Hayward urging
      // him"); not for an addressee, whose writer goes on speaking ("wrote to Juppe urging reform").
      if (a > s && this.lower(g.head).endsWith('ing') && g.head === g.start && !GROWING.has(this.lower(g.head))
        && !OBJECT_PRON.has(this.lower(g.head + 1))) {
        const np = npAt(this.p, a);
        if (np && np.end === a + 1 && !np.temporal && !np.pronoun && !(this.lower(np.start - 1) === 'to' && this.vgAt(np.start - 2) >= 0) && !placeWhole(this.c, np)
          && (this.resolveMemo(np) || this.groupSector(np))) {
          const f = this.found(this.conjLeft(np));
          if (f.args.length || this.groupSector(np)) return f;
        }
      }
      // "Yugoslav officials said NATO had bombed civilian targets, accusing the alliance of war crimes": a speech
      // act in a participle clause after a comma is the reporter's, not the reported clause's subject's.
      if (a > s && this.lower(a) === ',' && verbPatternsFor(this.tok(g.head).lemma, this.lower(g.head))?.some((p) => SPEECH_ROOTS.has(p.cameo.slice(0, 2)))) {
        for (let q = vi - 1; q >= 0; q--) {
          const gq = this.p.vgs[q]!;
          if (gq.inf || gq.bare || cues.get(this.tok(gq.head).lemma)?.scope !== 'report') continue;
          const f = this.subject(q);
          if (f.args.length) return f;
          break;
        }
      }
      return this.inherit(vi);
    }
    const rel = this.relativeAntecedent(vi, k);
    if (rel) return this.found(this.conjLeft(rel));
    return this.subjectBefore(vi, k);
  }

  /** "A Chinese dissident who had campaigned for workers' rights was sentenced": a relative clause without commas
   * between the subject and its verb; the antecedent of "who"/"which" is the subject. */
  private relativeAntecedent(vi: number, k: number): NP | undefined {
    const g = this.p.vgs[vi]!;
    // ("The two experts who took part in the inquiry - a diplomat and a general - refused": past an aside in dashes)
    if (k > this.s && this.spacedDash(k)) {
      let q = k - 1;
      while (q > this.s && k - q < 20 && !this.spacedDash(q)) q--;
      if (q > this.s && this.spacedDash(q)) k = q - 1;
    }
    for (let q = k; q > this.s && k - q < 15; q--) {
      const w = this.lower(q);
      if (w === ',' || w === ';' || w === '"' || SUBORDINATORS.has(w) || COORD.has(w)) return undefined;
      if (w !== 'who' && w !== 'which') continue;
      // the relative clause has its own verb before this one
      let inner = false;
      for (let j = q + 1; j < g.start && !inner; j++) inner = this.vgAt(j) >= 0;
      const np = npAt(this.p, q - 1);
      return inner && np && np.end === q && !np.temporal && !np.pronoun ? np : undefined;
    }
    return undefined;
  }

  /** The subject of a predicate whose first word follows token k: a relative pronoun's antecedent
   * ("Burns, who met"), else the nearest noun phrase to the left. */
  private subjectBefore(vi: number, k: number): Found {
    const s = this.s;
    // Relative clause: "Burns, who met with ..."
    if (k >= s && RELATIVE.has(this.lower(k)) && (this.tok(k).pos === 'PRON' || this.tok(k).pos === 'DET' || this.tok(k).pos === 'SCONJ')) {
      let a = k - 1;
      if (this.lower(a) === ',') a--;
      const np = npAt(this.p, a);
      if (np && np.end - 1 === a && !np.temporal) {
        const f = this.found(this.conjLeft(np));
        if (f.args.length || this.lower(k) !== 'that') return f;
      }
    }
    // Plain clause: the nearest noun phrase to the left, past time phrases and prepositional phrases.
    /** An apposition skipped on the way ("Moscow, a traditional ally of Belgrade, backed"): the subject when the
     * name before it resolves to nobody ("Kenzo Oshima, the UN relief coordinator, demanded"). */
    let appos: NP | undefined;
    let lastInSeg: NP | undefined;
    /** "A statement read in Lagos on behalf of the Assembly denied": the one a statement speaks for. */
    let behalf: NP | undefined;
    while (k >= s) {
      const t = this.tok(k);
      // "Iran -- Caracas's main oil partner -- has been criticised", "Moscow — a close ally of Damascus — said":
      // a segment set off by a pair of dashes is skipped as one set off by commas is; an unpaired dash ends the
      // search as before (a dateline "BEIJING -- ").
      if (this.spacedDash(k)) {
        let skipped = false;
        for (let q = k - 1; q > s && k - q < 20; q--) {
          if (!this.spacedDash(q)) continue;
          const seg = this.parenthetical(q, k, vi);
          if (seg) {
            skipped = true;
            k = q;
            if (seg !== true) appos = seg;
          }
          break;
        }
        if (!skipped) break;
        k--;
        continue;
      }
      if (t.text === ',') {
        // A segment set off by commas between the subject and its verb: a relative clause ("Hamas, which controls
        // the Gaza Strip, fired"), a participle phrase ("Serb police, backed by tanks, attacked"; "Vedrine,
        // speaking in Paris, said") or an apposition ("Moscow, a traditional ally of Belgrade, backed").
        for (let q = k - 1; q > s && k - q < 20; q--) {
          if (this.lower(q) !== ',') continue;
          const seg = this.parenthetical(q, k, vi);
          if (seg) {
            // "Western governments, led by the United States, accused": the phrase's last name if the subject is unknown
            // (the agent of a by-phrase only: not "the rig, leased to BP, exploded")
            if (seg === true && !lastInSeg) {
              const np0 = npAt(this.p, k - 1);
              if (np0 && np0.end === k && !np0.temporal) {
                // "tabled by EU mediator Anna Berg": a title phrase may stand between "by" and the name
                const t0 = this.lower(np0.start - 1) === 'by' ? undefined : npAt(this.p, np0.start - 1);
                if (this.lower(np0.start - 1) === 'by' || (t0 && t0.end === np0.start && !t0.temporal && this.lower(t0.start - 1) === 'by')) lastInSeg = np0;
              }
            }
            k = q;
            if (seg !== true) appos = seg;
          }
          break;
        }
        k--;
        continue;
      }
      if (t.pos === 'ADV' || t.pos === 'PART') { k--; continue; }
      // "Movement for Justice and Unity (MJU), insisted": the bracketed name, else what comes before it.
      if (t.text === ')') {
        let o = k - 1;
        while (o > s && k - o < 8 && this.tok(o).text !== '(') o--;
        if (this.tok(o).text !== '(') break;
        const inner = npAt(this.p, k - 1);
        if (inner && inner.start > o && !inner.temporal) {
          const f = this.found([inner]);
          if (f.args.length) return f;
        }
        k = o - 1;
        continue;
      }
      // "The aid agency working in Chad said", "Troops backed by tanks attacked": skip a participle phrase
      // after the subject's noun.
      const vk = this.vgAt(k);
      if (vk >= 0 && vk < vi && this.participle(vk) && k > s && this.p.pos(k - 1) !== 'VERB') {
        const np0 = npAt(this.p, k - 1);
        if (np0 && !np0.temporal && !np0.pronoun) { k--; continue; }
      }
      const np = npAt(this.p, k);
      // "Washington's decision to bomb Iraq was criticized", "Moscow's refusal to withdraw its troops angered": the
      // object of an infinitive that completes a noun is not the subject; the noun phrase before "to" is.
      const vb = np && !np.temporal ? this.vgAt(np.start - 1) : -1;
      if (vb >= 0 && vb < vi && this.p.vgs[vb]!.inf && this.p.vgs[vb]!.start === np!.start - 1) {
        const toAt = this.p.vgs[vb]!.start - 1;
        const before = toAt - 1 >= s ? npAt(this.p, toAt - 1) : undefined;
        if (before && before.end === toAt && !before.temporal && !before.pronoun && this.p.pos(before.head) === 'NOUN') {
          k = toAt - 1;
          continue;
        }
      }
      if (np) {
        if (np.temporal) {
          // "The UN on Tuesday imposed": skip the time phrase with its preposition.
          k = np.start - 1;
          if (k >= s && this.tok(k).pos === 'ADP') k--;
          continue;
        }
        const b = np.start - 1;
        // Skip a prepositional phrase ("The United States on Thursday demanded"), but not "Up to 1,000 Turks began".
        if (b >= s && this.tok(b).pos === 'ADP' && this.lower(b) !== 'of' && !SUBORDINATORS.has(this.lower(b)) && this.tok(np.start).pos !== 'NUM') {
          k = b - 1;
          // "Nigerians from throughout the country": two prepositions in a row
          if (k > s && this.tok(k).pos === 'ADP' && this.lower(k) !== 'of' && !SUBORDINATORS.has(this.lower(k))) k--;
          continue;
        }
        // "Truckers angered by a rise in the price of diesel have blocked": the phrase
        // ends a participle's complement (through "of" too); the subject is the noun before the participle.
        if (b >= s && this.tok(b).pos === 'ADP' && !SUBORDINATORS.has(this.lower(b))) {
          if (!behalf && this.lower(b) === 'of' && b - 1 > s && this.lower(b - 1) === 'behalf') behalf = np;
          const pv = this.participleBefore(b, vi);
          if (pv >= 0) { k = pv; continue; }
        }
        let f = this.found(this.conjLeft(np));
        // "Western governments, led by the United States, accused": a collective without a country of its own (WST)
        // acts through the one a by-phrase names as leading it.
        if (lastInSeg && f.args.length === 1 && f.args[0]!.code === 'WST') {
          const f0 = this.found([lastInSeg]);
          if (f0.args.length) f = f0;
        }
        // Apposition: "Kenzo Oshima, the UN relief coordinator, demanded" - the description when the name is unknown.
        for (const alt of [appos, lastInSeg, behalf]) {
          if (f.args.length || !alt) continue;
          const f0 = this.found([alt]);
          if (f0.args.length) f = f0;
        }
        // "Kosovo's declaration of independence was endorsed": an "of" phrase that names nobody completes the
        // noun before it, which may ("Kosovo's declaration").
        if (!f.args.length && !np.pronoun && b > s && this.lower(b) === 'of') {
          const np0 = npAt(this.p, b - 1);
          if (np0 && np0.end === b && !np0.temporal && !np0.pronoun) {
            const f0 = this.found([np0]);
            if (f0.args.length) f = f0;
          }
        }
        // A pronoun nobody resolved: the subject of an earlier verb in the sentence ("Iraq said it would allow").
        if (!f.args.length && np.pronoun) {
          const inh = this.inheritResolved(vi);
          if (inh.args.length) return { nps: f.nps, args: inh.args };
        }
        // "India said its troops killed": a group of that subject's country (also when the entity stage placed the
        // group by a town of the sentence: "Rwanda said its troops were fighting in Congo"; not when a word of the
        // phrase names a country: "its Syrian allies").
        let own = false;
        for (let q = np.start + 1; q < np.head && !own; q++) own = !!this.c.ents.mentionAt(q)?.actor;
        if ((!f.args.length || !own) && POSSESSIVE_PRON.has(this.lower(np.start)) && np.head > np.start) {
          const sector = sectorOf(this.tok(np.head).lemma);
          const inh = sector ? this.inheritResolved(vi) : undefined;
          const c = inh?.args[0]?.code.slice(0, 3);
          if (c && countries.has(c)) {
            const sp = spanOf(this.doc, np.start, np.end);
            return { nps: f.nps, args: [{ ...sp, code: c + sector, name: `${sp.text} (${countries.get(c)!.name})` }] };
          }
        }
        return f;
      }
      break;
    }
    return { nps: [], args: [] };
  }

  /** A dash between words ("--", "—", or a hyphen with spaces on both sides), not a hyphen inside a compound. */
  private spacedDash(k: number): boolean {
    const t = this.tok(k);
    if (!DASHES.has(t.text)) return false;
    if (t.text !== '-') return true;
    const a = this.doc.tokens[k - 1];
    const b = this.doc.tokens[k + 1];
    return !!a && !!b && a.end < t.start && b.start > t.end;
  }

  /** A participle with no auxiliary at vk, before the verb vi: "operating", "backed", "angered". */
  private participle(vk: number): boolean {
    const g = this.p.vgs[vk]!;
    if (g.start !== g.head || g.inf || g.modal || g.neg) return false;
    if (g.bare) return true;
    // past participles in -ed/-en/-wn ("backed", "taken", "shown"); "came", "held" may be past tenses
    const w = lowerForm(this.tok(g.head));
    return w !== this.tok(g.head).lemma && (w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn'));
  }

  /** "put", "set", "hit" with no auxiliary: past tense or participle alike. */
  private sameParticiple(vk: number): boolean {
    const g = this.p.vgs[vk]!;
    return g.start === g.head && !g.inf && !g.modal && !g.neg && BASE_FORM_PASTS.has(this.lower(g.head));
  }

  /** Walking left from a preposition at b over prepositional phrases ("by a rise in the price of"): the
   * token of a participle that follows a noun phrase, or -1. */
  private participleBefore(b: number, vi: number): number {
    let m = b;
    for (let hops = 0; hops < 4 && m > this.s; hops++) {
      if (this.tok(m).pos !== 'ADP') return -1;
      const vk = this.vgAt(m - 1);
      if (vk >= 0) {
        if (vk >= vi || !this.participle(vk)) return -1;
        const np0 = npAt(this.p, m - 2);
        return np0 && np0.end === m - 1 && !np0.temporal && !np0.pronoun ? m - 1 : -1;
      }
      const np = npAt(this.p, m - 1);
      if (!np || np.end !== m || np.temporal) return -1;
      m = np.start - 1;
    }
    return -1;
  }

  /** The segment between commas at q and k, before verb vi, if it can be skipped on the way to the subject:
   * a relative clause or participle phrase (true), an apposition (its noun phrase), else undefined. */
  private parenthetical(q: number, k: number, vi: number): NP | true | undefined {
    const w = this.lower(q + 1);
    if (w === 'who' || w === 'which' || w === 'whose') return true; // "The United States, whose fleet operates out of Italy, said"
    // the segment must follow a noun phrase: "Serb police, backed by tanks," (not "In 1998, backed by ...")
    const anchor = npAt(this.p, q - 1);
    if (!anchor || anchor.end !== q || anchor.temporal) return undefined;
    const vk = this.vgAt(q + 1);
    // (a verb spelt like its participle opening the segment is one: "The plan, put forward by X, was endorsed")
    if (vk >= 0 && vk < vi) return this.participle(vk) || this.sameParticiple(vk) ? true : undefined;
    // ("China and Russia, long wary neighbours, signed": an adverb may open the apposition)
    const a0 = this.tok(q + 1).pos === 'ADV' && q + 2 < k ? q + 2 : q + 1;
    const np = npAt(this.p, a0);
    if (!np || np.start !== a0 || np.temporal || np.pronoun) return undefined;
    // an apposition describes: a determiner or common noun first, no verb and no list inside (but an infinitive
    // after its noun: "Chile, the first Andean country to recognize Bolivia's new leaders, has been urging")
    if (this.tok(np.start).pos !== 'DET' && this.p.pos(np.head) !== 'NOUN') return undefined;
    // ("Acme, the firm that ran the mine, alleged": a relative clause after the noun describes it too)
    const rel = RELATIVE.has(this.lower(np.end)) || this.lower(np.end) === 'whose';
    for (let j = q + 1; j < (rel ? np.end : k); j++) {
      const vj = this.vgAt(j);
      if ((vj >= 0 && !(this.p.vgs[vj]!.inf && j > np.end)) || this.tok(j).pos === 'CCONJ') return undefined;
    }
    return np;
  }

  // ---------------------------------------------------------------- targets

  /** Arguments in the first slot that yields any: direct object, that-clause subject, or a prepositional phrase. */
  private slotArgs(slots: string[], from: number, limit: number, place: boolean): { args: EventArgument[]; nps: NP[]; loc?: EventLocation; unnamed?: NP } {
    // The first phrase found in a slot that names no actor ("talks with the opposition"): a group noun there may
    // still be coded from the place or the sentence's one country (unnamedGroup).
    let unnamed: NP | undefined;
    for (const slot of slots) {
      // Candidate phrases for the slot: the direct object, or each phrase after the preposition in the window
      // ("contribute up to 2,500 police to a mission ..." tries both phrases after "to").
      const cands: NP[] = [];
      if (slot === 'obj') {
        // "denounced what it called an American plot": the phrase the speaker names is the object.
        const named = this.whatItCalled(from);
        // "forced out on Sunday some 300 migrant families": a time phrase may come first.
        const np = named >= 0 ? this.npFrom(named, this.e) : this.npFrom(from, limit) ?? this.npFrom(this.skipTemporal(from), limit);
        if (np) cands.push(np);
      } else {
        // "hand over al-Qaeda suspects captured on its soil to the United States": a participle phrase right after
        // the object describes it; the slot's preposition may come after it.
        let lim = limit;
        const vl = this.vgAt(limit);
        if (slot !== 'that' && vl >= 0 && limit > from && this.p.pos(limit - 1) === 'NOUN' && this.npFrom(from, limit)?.end === limit
          && this.participle(vl) && !slots.some((x) => x !== slot && this.lower(limit + 1) === x)) {
          let k = from;
          while (k < limit && this.lower(k) !== slot) k++;
          if (k === limit) lim = this.limitAfter(this.p.vgs[vl]!.head);
        }
        for (let k = from; k < lim && cands.length < 3; k++) {
          // "that" as a relative pronoun opens no clause, but after an event noun it does ("demands that X grant").
          if (this.lower(k) === slot && (slot !== 'that' || this.tok(k).pos !== 'PRON' || (k > this.s && nounPatterns.has(this.tok(k - 1).lemma)))) {
            const np = this.npFrom(k + 1, lim);
            if (np) cands.push(np);
          }
        }
      }
      for (let np of cands) {
        // "massed troops on its border with Iraq": the other side of a border is the one aimed at.
        if (BORDERS.has(this.tok(np.head).lemma) && this.lower(np.end) === 'with') np = this.npFrom(np.end + 1, limit) ?? np;
        const nps = this.conjRight(np, limit);
        let args = this.resolveAll(nps);
        if (!args.length && this.lower(np.start) === 'their') args = this.theirOwner(from);
        if (!args.length && this.lower(np.start) === 'its') args = this.itsOwner(from);
        // "froze accounts belonging to the ex-governor and his wife", "property owned by": the owner
        const ow = this.lower(np.end);
        // ("stormed the gas plant held by militants", "shelled the town controlled by rebels": who holds it)
        if (!args.length && ((ow === 'belonging' && this.lower(np.end + 1) === 'to') || (OWNING.has(ow) && this.lower(np.end + 1) === 'by'))) {
          const owner = this.npFrom(np.end + 2, this.e);
          if (owner) args = this.resolveAll(this.conjRight(owner, this.e));
          // an unnamed holder ("held by militants") may still be placed (unnamedGroup)
          if (!args.length && owner && !owner.pronoun && ow !== 'owned' && this.groupSector(owner)) unnamed ??= owner;
        }
        // "opened fire on a bus carrying Coptic pilgrims", "attacked a convoy taking aid workers to": whom the vehicle
        // carries is the one aimed at
        if (!args.length && CARRYING.has(ow)) {
          // (the participle opens a verb group of its own: past the slot's limit)
          const who = this.npFrom(np.end + 1, this.e);
          if (who) args = this.resolveAll(this.conjRight(who, this.e));
          if (!args.length && who && !who.pronoun && this.groupSector(who)) unnamed ??= who;
        }
        // "agreed to a ceasefire proposed by Nigeria", "rejected a plan drafted by the United States": the author of a
        // proposal is the one answered
        if (!args.length && PROPOSING.has(ow)) {
          const by = this.lower(np.end + 1) === 'by' ? np.end + 2 : this.lower(np.end + 1) === 'forward' && this.lower(np.end + 2) === 'by' ? np.end + 3 : -1;
          const who = by > 0 ? this.npFrom(by, this.e) : undefined;
          if (who) args = this.resolveAll(this.conjRight(who, this.e));
        }
        // "pushed back against growing pressure from some opposition senators", "rejected calls by the opposition": who
        // presses or asks is the one resisted
        if (!args.length && (ow === 'from' || ow === 'by') && ASKING_NOUNS.has(this.tok(np.head).lemma)) {
          const who = this.npFrom(np.end + 1, limit);
          if (who) args = this.resolveAll(this.conjRight(who, limit));
        }
        // "to host peace talks between Sudan's government and the rebels": the parties of an event named as object
        if (!args.length && slot === 'obj' && this.lower(np.end) === 'between' && nounPatterns.has(this.tok(np.head).lemma)) {
          const who = this.npFrom(np.end + 1, limit);
          if (who) args = this.resolveAll(this.conjRight(who, limit));
        }
        let loc: EventLocation | undefined;
        if (place) {
          // Each visited place is its own location ("visits to Ukraine on Wednesday and Germany on Thursday").
          // ("swamped the heart of Cairo": the place of an "of" phrase)
          const places = nps.map((x) => placeOf(this.c, x) ?? (this.lower(x.end) === 'of' ? this.placeAfter(x.end + 1, limit) : undefined));
          loc = places[0];
          if (!args.length) for (const pl of places) if (pl) args.push({ start: pl.start, end: pl.end, text: pl.text, code: pl.country, name: pl.name });
          for (const pl of places) if (pl) this.placeByStart.set(pl.start, pl);
        }
        if (args.length) return { args, nps, loc };
        if (!unnamed && !np.pronoun && (sectorOf(this.tok(np.head).lemma) || (slot !== 'obj' && this.groupSector(np)))) unnamed = np;
      }
    }
    return { args: [], nps: [], unnamed };
  }

  /** "the rebels took an important step ... when France recognized their national council": "their" in an object
   * nobody resolves is the plural group that is the subject of an earlier clause of the sentence (not the verb's own). */
  private theirOwner(from: number): EventArgument[] {
    const vi = this.vgAt(from - 1) >= 0 ? this.vgAt(from - 1) : this.vgAt(from - 2);
    for (let q = 0; q < vi; q++) {
      const sj = this.subject(q);
      const np = sj.nps.length === 1 ? sj.nps[0]! : undefined;
      const ht = np && this.tok(np.head);
      if (ht && !np!.pronoun && ht.pos === 'NOUN' && lowerForm(ht) !== ht.lemma && sj.args.length === 1) return sj.args;
    }
    return [];
  }

  /** A verb of travel at k ("flew", "travelled"; the tagger's lemma of British spellings may keep the ending). */
  private isMotion(k: number): boolean {
    const t = this.tok(k);
    return MOTION.has(t.lemma) || MOTION.has(this.lower(k).replace(/l?ed$/, ''));
  }

  /** Does the verb at b (or before the control preposition at b: "called on") pass control of an infinitive to its
   * object ("urged the EC to support")? Only verbs of asking, urging and allowing: "sent troops to help" is a purpose. */
  private objectController(b: number, s: number): boolean {
    if (b < s) return false;
    const cv = this.vgAt(b) >= 0 ? b : this.tok(b).pos === 'ADP' && CONTROL_PREPS.has(this.lower(b)) && this.vgAt(b - 1) >= 0 ? b - 1 : -1;
    // ("flew to Belfast to try to rescue the talks": the goal of a journey does not act; the traveller does)
    return cv >= 0 && !PURPOSE_VERBS.has(this.tok(cv).lemma) && !(cv < b && this.isMotion(cv));
  }

  /** "Libya said British jets had bombed its oilfield", "Iran says Iraqi forces shelled its border posts": "its" in
   * an object nobody resolves is the country or organisation named as the subject of an earlier clause, when that
   * subject is a name (not a common noun, not the verb's own subject, not a person). */
  private itsOwner(from: number): EventArgument[] {
    const vi = this.vgAt(from - 1) >= 0 ? this.vgAt(from - 1) : this.vgAt(from - 2);
    if (vi < 0) return [];
    const mine = this.subject(vi);
    const own = mine.args;
    // ("NATO attacked its former ally": a singular subject of the verb itself owns "its"; "Iraqi forces" cannot)
    const h = mine.nps.length === 1 ? this.tok(mine.nps[0]!.head) : undefined;
    // (an act is no owner: "a British air strike had hit its oilfield"; "it" is: "urged it to halt its offensive")
    if (mine.nps.length === 1 && mine.nps[0]!.pronoun ? this.lower(mine.nps[0]!.head) === 'it'
      : h && !TRIGGER_NOUNS.has(h.lemma) && (h.pos === 'PROPN' || lowerForm(h) === h.lemma)) return [];
    for (let q = vi - 1; q >= 0; q--) {
      const sj = this.subject(q);
      const np = sj.nps.length === 1 ? sj.nps[0]! : undefined;
      const a = sj.args.length === 1 ? sj.args[0]! : undefined;
      if (!np || !a || np.pronoun || this.p.pos(np.head) !== 'PROPN' || this.c.ents.mentionAt(np.head)?.type === 'PER') continue;
      if (own.some((o) => o.code.slice(0, 3) === a.code.slice(0, 3))) return [];
      return [a];
    }
    return [];
  }

  /** Aid, yielding, protest and force done somewhere without a named target are done to that place's country
   * ("imposed a curfew in Cizre" -> TUR), as PLOVER codes them; meetings in Geneva are not with Switzerland. */
  private placeAsTarget(cameo: string, targets: EventArgument[], loc: EventLocation | undefined): EventArgument[] {
    if (targets.length || !loc) return targets;
    const root = Number(cameo.slice(0, 2));
    if (root !== 7 && root !== 8 && root < 14) return targets;
    return [{ start: loc.start, end: loc.end, text: loc.text, code: loc.country, name: loc.name }];
  }

  /** A protest by a national actor that names no target and no place is aimed at home ("Kenyan opposition
   * supporters staged a rally to demand reform" KEN -> KEN): CAMEO codes dissent against the actor's own country. */
  // So is a political concession that names no one it yields to ("Guei bowed to popular pressure and conceded defeat"
  // CIV -> CIV: CAMEO 080-083 are yielded at home; not a resignation, 0831).
  private protestAtHome(cameo: string, sources: EventArgument[], at: { start: number; end: number; text: string }): EventArgument[] {
    if (!(cameo.startsWith('14') || (/^08[0-3]/.test(cameo) && cameo !== '0831')) || sources.length !== 1) return [];
    const c = sources[0]!.code.slice(0, 3);
    const country = countries.get(c);
    return country ? [{ ...at, code: c, name: country.name }] : [];
  }

  /** The end of the phrase at i with the phrases coordinated after it ("troops and fighter jets"). */
  private phraseEnd(i: number, limit: number): number {
    let np = npAt(this.p, i);
    if (!np) return i + 1;
    for (let next: NP | undefined; (this.lower(np.end) === 'and' || this.lower(np.end) === 'or') && (next = this.npFrom(np.end + 1, limit)); ) np = next;
    return np.end;
  }

  /** A "to"/"into"/"toward" phrase at i (past a time phrase): where something is sent. */
  private destinationAfter(i: number, limit: number): boolean {
    const k = this.skipTemporal(i);
    return k < limit && DESTINATION.has(this.lower(k)) && !!this.npFrom(k + 1, limit);
  }

  /** "what it called", "what he described as": the token after the naming verb when "what" opens at i, else -1. */
  private whatItCalled(i: number): number {
    if (this.lower(i) !== 'what' || this.tok(i + 1)?.pos !== 'PRON' || !NAMING.has(this.tok(i + 2)?.lemma ?? '')) return -1;
    return this.lower(i + 3) === 'as' ? i + 4 : i + 3;
  }

  /** The first foreign mission ("the Indian High Commission", "the U.S. embassy", "the UN office") in [i, limit) that
   * resolves to a country or an international body. */
  private missionIn(i: number, limit: number): EventArgument | undefined {
    for (let k = i; k < limit; k++) {
      if (!MISSIONS.has(this.tok(k).lemma.toLowerCase())) continue;
      const np = npAt(this.p, k);
      const a = np && np.head === k ? this.resolveMemo(np) : undefined;
      if (a && (countries.has(a.code.slice(0, 3)) || a.code.startsWith('IGO'))) return a;
    }
    return undefined;
  }

  /** "despite (growing) pressure from X", "in defiance of calls by X": the actors who ask, after i in the clause. */
  private despiteWho(i: number): EventArgument[] {
    for (let k = i; k < this.e && this.lower(k) !== ';'; k++) {
      let at = this.lower(k) === 'despite' ? k + 1 : this.lower(k) === 'defiance' && this.lower(k + 1) === 'of' ? k + 2 : -1;
      if (at < 0) continue;
      // ("despite repeated pleas", "despite growing pressure": a participle the tagger left out of the phrase)
      if (this.p.pos(at) === 'VERB' && /(?:ed|ing)$/.test(this.lower(at))) at++;
      const np = this.npFrom(at, this.e);
      if (!np || !ASKING_NOUNS.has(this.tok(np.head).lemma)) return [];
      const by = this.lower(np.end);
      const who = by === 'from' || by === 'by' ? this.npFrom(np.end + 1, this.e) : undefined;
      // ("despite Malawi's pleas": the asker as possessor)
      return who ? this.resolveAll(this.conjRight(who, this.e)) : np.poss >= 0 ? this.resolveAll([npAt(this.p, np.start)!]).slice(0, 1) : [];
    }
    return [];
  }

  /** The place of the first "from" phrase in [i, limit) ("expelled from Ethiopia"). */
  private fromPlace(i: number, limit: number): EventLocation | undefined {
    for (let k = i; k < limit; k++) if (this.lower(k) === 'from') return this.placeAfter(k + 1, limit);
    return undefined;
  }

  private placeAfter(i: number, limit: number): EventLocation | undefined {
    const np = this.npFrom(i, limit);
    return np ? placeOf(this.c, np) : undefined;
  }

  /** "in Geneva", "near Ukraine": the first place in a prepositional phrase within [from, limit). */
  private locationIn(from: number, limit: number): EventLocation | undefined {
    for (let k = from; k < limit; k++) {
      const w = this.lower(k);
      // "an ambush east of Algiers", "50 km south of Kabul": a compass direction with "of" is a place phrase too.
      const dir = DIRECTIONS.has(w) && this.lower(k + 1) === 'of';
      if (!dir && !LOC_PREPS.has(w)) continue;
      const np = this.npFrom(dir ? k + 2 : this.lower(k + 1) === 'of' ? k + 2 : k + 1, limit);
      if (!np) continue;
      let loc = placeOf(this.c, np);
      // "near the town of Samarra", "outside of the Afghan town of Kunduz"; "along its border with Iraq"
      const link = this.lower(np.end);
      if (!loc && (link === 'of' || (link === 'with' && BORDERS.has(this.tok(np.head).lemma)))) {
        const np2 = this.npFrom(np.end + 1, limit);
        if (np2) loc = placeOf(this.c, np2);
      } else if (loc && (link === 'in' || link === 'of') && this.p.pos(np.head) === 'NOUN') {
        // "outside a U.S. military housing complex in Saudi Arabia": a name modifying a building or a base says
        // whose it is; the place after it says where.
        const np2 = this.npFrom(np.end + 1, limit);
        const loc2 = np2 ? placeOf(this.c, np2) : undefined;
        if (loc2) loc = loc2;
      }
      if (loc) return loc;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- factuality

  private factuality(g: VerbGroup | undefined, trigger: number, isNoun: boolean): Factuality {
    let best: Factuality = 'asserted';
    if (g?.neg) best = higher(best, 'negated');
    if (g?.modal) best = higher(best, cues.get(g.modal)?.value ?? 'asserted');
    const s = this.s;
    let k = (g ? g.start : trigger) - 1;
    let comma = false;
    let finite = false;
    let sawThat = false;
    let compDone = false;
    let conj = false;
    const dependent = isNoun || !!g?.inf || !!g?.bare || (!!g && this.continuesInfinitive(g));
    for (; k >= s; k--) {
      const t = this.tok(k);
      const w = this.lower(k); // precomputed for the sentence
      if (w === ';') break;
      if (w === ',') comma = true;
      if (w === 'that') sawThat = true;
      // A noun after "and" belongs to a new conjunct: "if diplomacy fails and Russia launches an incursion".
      if (isNoun && t.pos === 'CCONJ') conj = true;
      // (a two-word cue, "set to", only with its second word: "set up a camp to help" is no plan)
      const cue = cues.get(t.lemma) ?? cues.get(w) ?? (TWO_WORD_CUE_STARTS.has(t.lemma) ? cues.get(`${t.lemma} ${this.lower(k + 1)}`) : undefined);
      if (cue && !comma) {
        if (cue.scope === 'clause' && !cue.next) best = higher(best, cue.value);
        // ("Uganda denied it had sent troops": a that-clause without "that", its subject right after the cue)
        else if (cue.scope === 'comp' && !compDone && !conj && (((dependent || sawThat) && !finite) || this.zeroThat(k, g))
          && (this.vgAt(k) >= 0 || t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || this.beArranged(k))) {
          best = higher(best, cue.value);
          // "had no plans to attack", "there is no intention to": a cue noun under "no" denies the act
          if (t.pos === 'NOUN' && this.lower(k - 1) === 'no') best = higher(best, 'negated');
          compDone = true;
          const gv = this.vgAt(k) >= 0 ? this.p.vgs[this.vgAt(k)] : undefined;
          if (gv?.neg) best = higher(best, 'negated');
          else if (gv?.modal) best = higher(best, cues.get(gv.modal)?.value ?? 'asserted');
        }
      }
      const vk = this.vgAt(k);
      if (vk >= 0 && !this.p.vgs[vk]!.inf && !this.p.vgs[vk]!.bare) {
        // The verb governing a dependent clause passes on its own modality ("will meet ... to reinforce").
        if (!compDone && dependent && !finite) {
          const gv = this.p.vgs[vk]!;
          if (gv.neg && cues.get(t.lemma)?.scope !== 'report') best = higher(best, 'negated');
          else if (gv.modal) best = higher(best, cues.get(gv.modal)?.value ?? 'asserted');
        }
        finite = true;
      }
    }
    if (best === 'asserted') {
      if (this.reportAt === undefined) {
        this.reportAt = [];
        for (let i = s; i < this.e; i++) {
          const t = this.tok(i);
          if (this.lower(i) === 'according' && this.lower(i + 1) === 'to') this.reportAt.push(i);
          else if (t.pos === 'VERB' && cues.get(t.lemma)?.scope === 'report') this.reportAt.push(i);
        }
      }
      if (this.reportAt.some((i) => i !== trigger)) return 'reported';
    }
    return best;
  }

  /** The clause of group g is the complement of the verb at k with "that" left out: one phrase (its subject) between
   * them ("denied it had sent troops", "warned the army would attack"). */
  private zeroThat(k: number, g: VerbGroup | undefined): boolean {
    if (!g || this.vgAt(k) < 0 || g.inf || g.bare) return false;
    const np = npAt(this.p, k + 1);
    // (a clause verb with an auxiliary, or after a pronoun: "rejected the plan proposed by Norway" is a relative)
    return !!np && np.start === k + 1 && np.end === g.start && (g.start < g.head || np.pronoun);
  }

  /** A base form coordinated with the infinitive before it continues it: "reluctant to sanction or even criticise Iran". */
  private continuesInfinitive(g: VerbGroup): boolean {
    const h = this.tok(g.head);
    if (g.inf || g.bare || g.start !== g.head || lowerForm(h) !== h.lemma) return false;
    let k = g.start - 1;
    while (k > this.s && this.tok(k).pos === 'ADV') k--;
    const vi = this.vgAt(g.head);
    return vi > 0 && COORD.has(this.lower(k)) && this.p.vgs[vi - 1]!.inf;
  }

  /**
   * "be" + infinitive as an arrangement ("Annan is to travel to Moscow", "the president is to visit Cairo", "the
   * envoy, Kofi Annan, is to travel"): "be" (an auxiliary to the tagger) after a subject noun phrase that names no
   * purpose. Not "the goal was to prevent", "the role of the force in the region is to protect" (purpose-nouns.tsv),
   * "what they want is to talk", "Congress is to blame".
   */
  private beArranged(k: number): boolean {
    if (this.tok(k).lemma !== 'be' || this.lower(k + 1) !== 'to' || k - 1 < this.s) return false;
    // "is to blame", "is to be blamed": a judgement
    if (this.tok(k + 2)?.lemma === 'blame' || (this.lower(k + 2) === 'be' && this.tok(k + 3)?.lemma === 'blame')) return false;
    let j = k - 1;
    if (this.lower(j) === ',') j--; // an apposition before "is": "the envoy, Kofi Annan, is to"
    const last = this.tok(j);
    if (!last || j < this.s || !(last.pos === 'NOUN' || last.pos === 'PROPN' || PERSONAL.has(this.lower(j)))) return false;
    // the subject's words, back to the clause start: none may name a purpose ("the aim of the raid is to")
    for (let n = 0; j >= this.s && n < 8; j--, n++) {
      const u = this.tok(j);
      if (u.pos === 'NOUN' && purposeNouns.has(u.lemma)) return false;
      if (!(u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'ADJ' || u.pos === 'DET' || u.pos === 'NUM'
        || u.pos === 'ADP' || this.lower(j) === '-' || this.lower(j) === ',' || PERSONAL.has(this.lower(j)))) break;
    }
    return true;
  }

  // ---------------------------------------------------------------- triggers

  private nounAt(i: number): NounPattern | undefined {
    const pats = nounPatterns.get(this.tok(i).lemma) ?? nounPatterns.get(this.lower(i))
      ?? (i === this.s && this.tok(i).pos === 'PROPN' ? nounPatterns.get(initialNoun(this.tok(i).text)) : undefined);
    if (!pats) return undefined;
    for (const p of pats) {
      const m = p.lemmas.length;
      if (i - m + 1 < this.s) continue;
      let ok = true;
      for (let q = 0; q < m - 1 && ok; q++) {
        const t = this.tok(i - m + 1 + q);
        ok = t.lemma === p.lemmas[q] || this.lower(i - m + 1 + q) === p.lemmas[q];
      }
      if (ok) return p;
    }
    return undefined;
  }

  /** A noun that heads its phrase ("riot" in "riot gear" does not; "strike" in "hunger strike" does). */
  private isHead(i: number): boolean {
    const np = npAt(this.p, i);
    return !np || np.head === i || (np.poss >= 0 && i === np.poss - 1);
  }

  /** A noun pattern inside [a, b): the event a light verb's object names. */
  private nounIn(a: number, b: number): { i: number; pat: NounPattern } | undefined {
    for (let i = a; i < b; i++) {
      const tp = this.p.pos(i);
      // "launched an offensive against": the tagger may call the event noun an adjective; as the last word of
      // the phrase it is its head.
      const adjLast = tp === 'ADJ' && npAt(this.p, i)?.end === i + 1;
      if (tp !== 'NOUN' && tp !== 'PROPN' && !adjLast) continue;
      // ("launched a ground offensive on": the chunk's head is the last noun, "ground"; the event noun ends it)
      if (!adjLast && !this.isHead(i)) continue;
      const pat = this.nounAt(i);
      if (pat) {
        // prefer the longest compound ending later ("state of siege" over "state")
        return { i, pat };
      }
    }
    return undefined;
  }

  /** A word that puts an end to what follows its preposition (a negating cue: "end", "halt", "cessation"). */
  private endsWhat(k: number): boolean {
    const cue = k >= this.s ? cues.get(this.tok(k).lemma) : undefined;
    return cue?.value === 'negated' && cue.scope === 'comp';
  }

  private verb(vi: number, out: Event[]): void {
    const g = this.p.vgs[vi]!;
    const h = g.head;
    const vt = this.tok(h);
    const pats = verbPatternsFor(vt.lemma, this.lower(h));
    if (!pats) return;
    // ("denounced what it called a plot": naming inside the object is no act of its own)
    if (h - 2 >= this.s && this.whatItCalled(h - 2) >= 0) return;
    // "calls for an end to fighting", "a halt to killing": a gerund that a negating noun puts an end to is nobody's act.
    if (this.lower(g.start - 1) === 'to' && this.tok(g.start - 2)?.pos === 'NOUN' && this.endsWhat(g.start - 2)) return;
    let limit = this.limitAfter(h);
    // "donated and personally delivered goods to X": a verb directly coordinated with the next shares its phrases.
    {
      let k = h + 1;
      while (k < limit && this.tok(k).pos === 'ADV') k++;
      if (k < limit && COORD.has(this.lower(k))) {
        let q = k + 1;
        while (q < this.e && this.tok(q).pos === 'ADV') q++;
        const nv = this.vgAt(q);
        if (nv >= 0) limit = this.limitAfter(q);
      }
    }
    let chosen: VerbPattern | undefined;
    let objStart = h + 1;
    // "hacked to death 30 refugees", "beaten to death": the phrase before the object makes an assault a killing.
    let toDeath = false;
    let light: { i: number; pat: NounPattern } | undefined;
    let recipient: NP | undefined;
    let recipientName: EventArgument | undefined;
    let postComma = -1;
    let objBySubject = false;
    /** A passive whose subject is no patient: the doer ("were withdrawn") or an instrument ("tear gas was fired"). */
    let selfPassive = false;
    for (const pat of pats) {
      let from = h + 1;
      if (pat.particle) {
        if (this.lower(h + 1) !== pat.particle) continue;
        from = h + 2;
      }
      if (pat.subject) {
        const sh = this.subject(vi).nps[0]?.head;
        // the head's lemma, or a compound "peacekeeping_troop" ("Bangladeshi peacekeeping troops")
        // (a capitalised plural opening the sentence keeps its "s" as the tagger's lemma: "Thousands", "Protesters")
        const sl = this.tok(sh ?? this.s).lemma.toLowerCase();
        if (sh === undefined || !(pat.subject.has(sl) || (sl.endsWith('s') && pat.subject.has(sl.slice(0, -1)))
          || (sh > this.s && pat.subject.has(`${this.lower(sh - 1)}_${this.tok(sh).lemma}`)))) continue;
      }
      if (pat.compRoots && !this.compReaches(this.skipTemporal(from), pat.compRoots)) continue;
      if (pat.be && !g.passive) continue;
      if (pat.post) {
        postComma = this.postposed(vi);
        if (postComma < 0) continue;
      }
      if (pat.inf && !this.infinitiveAfter(this.npFrom(from, limit)?.end ?? from, limit)) continue;
      if (pat.noInf && this.infinitiveAfter(this.npFrom(from, limit)?.end ?? from, this.e)) continue;
      toDeath = this.lower(from) === 'to' && this.lower(from + 1) === 'death';
      if (toDeath) from += 2;
      const obj = this.npFrom(from, limit);
      if (pat.object?.has('@actor?')) {
        // "@actor?": fighting with no object or with an actor as object ("fought on", "fought rebels", "fought against
        // the army"), not "fight corruption", "fought the fire", "fight the decision in court".
        if (!this.fightsActor(obj ?? (this.lower(from) === 'against' ? this.npFrom(from + 1, limit) : undefined))) continue;
      } else if (pat.object?.has('@actor')) {
        // "@actor": only when the object names an actor ("charged the minister", not "charge a car"), or a group of
        // people ("beat demonstrators", "freed 20 prisoners"; not for "call": "called the police" is no meeting).
        let ok = !!obj && !!(this.resolveMemo(obj) || (!pat.cameo.startsWith('04') && !obj.pronoun && this.peopleHead(this.ofGroup(obj))));
        // "Tsvangirai was charged with treason by prosecutors", "20 prisoners were freed": in the passive the subject
        // is the object (the phrase right before the verb group, as for the object lists below)
        if (!ok && g.passive) {
          const sp = npAt(this.p, g.start - 1);
          ok = objBySubject = !!sp && sp.end === g.start && !sp.pronoun && !sp.temporal
            && !!(this.resolveMemo(sp) || (!pat.cameo.startsWith('04') && this.peopleHead(this.ofGroup(sp))));
        }
        if (!ok) continue;
      } else if (pat.object?.has('@place')) {
        // "@place": only when the object is a named place ("troops left Somalia", not "leaving 100 UN troops").
        // (or a name the entity stage typed otherwise, coded as a bare country, that is a place of the gazetteer:
        // "captured Brega", "captured Iquitos")
        const m = obj && this.c.ents.mentionAt(obj.head);
        const pl = m && m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'PER' && m.kind === 'name' && m.actor?.code.length === 3 && countries.has(m.actor.code) ? placeOf(this.c, obj!) : undefined;
        if (!m || (m.type !== 'GPE' && m.type !== 'LOC' && !(pl && pl.start === m.start && pl.end === m.end))) continue;
      } else if (pat.object) {
        let hit = false;
        // "agreed to the opposition's demands": after a preposition, the whole phrase it governs.
        const pobj = !obj && this.tok(from)?.pos === 'ADP' ? this.npFrom(from + 1, limit) : undefined;
        // ("put its troops along the Iraqi border on alert": past a place phrase after the object)
        const placePhrase = obj && PLACE_PREPS.has(this.lower(obj.end)) ? this.npFrom(obj.end + 1, limit) : undefined;
        const scanEnd = obj ? Math.min(limit, this.ahead(placePhrase?.end ?? obj.end, 3)) : pobj ? pobj.end : Math.min(limit, from + 4);
        for (let q = toDeath ? from - 2 : from; q < scanEnd && !hit; q++) hit = pat.object.has(this.tok(q).lemma) || pat.object.has(this.lower(q));
        // ("also=border": a second word the same stretch must hold, "sent troops to the border"; the stretch may reach
        // into an infinitive after the object, "ordered two diplomats to leave")
        let also = !pat.also;
        const alsoEnd = obj ? Math.min(this.e, this.ahead(placePhrase?.end ?? obj.end, 3)) : scanEnd;
        for (let q = from; q < alsoEnd && !also; q++) also = pat.also!.has(this.tok(q).lemma) || pat.also!.has(this.lower(q));
        hit &&= also;
        // "said Turkey's demands were unacceptable", "said that the raid was a crime": only a verdict on the clause's
        // subject, in its predicate after "be" (nothing else counts for a verb of saying)
        if (pat.verdict) {
          hit = false;
          const subjNp = this.lower(from) === 'that' ? this.npFrom(from + 1, this.e) : obj;
          let q = subjNp ? subjNp.end : -1;
          // (past adverbs and other auxiliaries: "said the elections had been free", "would be a crime")
          while (q >= 0 && q < this.e && (this.tok(q).pos === 'ADV' || (this.tok(q).pos === 'AUX' && this.tok(q).lemma !== 'be' && this.tok(q + 1)?.lemma === 'be'))) q++;
          if (q >= 0 && this.tok(q)?.lemma === 'be') {
            // (the words as written: "he was insulted" is no verdict "an insult")
            for (let r = q + 1; r < Math.min(this.e, q + 5) && !hit; r++) hit = pat.object.has(this.lower(r));
          }
        }
        // "described the air raids on Tripoli and Benghazi as a criminal act": the verdict in the "as" phrase, however
        // long the object
        if (!hit && obj && AS_VERDICT.has(vt.lemma)) {
          let q = obj.end;
          while (q < limit && this.lower(q) !== 'as') q++;
          const v = this.npFrom(q + 1, limit);
          for (let r = q + 1; v && r < Math.min(limit, v.end + 2) && !hit; r++) hit = pat.object.has(this.tok(r).lemma) || pat.object.has(this.lower(r));
        }
        // "peacekeepers were withdrawn from": in the passive the subject is the object
        // (the phrase right before the verb group: a full subject search for every passive costs too much)
        if (!hit && g.passive) {
          const sp = npAt(this.p, g.start - 1);
          hit = objBySubject = !!sp && sp.end === g.start && pat.object.has(this.tok(sp.head).lemma);
        }
        if (!hit) continue;
      }
      if (pat.cameo === '*') {
        if (!obj) continue;
        light = this.nounIn(obj.start, Math.min(limit, this.ahead(obj.end, 3)));
        // "gave Russia a loan": the event noun in a second phrase after the first object, which is the recipient.
        if (light && light.i >= obj.end && npAt(this.p, light.i)?.start !== obj.start && this.resolveMemo(obj)) recipient = obj;
        if (!light) {
          // double object: "gave the Gambia 2.3 million euros of aid"
          const obj2 = this.npFrom(obj.end, limit);
          if (obj2) {
            light = this.nounIn(obj2.start, Math.min(limit, obj2.end + 3));
            if (light) recipient = obj;
          }
        }
        // "gave Israel 650 million dollars": a name then an amount, one phrase for the tagger; the name receives it
        if (light && !recipient && !recipientName && light.i > obj.start) {
          // (and "gave Spain information": after a verb of giving, a country's or person's name, not a modifier
          // "the UN troops", "Iraqi officials")
          let q = obj.start;
          while (q < light.i && this.tok(q).pos !== 'NUM') q++;
          const m0 = this.c.ents.mentionAt(obj.start);
          const give = GIVING.has(vt.lemma) && this.tok(obj.start).pos === 'PROPN' && (m0?.type === 'GPE' || m0?.type === 'PER') && tokenIndexAt(this.doc, m0.end - 1) < light.i;
          const m = (q > obj.start && q < light.i) || give ? this.c.ents.mentionAt(give ? obj.start : q - 1) : undefined;
          if (m?.actor && m0 === m) recipientName = { start: m.start, end: m.end, text: m.text, code: m.actor.code, name: m.name ?? m.actor.name };
        }
        if (!light) continue;
      }
      // "Yeltsin fired his prime minister": "fire" with a person or an official as direct object dismisses them
      if (this.tok(h).lemma === 'fire' && isForce(pat.cameo) && obj && !obj.pronoun && obj.start === from
        && (this.c.ents.mentionAt(obj.head)?.type === 'PER' || sectorOf(this.tok(obj.head).lemma) === 'GOV')) continue;
      chosen = pat;
      objStart = from;
      break;
    }
    if (!chosen) return;

    let cameo = light ? light.pat.cameo : toDeath && chosen.cameo.startsWith('18') ? '1823' : chosen.cameo;
    // "forced out more than 1,000 refugees": expelling people by the thousand is CAMEO's mass expulsion (201).
    if (cameo === '174' && this.massOf(g.passive ? this.subject(vi).nps[0] : this.npFrom(objStart, limit), objStart)) cameo = '201';
    // "India and Pakistan accused each other": the coordinated subjects act on each other.
    const reciprocal = (this.lower(objStart) === 'each' && this.lower(objStart + 1) === 'other')
      || (this.lower(objStart) === 'one' && this.lower(objStart + 1) === 'another');
    const sym = chosen.sym || !!light?.pat.sym || reciprocal;
    const place = chosen.place || !!light?.pat.place;
    const subj = this.subject(vi);
    // "An earthquake killed 300 people", "homes destroyed by floods": nature does no political act.
    if (this.natural(g.passive ? h + 1 : subj.nps[0]?.head, g.passive)) return;
    let sources = subj.args;
    // "The two leaders discussed ... in Bosnia": both sides are of no place the sentence names (the reporter's
    // country stands in, below)
    const bothSubj = subj.nps.length === 1 && this.bothSides(subj.nps[0]!);
    if (sources.length === 1 && isBareSector(sources[0]!.code) && bothSubj) sources = [];
    // "Thousands of Shiites marched in Najaf to protest against ...": an infinitive whose subject nobody resolved
    // is done by whoever the clause it depends on was coded with (there: the place's country).
    if (!sources.length && g.inf) {
      for (let k = vi - 1; k >= 0 && !sources.length; k--) {
        const gk = this.p.vgs[k]!;
        if (gk.inf || gk.bare) continue;
        // only when the infinitive shares that clause's subject (not "urged the rebels to sign")
        if (this.subject(k) === subj) sources = this.coded.get(k) ?? [];
        break;
      }
    }
    let targets: EventArgument[] = [];
    let loc: EventLocation | undefined;
    let contentEnd = objStart;
    let unnamed: NP | undefined;

    if (light) {
      const nounEnd = light.i + 1;
      for (let q = objStart; q <= light.i; q++) this.consumed[q - this.s] = 1;
      if (recipient) targets = this.resolveAll([recipient]);
      else if (recipientName) targets = [recipientName];
      if (!targets.length) {
        // "French and Iranian officials held talks in Paris": both sides meet each other, not the place
        const both = sym && sources.length >= 2;
        // (nor what two sides agree on: "Israel and the PLO signed an agreement on Palestinian self-rule")
        const r = this.slotArgs([...light.pat.target.filter((x) => !(both && x === 'on')), ...chosen.target.filter((x) => x !== 'obj' && !(both && x === 'in'))], nounEnd, limit, place);
        targets = r.args;
        loc = r.loc;
        unnamed = r.unnamed;
      }
      contentEnd = nounEnd;
    } else {
      const r = this.slotArgs(chosen.target, objStart, limit, place);
      // "..., a human rights group protested": the reported clause's subject
      if (chosen.post) r.args = this.reportedSubject(postComma).filter((a) => !sources.some((b) => b.start === a.start));
      targets = r.args;
      loc = r.loc;
      unnamed = r.unnamed;
      for (const np of r.nps) contentEnd = Math.max(contentEnd, np.end);
      // ("rejected on Monday Western calls for": a time phrase may come first, as in slotArgs)
      const named = this.whatItCalled(objStart);
      const obj = named >= 0 ? this.npFrom(named, this.e) : this.npFrom(objStart, limit) ?? this.npFrom(this.skipTemporal(objStart), limit);
      if (obj) for (let q = obj.start; q < obj.end; q++) this.consumed[q - this.s] = 1;
      // A transitive pattern without any object is another use of the word ("with Albania's help").
      if (!obj && !g.passive && !g.inf && chosen.target.length === 1 && chosen.target[0] === 'obj' && !chosen.comp && this.lower(objStart) !== 'to') return;
    }

    if (g.passive && !STATIVE.has(vt.lemma)) {
      // "X was arrested by Y": the grammatical subject is the target, the by-phrase the source.
      const by = this.slotArgs(['by'], objStart, limit, false);
      if (chosen.self && !by.args.length && sources.length) {
        selfPassive = true;
        // "Forty UN monitors were shipped out of Kidal": the units moved withdraw (from the slot's place);
        // "guerrillas have been demobilized": fighters disarm themselves.
        if (!targets.length && cameo.startsWith('0873')) targets = sources.map((a) => this.selfTarget(a));
      } else {
        // "weapons are being used against protesters": a passive subject that is the pattern's object is the
        // patient only when the object is a target slot ("troops are trained" yes, "weapons are used" no).
        if (!objBySubject || chosen.target.includes('obj')) targets = sources;
        else selfPassive = true; // (the subject is no patient for the fallbacks below either)
        sources = by.args;
        // "12 Malian soldiers were killed by rebels": a bare group as agent is of the place, else of the
        // sentence's one country (as "Leftist guerrillas attacked ..., Peruvian officials said" is, actively).
        if (!sources.length && by.unnamed && chosen.target.includes('obj')) {
          const sector = this.groupSector(by.unnamed);
          const c = this.locationIn(objStart, limit)?.country ?? this.onlyCountry();
          if (sector && c) {
            const sp = spanOf(this.doc, by.unnamed.start, by.unnamed.end);
            sources = [{ ...sp, code: c + sector, name: `${sp.text} (${countries.get(c)?.name ?? c})` }];
          }
        }
      }
      // "Two Palestinians were killed when Israeli troops opened fire": the agent of the clause after it.
      if (!sources.length && isForce(cameo)) sources = this.violentAgentAfter(h);
    }

    // "threatened to ban X", "refused to allow X", "is ready to send equipment to help protect X": the
    // participants of the complement (and its own complements) count for the main verb.
    // "expressed its readiness to resume talks with Israel": the same for an event noun's infinitive.
    // "laid siege to try to force out insurgents", "fired tear gas to disperse protesters": force used for a purpose
    // is aimed at the purpose's object (not a helping purpose: "launched air strikes to help the rebels").
    const purpose = !chosen.comp && !light?.pat.comp && isForce(cameo);
    if (!targets.length && (chosen.comp || light?.pat.comp || purpose) && !(sym && sources.length >= 2)) {
      let k = this.skipTemporal(light ? light.i + 1 : objStart); // "threatened on Sunday to ..."
      const obj = light ? undefined : this.npFrom(k, limit);
      if (obj) k = this.skipTemporal(obj.end); // ("urged Moscow on Sunday to", "opened the door Sunday to")
      // "promised that British troops would stay in Iraq", "vowed that it would hit back at Israel": a that-clause as
      // the complement; its verb's phrases name whom the intention is about (not the promiser's own side)
      if (!light && this.lower(k) === 'that') {
        const cg = this.p.vgs.find((x) => x.start > k && !x.inf);
        if (cg) targets = this.slotArgs(GENERIC_SLOTS, cg.head + 1, this.limitAfter(cg.head), false).args
          .filter((a) => !sources.some((b) => a.code.slice(0, 3) === b.code.slice(0, 3)));
      }
      let bareNext = false;
      for (let depth = 0; depth < 3 && !targets.length && (this.lower(k) === 'to' || bareNext); depth++) {
        bareNext = false;
        const ci = this.p.vgs.findIndex((x) => x.start === k + 1 || x.head === k + 1);
        if (ci < 0) break;
        const cg = this.p.vgs[ci]!;
        if (purpose && verbPatternsFor(this.tok(cg.head).lemma, this.lower(cg.head))?.some((x) => x.cameo !== '*' && Number(x.cameo.slice(0, 2)) < 9)) break;
        const climit = this.limitAfter(cg.head);
        // "threatened to shoot down U.S. planes": past a particle
        const cfrom = PARTICLES.has(this.lower(cg.head + 1)) && this.npFrom(cg.head + 2, climit) ? cg.head + 2 : cg.head + 1;
        // ("Iran and Saudi Arabia pledged to improve relations at the summit in Tehran": two sides' complement is
        // not aimed at where it is said)
        const cr = this.slotArgs(sources.length >= 2 ? GENERIC_SLOTS.filter((x) => x !== 'in') : GENERIC_SLOTS, cfrom, climit, false);
        targets = cr.args;
        unnamed ??= cr.unnamed;
        // the next infinitive in the chain: "to help defend"
        k = climit - 1;
        while (k > cg.head && this.lower(k) !== 'to') k--;
        if (this.lower(k) !== 'to') {
          const nxt = this.p.vgs[ci + 1];
          // The next infinitive's group may start at its "to" ("to send material to help defend X").
          if (nxt && nxt.start === climit && nxt.inf) k = this.lower(nxt.start) === 'to' ? nxt.start : nxt.start - 1;
          else if (nxt && nxt.start === cg.head + 1) { k = cg.head; bareNext = true; } // "help defend": bare infinitive
          else break;
        }
      }
    }

    if (!loc) loc = this.locationIn(contentEnd, limit) ?? this.locationIn(h + 1, limit);
    // A threat or ultimatum "... unless Israel rescinded ..." is aimed at whoever must act.
    if (!targets.length && cameo.startsWith('13')) {
      for (let k = h + 1; k < this.e; k++) {
        const w = this.lower(k);
        if (w !== 'unless' && w !== 'if') continue;
        const np = this.npFrom(k + 1, this.e);
        if (np) targets = this.resolveAll(this.conjRight(np, this.e));
        break;
      }
    }
    // (not for two sides acting on each other: "exchanged fire across the Kashmir border")
    if (!g.passive && !(sym && sources.length >= 2)) targets = this.placeAsTarget(cameo, targets, loc);
    // "Guerrillas kidnapped a worker in Colombia": a bare sector acting somewhere is that place's country's;
    // "Government troops shelled ... , Sri Lankan officials said": else the one country the sentence names.
    if (sources.length === 1 && isBareSector(sources[0]!.code)) {
      // "The government opened talks with the Free Aceh Movement in Geneva": a government, army or police acting
      // on a country's rebels or opposition is that country's, wherever it meets them.
      // (a sentence that names no country past its dateline: the article's, "WASHINGTON (Reuters) - Police fired")
      const c = this.stateOf(sources[0]!.code, targets) ?? (!g.passive && loc ? loc.country : this.onlyCountry() ?? (this.countryless ? this.article() : undefined));
      if (c) sources = [{ ...sources[0]!, code: c + sources[0]!.code }];
    }
    // "Prisoners rioted at a jail in Dili": an unnamed group acting somewhere belongs to that place's country.
    // "In Bahrain local Shi'ites protested near the port": a place phrase opening the sentence before the subject sets
    // the scene for it, when the verb's own phrases name none.
    const scene = !loc && !g.passive && subj.nps.length === 1 ? this.openingPlace(subj.nps[0]!.start) : undefined;
    if (!sources.length && !g.passive && (loc ?? scene) && subj.nps.length === 1 && !bothSubj) {
      const loc1 = (loc ?? scene)!;
      const np = subj.nps[0]!;
      const sector = this.groupSector(np);
      // A common noun, or one capitalised at the sentence start and tagged as a name ("Prisoners rioted"); any
      // group that protests somewhere ("Thousands of Berbers marched in Tizi Ouzou": protesters are local).
      const protest = cameo.startsWith('14') && this.c.ents.mentionAt(np.head)?.type !== 'PER';
      if ((sector || protest) && !np.pronoun && (protest || this.tok(np.head).pos === 'NOUN' || (np.head === this.s && np.start === this.s))) {
        const c = (sector && this.stateOf(sector, targets)) ?? loc1.country;
        sources = [{ ...spanOf(this.doc, np.start, np.end), code: c + (sector ?? ''), name: `${this.tok(np.head).text} (${countries.get(c)?.name ?? c})` }];
      }
    }
    // "Leftist guerrillas attacked ..., Peruvian police said": an unnamed group, and the sentence names one country.
    // (also "The army said it killed 30 Tamil Tiger rebels": a pronoun for an earlier subject that is such a group)
    let grp = subj.nps.length === 1 && subj.nps[0]!.pronoun && !subj.args.length ? this.inherit(vi).nps : subj.nps;
    // "Port , postal and electricity workers called strikes": bare nouns listed before the one group
    // noun modify it; the group is the last phrase.
    if (grp.length > 1 && !subj.args.length && this.groupSector(grp[grp.length - 1]!)
      && grp.slice(0, -1).every((x) => !x.pronoun && x.end - x.start === 1 && this.p.pos(x.head) === 'NOUN' && !this.groupSector(x))) grp = grp.slice(-1);
    if (!sources.length && !g.passive && grp.length === 1 && (subj.nps.length === 1 || grp[0] === subj.nps[subj.nps.length - 1]) && !grp[0]!.pronoun && !this.bothSides(grp[0]!)) {
      const np = grp[0]!;
      const sector = this.groupSector(np);
      // "The prime minister accused India ..., Pakistani officials said": else the country of who reports it,
      // when that is not the target's.
      const c = sector ? this.onlyCountry() ?? this.reporterCountry(vi, targets) : undefined;
      if (c) sources = [{ ...spanOf(this.doc, np.start, np.end), code: c + sector, name: `${this.tok(np.head).text} (${countries.get(c)?.name ?? c})` }];
    }
    // "He accused India of ..., Pakistani officials said": a person nobody resolved speaks for the reporter's
    // country, unless that is the target's (same rule as for a bare title).
    // "The two sides agreed ..., U.S. officials said": the reporter's side at least.
    // (not inside a quotation: there "they" are others, "'They are refusing to engage,' Russia's envoy said")
    if (!sources.length && !g.passive && subj.nps.length === 1 && !this.quoted(subj.nps[0]!.start)
      && (subj.nps[0]!.pronoun ? PERSON_PRON.has(this.lower(subj.nps[0]!.head)) : this.bothSides(subj.nps[0]!))) {
      const np = subj.nps[0]!;
      const c = this.reporterCountry(vi, targets);
      if (c) sources = [{ ...spanOf(this.doc, np.start, np.end), code: c, name: `${this.tok(np.head).text} (${countries.get(c)?.name ?? c})` }];
    }
    // "killed by a roadside bomb outside of Kandahar", "a minefield explosion near Samarra killed":
    // violence by nobody named is the place's (PLOVER codes the unknown attacker with the country it happens in).
    if (!sources.length && isForce(cameo) && !(subj.args.length && !g.passive)) {
      const from = vi > 0 ? this.p.vgs[vi - 1]!.head + 1 : this.s;
      // ("Five soldiers serving with the UN force in southern Lebanon were killed when a bomb exploded": the
      // passive subject's own place phrase says where, when nothing after the verb does)
      // (from the passive subject's own start: "the fates of Iraq, which was invaded" has no place of its own)
      const at = loc ?? (subj.nps.length ? this.locationIn(g.passive ? Math.max(from, subj.nps[0]!.start) : from, g.start) : undefined);
      // the span of the unnamed agent if there is one ("Gunmen"), so a target at the same place stays
      const np = !g.passive ? subj.nps[0] : undefined;
      const sp = np ? spanOf(this.doc, np.start, np.end) : { start: at?.start ?? 0, end: at?.end ?? 0, text: at?.text ?? '' };
      if (at) sources = [{ ...sp, code: at.country, name: at.name }];
    }
    // "A missionary was arrested in Lebanon", "A Chinese dissident was sentenced to ten years": an arrest, ban or
    // sentence with no agent named is the act of the authorities of the place, else of the patient's country.
    // (and an expulsion of diplomats, 166: "Syria's ambassador was expelled from London")
    if (!sources.length && g.passive && (cameo.startsWith('17') || cameo === '166')) {
      // ("Chile's ministry said that the Qarno Group has been shut down", "300 people were arrested": else the one
      // country the sentence names, when the patient is a name or people, not a thing: "the rig was destroyed")
      const sp = subj.nps.length === 1 ? subj.nps[0]! : undefined;
      const patient = !!sp && !sp.pronoun && (this.p.pos(sp.head) === 'PROPN' || this.peopleHead(this.ofGroup(sp)) || !!this.groupSector(sp));
      // ("Two Dutch aid workers were expelled from Ethiopia": who expels is the country they are sent out of)
      const out = !loc && (cameo === '174' || cameo === '166') ? this.fromPlace(h + 1, limit) : undefined;
      const at = loc ?? out;
      // (diplomats are expelled by another country than theirs: only the place says whose act it is)
      const c = at?.country ?? (cameo === '166' ? undefined : targets.length === 1 ? targets[0]!.code.slice(0, 3) : patient ? this.onlyCountry() : undefined);
      if (c && countries.has(c)) {
        const sp = at ? { start: at.start, end: at.end, text: at.text } : spanOf(this.doc, h, h + 1);
        sources = [{ ...sp, code: c, name: countries.get(c)!.name }];
      }
    }
    // "refused to lift the ban despite repeated pleas from Malawi": a refusal is aimed at whoever presses for the act
    // (CAMEO codes the one resisted), named by a "despite" phrase when no slot of the verb names anyone.
    if (!targets.length && !g.passive && cameo.startsWith('12')) targets = this.despiteWho(h + 1);
    // "Turkish police prevented the demonstration", "Iraq's government will impose martial law": an unnamed
    // patient of a coercive or conflictual act by a national actor is domestic (CAMEO and PLOVER code source and
    // target with the same country when the text names no other).
    // "Three journalists were detained by Egyptian police": the passive subject is that patient.
    if (!targets.length && (!g.passive || subj.nps.length === 1) && !selfPassive && !sym && !place && sources.length && domesticCode(cameo)) {
      // "warned that troops will no longer allow marches": the that-clause's subject stands for the object.
      const that = !g.passive && this.lower(objStart) === 'that' && chosen.target.includes('that') ? this.npFrom(objStart + 1, this.e) : undefined;
      // (the object only when it is a target slot: "fired tear gas at ..." fires an instrument, not a patient)
      const obj = g.passive ? subj.nps[0] : (light || !chosen.target.length || chosen.target.includes('obj') ? this.npFrom(objStart, limit) : undefined) ?? that;
      const c = sources[0]!.code.slice(0, 3);
      // A name nobody knows counts too when the act is coercion ("banned the Islamist Welfare Party", "arrested
      // former deputy prime minister Anwar Ibrahim"): arrests and bans are overwhelmingly domestic.
      const hp = obj ? this.p.pos(obj.head) : '';
      // ("rejected the idea of sending UN peacekeepers": an actor along the object's "of" chain is the one aimed at)
      // (where the chain counts anyway, refusals: not "warned foreign powers of another Vietnam")
      const chain = obj && !g.passive && obj.start === objStart && OBJECT_PLACE_ROOTS.has(cameo.slice(0, 2)) ? this.placeInObject(objStart, limit).filter((a) => !sources.some((b) => b.start === a.start)) : [];
      if (chain.length && !chain.some((a) => a.code.startsWith(c))) targets = chain;
      else if (obj && !obj.pronoun && !obj.temporal && !this.foreign(obj) && (hp === 'NOUN' || hp === 'ADJ' || (hp === 'PROPN' && cameo.startsWith('17') && !placeOf(this.c, obj))) && countries.has(c)) {
        const sp = spanOf(this.doc, obj.start, obj.end);
        targets = [{ ...sp, code: c, name: `${sp.text} (${countries.get(c)!.name})` }];
      } else if (!obj && chosen.comp && this.lower(objStart) === 'to' && countries.has(c)) {
        // "declined to resign despite growing pressure", "refused to step down": a refusal or threat whose
        // complement names no one else is aimed at home.
        const sp = spanOf(this.doc, objStart + 1, objStart + 2);
        targets = [{ ...sp, code: c, name: `${sp.text} (${countries.get(c)!.name})` }];
      }
    }
    // "Colombian troops killed 12 leftist guerrillas", "attacked opposition forces north of Kabul", "rebels
    // were killed": an unnamed group as patient belongs to the place's country, else to the one country the
    // sentence names when the source is of that country too (forces of a country fight rebels at home).
    if (!targets.length && (!sym || sources.length === 1) && !place && sources.length) {
      targets = this.unnamedGroup(g.passive ? (subj.nps.length === 1 && !selfPassive ? subj.nps[0] : undefined) : this.npFrom(objStart, limit), sources, loc);
      // "agreed to hold talks with the opposition": a group in a later slot or in the complement
      if (!targets.length && !g.passive && unnamed) targets = this.unnamedGroup(unnamed, sources, loc);
    }
    // "Chile and Peru followed Brazil in recalling their envoys": cutting relations, aid or ties is
    // done to someone; named by no phrase, that is the country the article is about (when the source is not of it).
    if (!targets.length && !g.passive && sources.length && cameo.startsWith('16')) {
      const c = this.article();
      if (c && !sources.some((a) => a.code.startsWith(c))) targets = [{ ...spanOf(this.doc, h, h + 1), code: c, name: countries.get(c)?.name ?? c }];
    }
    // "arrived", "travelled" without a place is not a visit anyone can use; nor one by nobody ("Food is slowly starting
    // to reach Malawi").
    if (place && !targets.length && !loc) return;
    // "The minister visited Egypt": a visitor is foreign to the place visited by definition, so a visitor's country
    // guessed from the one country of the sentence (nothing in the phrase names it) cannot be the visited one;
    // the sector stays ("GOV"), a bare guessed country goes.
    // (visits only: "thousands swamped Cairo" is a protest at a place, by locals)
    if (place && !chosen.rev && !g.passive && targets.length && cameoInfo(cameo).mode === 'visit') sources = this.foreignVisitors(sources, targets);
    if (place && !chosen.rev && !sources.length && !g.passive) return;
    // "protested outside the Indian High Commission in Dhaka against the killing of villagers": a protest at a
    // foreign mission is aimed at the mission's country, whatever else the clause names.
    if (cameo.startsWith('14') && !g.passive && sources.length) {
      const emb = this.missionIn(h + 1, limit);
      if (emb && !sources.some((a) => a.code.startsWith(emb.code.slice(0, 3)))) targets = [emb];
    }
    const trigEnd = light ? light.i + 1 : chosen.particle ? h + 2 : h + 1;
    const trigger = light && light.i - h > 6 ? spanOf(this.doc, h, h + 1) : spanOf(this.doc, h, trigEnd);
    if (!targets.length && !g.passive) targets = this.protestAtHome(cameo, sources, trigger);
    if (!targets.length && !g.passive && !light && sources.length && (OBJECT_PLACE_ROOTS.has(cameo.slice(0, 2))
      // (not two sides fighting each other over a place: "rebels and loyalist forces fought over the town of X")
      // (force whose object names a place and no actor, "bombarded parts of the city of X": CAMEO codes the place's
      // country as the target, as it does for a named place as object)
      || (isForce(cameo) && !(sym && sources.length >= 2)))) targets = this.placeInObject(objStart, limit);
    // "Opposition leaders requested permission to hold a rally", "Striking miners demanded higher pay": an appeal or
    // demand by a country's own opposition, rebels or people that names no addressee is made of that country's state
    // (CAMEO and PLOVER code the country as target).
    if (!targets.length && !g.passive && sources.length && (cameo.startsWith('02') || cameo.startsWith('10'))) {
      // (sources listed with a bare sector: "Opposition leaders and candidates X and Y requested")
      const c = sources.find((a) => countries.has(a.code.slice(0, 3)))?.code.slice(0, 3);
      if (c && sources.every((a) => isBareSector(a.code) ? INTERNAL_SECTORS.has(a.code) : a.code.startsWith(c) && INTERNAL_SECTORS.has(a.code.slice(3, 6)))) {
        targets = [{ ...trigger, code: c, name: countries.get(c)!.name }];
      }
    }
    // ("put pressure on the dollar": a pattern flagged "tgt" is an act only on someone)
    if (chosen.tgt && !targets.length) return;
    // "rushed troops to its eastern frontier", "is sending 26,000 troops to the Gulf": troops sent where no one else
    // receives them (no target, or only the sender's own country or forces) are a show of force (154), not military
    // aid to someone (074: "sent troops to Sierra Leone").
    // (only with a destination named: "will never send troops" says nothing about where)
    if (cameo === '074' && light && sources.length && targets.every((a) => a.code.slice(0, 3) === sources[0]!.code.slice(0, 3))
      && this.destinationAfter(this.phraseEnd(light.i, limit), limit)) cameo = '154';
    // "Speaking to reporters in Tehran", "talked to journalists": addressing the press is how a statement is made
    // (CAMEO 01), not a meeting (04) with anyone.
    if (cameo.startsWith('04') && targets.length && targets.every((a) => a.code.slice(3, 6) === 'MED')) return;
    const fact = this.factuality(g, h, false);
    if (sources.length && !g.passive) this.coded.set(vi, sources);
    // "Bangladeshi peacekeepers arrived in Sierra Leone": the place receives them (CAMEO 0861).
    if (chosen.rev) [sources, targets] = [targets, sources];
    this.emit(out, cameo, trigger, h, sources, targets, sym, fact, loc, place && !chosen.rev);
  }

  /** Who held someone: "in Israeli police custody", "in the custody of Egyptian police". */
  private custodian(): EventArgument[] {
    for (let k = this.s; k < this.e; k++) {
      if (this.lower(k) !== 'custody') continue;
      const np = this.lower(k + 1) === 'of' ? this.npFrom(k + 2, this.e) : npAt(this.p, k);
      const a = np && !np.pronoun ? this.resolveMemo(np) : undefined;
      return a ? [a] : [];
    }
    return [];
  }

  /** The verb group a verb at the end of a sentence reports, after a comma and its subject ("Croatian authorities
   * are failing ..., a human rights group protested here Wednesday"): the comma before its subject, or -1. */
  private postposed(vi: number): number {
    const g = this.p.vgs[vi]!;
    if (g.passive || g.inf || g.bare) return -1;
    // after the verb only a time phrase, "here", adverbs and the final stop or quote
    for (let k = g.head + 1; k < this.e; k++) {
      const t = this.tok(k);
      if (t.pos === 'ADV' || t.pos === 'PUNCT' || this.lower(k) === 'here' || npAt(this.p, k)?.temporal) continue;
      if (t.pos === 'ADP' && npAt(this.p, k + 1)?.temporal) continue;
      return -1;
    }
    const np = npAt(this.p, g.start - 1);
    if (!np || np.end !== g.start) return -1;
    let c = np.start - 1;
    while (c > this.s && QUOTE_MARKS.has(this.lower(c))) c--;
    if (this.lower(c) !== ',' && !QUOTE_MARKS.has(this.lower(np.start - 1))) return -1;
    return c > this.s + 1 ? c : -1;
  }

  /** The subject of the clause before a comma at c that a postposed verb reports: the first verb group's, else
   * (the tagger read "arming" as a noun) the phrase opening the sentence. */
  private reportedSubject(c: number): EventArgument[] {
    const first = this.p.vgs[0]!;
    if (first.start < c && !first.inf) return this.subject(0).args;
    let i = this.s;
    while (i < c && QUOTE_MARKS.has(this.lower(i))) i++;
    const np = this.npFrom(i, c);
    return np ? this.resolveAll(this.conjRight(np, c)) : [];
  }

  /** Whether one of a pattern's object lemmas is among the few words from k ("to use nuclear weapons"). */
  private objectNear(objects: Set<string>, k: number): boolean {
    for (let q = k; q < Math.min(this.e, k + 4); q++) if (objects.has(this.tok(q).lemma) || objects.has(this.lower(q))) return true;
    return false;
  }

  /** Whether a patient phrase counts people by the thousand ("more than 1,000 refugees", "thousands of
   * villagers"); without a phrase, the few words from `from`. */
  private massOf(np: NP | undefined, from: number): boolean {
    // "Thousands of villagers": the quantity before the group's "of"
    const a = np ? (this.lower(np.start - 1) === 'of' ? Math.max(this.s, np.start - 3) : np.start) : from;
    const b = np ? Math.min(np.end + 3, this.e) : Math.min(from + 5, this.e);
    for (let q = a; q < b; q++) {
      const w = this.lower(q);
      if (w === 'thousands' || w === 'millions' || w === 'tens' || w === 'hundreds') return true;
      if (this.tok(q).pos === 'NUM' && Number(w.replace(/,/g, '')) >= 1000) return true;
    }
    return false;
  }

  /** "Prisoners rioted in Dili ..., demanding independence from Indonesian rule": a protest aimed at home or at
   * nobody is aimed at whoever the protesters' demand after it names; the demand takes the protesters' country. */
  private protestDemand(out: Event[], before: number): void {
    for (let a = before; a < out.length; a++) {
      const pe = out[a]!;
      if (!pe.cameo.startsWith('14') || !pe.source) continue;
      const home = pe.source.code.slice(0, 3);
      if (!countries.has(home) || (pe.target && pe.target.code.slice(0, 3) !== home)) continue;
      for (let b = before; b < out.length; b++) {
        const d = out[b]!;
        if (!d.cameo.startsWith('10') || !d.target || d.trigger.start <= pe.trigger.start) continue;
        const t = d.target.code.slice(0, 3);
        // (a name or demonym: "the government" the demand resolved by a place may be anyone's)
        if (t === home || !countries.has(t) || !/^\p{Lu}/u.test(d.target.text)) continue;
        // the demand is the protesters' own: no source, a bare sector, or of the same country
        const ds = d.source?.code.slice(0, 3);
        if (ds && countries.has(ds) && ds !== home) continue;
        pe.target = d.target;
        if (!ds || !countries.has(ds)) d.source = pe.source;
        break;
      }
    }
  }

  /** An infinitive ("to" and a verb) at token k, past a time phrase ("three days to"), before limit. */
  private infinitiveAfter(k: number, limit: number): boolean {
    k = this.skipTemporal(k);
    const t = npAt(this.p, k);
    if (t && t.start === k && t.temporal) k = t.end;
    return k < limit && this.lower(k) === 'to' && this.vgAt(k + 1) >= 0;
  }

  /** Whether the infinitive at k ("to resume shelling", "to launch an offensive") holds a verb or event noun with a
   * code under one of the roots, before the clause ends. */
  private compReaches(k: number, roots: string[]): boolean {
    if (this.lower(k) !== 'to') return false;
    const hit = (c: string) => c !== '*' && roots.some((r) => c.startsWith(r));
    for (let q = k + 1; q < Math.min(this.e, k + 7); q++) {
      const w = this.lower(q);
      if (w === ',' || w === ';' || w === 'and') break;
      const t = this.tok(q);
      // (a pattern's own particle and object condition too: "to take over the department" is no hostage-taking)
      if (t.pos === 'VERB' && verbPatternsFor(t.lemma, w)?.some((p) => hit(p.cameo) && (!p.particle || this.lower(q + 1) === p.particle)
        && (!p.object || this.objectNear(p.object, q + 1)))) return true;
      if ((t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ') && nounPatterns.get(t.lemma)?.some((p) => hit(p.cameo))) return true; // ("an offensive" tagged ADJ)
    }
    return false;
  }

  /** The object of "fight" or "battle" that makes it force: none ("fought on"), an actor or a group of people
   * ("fought the army", "fought drug gangs", "fought them"), or a fight itself ("fought a war with"); not a
   * problem or a thing ("fight corruption", "fought the blaze", "will fight the ruling in court"). */
  private fightsActor(np: NP | undefined): boolean {
    if (!np) return true;
    if (np.pronoun) return OBJECT_PRON.has(this.lower(np.head)) && this.lower(np.head) !== 'it';
    if (this.resolveMemo(np) || this.peopleHead(this.ofGroup(np)) || this.groupSector(np)) return true;
    // "fought their way into", "fighting each other", "fight the enemy", "fight those who", "fight the uprising"
    const w = this.lower(np.start);
    if (w === 'each' || w === 'those' || this.tok(np.head).lemma === 'way') return true;
    for (let k = np.start; k < np.end; k++) {
      const l = this.tok(k).lemma.toLowerCase();
      if (FOES.has(l) || UPRISINGS.has(l) || (this.p.pos(k) === 'NOUN' && sectorOf(l))) return true;
    }
    const pat = this.nounAt(np.head);
    return !!pat && isForce(pat.cameo) && !NATURAL.has(this.tok(np.head).lemma);
  }

  /** A phrase whose head noun itself names people of a sector ("demonstrators", "20 prisoners", "the rebels"; not
   * "military action", whose sector is only a modifier's). */
  private peopleHead(np: NP): boolean {
    const h = this.tok(np.head);
    return (h.pos === 'NOUN' || this.initialCommon(np)) && (!!sectorOf(h.lemma) || PEOPLE_COUNTS.has(this.lower(np.head)));
  }

  /** "Hundreds were killed", "Prisoners rioted": a one-word phrase opening the sentence, tagged as a name only
   * because it is capitalised, that is a plural common noun of people. */
  private initialCommon(np: NP): boolean {
    if (np.start !== np.head || np.head !== this.bodyStart() || this.p.pos(np.head) !== 'PROPN') return false;
    const w = this.lower(np.head);
    return PEOPLE_COUNTS.has(w) || (w.endsWith('s') && !!sectorOf(w));
  }

  /** A group named by a common noun ("12 leftist guerrillas", "dissidents") as an argument: the country of the
   * place, else the one country the sentence names if the sources are of it; else none. */
  private unnamedGroup(np: NP | undefined, sources: EventArgument[], loc: EventLocation | undefined): EventArgument[] {
    if (np) np = this.ofGroup(np);
    if (!np || np.pronoun || (this.p.pos(np.head) !== 'NOUN' && !this.initialCommon(np))) return [];
    for (const a of sources) if (a.end > this.tok(np.start).start && a.start < this.tok(np.end - 1).end) return [];
    const sector = this.groupSector(np);
    if (!sector) return [];
    const only = this.onlyCountry();
    // "He blamed armed gangs for the violence", "took a swipe at secular groups": a sentence that names no country
    // at all leaves the article's, when the source is of it.
    const art = !loc && !only && this.countryless ? this.article() : undefined;
    // "The Chilean president urged residents near the volcano to leave, as rescuers searched for survivors of the worst
    // eruption since the disaster in Colombia": the one country of the group's own clause (up to the next opener).
    const own = !loc && !only && !this.countryless ? this.clauseCountry(np.end) : undefined;
    // (an international body has no country of its own: "UN monitors in Chad urged the warring parties to")
    const igo = !!sources[0] && /^(?:IGO|NGO)/.test(sources[0].code);
    // "The Afghan government offered a ceasefire to the guerrillas after the Soviet troops left": a state organ's
    // dealings with rebels or opposition named by no word of their own are at home, whatever else the sentence names.
    const s0 = sources.length === 1 ? sources[0]!.code : '';
    const home = s0.length === 6 && STATE_SECTORS.has(s0.slice(3)) && countries.has(s0.slice(0, 3)) && NON_STATE.has(sector) ? s0.slice(0, 3) : undefined;
    const c = loc?.country ?? (only && (igo || sources[0]?.code.startsWith(only)) ? only : art && sources[0]?.code.startsWith(art) ? art
      : own && sources[0]?.code.startsWith(own) ? own : home);
    if (!c) return [];
    const sp = spanOf(this.doc, np.start, np.end);
    return [{ ...sp, code: c + sector, name: `${sp.text} (${countries.get(c)?.name ?? c})` }];
  }

  /** "welcomed the release of political prisoners in Nigeria", "condemned the violence in Kosovo", "called for a
   * ceasefire in Congo": a statement about something done in a place is aimed at that place's country (CAMEO
   * codes the place as target when the object names no actor). Only the object phrase and its "of" phrases. */
  private placeInObject(from: number, limit: number): EventArgument[] {
    let k = from;
    if (this.tok(k)?.pos === 'ADP' && this.lower(k) !== 'in') k++; // "called for", "appealed for"
    let np = this.npFrom(k, limit);
    // "an end to the suffering of the Iraqi people": the first phrase of the chain that names an actor.
    // ("expressed concern about the flow of information and the Tunisian government's crackdown": what the concern is
    // about, and the phrases listed with an "of" phrase of the chain)
    // ("welcomed the ceasefire between Ethiopia and Eritrea": the parties of what is welcomed or condemned)
    // ("hailed the new trade pact with Chile": the partner of what is praised; "probing allegations that Gabon's
    // ruling party received bribes": the one a claim is about)
    for (let hops = 0; np && hops < 3 && (this.lower(np.end) === 'of' || (hops === 0 && ((this.lower(np.end) === 'to' && this.tok(np.end).pos === 'ADP') || ABOUT.has(this.lower(np.end)) || this.lower(np.end) === 'between' || this.lower(np.end) === 'with'
      || (this.lower(np.end) === 'that' && CLAIM_NOUNS.has(this.tok(np.head).lemma))))); hops++) {
      // ("rejected the idea of sending UN peacekeepers": past a gerund to its object)
      const gk = np.end + 1;
      const ger = this.lower(gk).endsWith('ing') && this.p.pos(gk) === 'VERB';
      if (ger) limit = Math.max(limit, this.limitAfter(gk));
      np = this.npFrom(ger ? gk + 1 : gk, limit);
      if (!np || np.pronoun) continue;
      for (const x of this.conjRight(np, limit)) {
        const a = x.pronoun ? undefined : this.resolveMemo(x);
        if (a) return [a];
      }
    }
    // ("pressed for a flight ban over Chad"; "demanded the release of its diplomats held in Lebanon": past a participle)
    const part = !!np && this.p.pos(np.end) === 'VERB' && /(?:ed|held|kept|put|done|taken)$/.test(this.lower(np.end));
    // ("investigating atrocities committed by rebels in Sierra Leone": the agent of what the object names)
    if (part && this.lower(np!.end + 1) === 'by') {
      const who = this.npFrom(np!.end + 2, Math.max(limit, this.limitAfter(np!.end)));
      const a = who && !who.pronoun ? this.resolveMemo(who) : undefined;
      if (a) return [a];
    }
    const pe = part && this.lower(np!.end + 1) === 'in' ? np!.end + 1 : np?.end ?? -1;
    if (!np || (this.lower(pe) !== 'in' && this.lower(pe) !== 'over')) return [];
    const np2 = this.npFrom(pe + 1, pe > np.end ? Math.max(limit, this.limitAfter(np.end)) : limit);
    const pl = np2 && placeOf(this.c, np2);
    if (pl) return [{ start: pl.start, end: pl.end, text: pl.text, code: pl.country, name: pl.name }];
    // ("investigated reports of abuse in Uzbek prisons": a national institution, not a place, in the phrase)
    const a = np2 && !np2.pronoun ? this.resolveMemo(np2) : undefined;
    return a && countries.has(a.code.slice(0, 3)) ? [a] : [];
  }

  /** "The government of Sierra Leone signed a peace agreement with the rebels in Lome": rebels or an opposition
   * named by no word of their own (the entity stage placed them by a town of the sentence, or by a people of several
   * countries) that talk, agree or make peace with a state are that state's own (CAMEO codes the parties of domestic
   * peace talks held abroad with the state's country). Only talks, intentions, agreements and yielding: force keeps
   * the place ("Israeli troops killed three militants in Gaza"). Returns `a`, or `a` recoded with the state's country. */
  private homeGroup(a: EventArgument, other: EventArgument): EventArgument {
    const sec = a.code.slice(3, 6);
    if (a.code.length !== 6 || !NON_STATE.has(sec)) return a;
    const y = a.code.slice(0, 3);
    const x = other.code.slice(0, 3);
    if (x === y || !countries.has(x) || !countries.has(y) || !(other.code.length === 3 || STATE_SECTORS.has(other.code.slice(3, 6)))) return a;
    // a word of the phrase itself that names the country (a demonym, a name) keeps it ("Togolese rebels")
    for (let k = tokenIndexAt(this.doc, a.start); k < this.e && this.tok(k).start < a.end; k++) {
      const m = this.c.ents.mentionAt(k);
      if (m?.actor?.code.startsWith(y) && m.start >= a.start && !peoples.has(norm(m.text)) && !sectorOf(this.tok(k).lemma)) return a;
    }
    return { ...a, code: x + a.code.slice(3) };
  }

  /** The country of a state organ (a bare GOV, MIL, COP ... sector) whose one target is a group inside a country
   * ("The government opened talks with the Free Aceh Movement in Geneva": Indonesia's, not Switzerland's). */
  private stateOf(sector: string, targets: EventArgument[]): string | undefined {
    if (!STATE_SECTORS.has(sector) || targets.length !== 1) return undefined;
    const t = targets[0]!.code;
    return INTERNAL_SECTORS.has(t.slice(3, 6)) && countries.has(t.slice(0, 3)) ? t.slice(0, 3) : undefined;
  }

  /** The subject of an act in a "when"/"as" clause right after token h ("were killed when Israeli troops
   * opened fire on ..."), or none. */
  private violentAgentAfter(h: number): EventArgument[] {
    for (let k = h + 1; k < this.e; k++) {
      const w = this.lower(k);
      if (w === ',' || w === ';' || this.vgAt(k) >= 0) return [];
      if (w !== 'when' && w !== 'as') continue;
      const vj = this.p.vgs.findIndex((g) => g.start > k);
      if (vj < 0) return [];
      const g = this.p.vgs[vj]!;
      if (g.passive || g.inf) return [];
      // a verb of the lexicon ("opened fire", "attacked", "shelled"), not "as officials said"
      if (!verbPatternsFor(this.tok(g.head).lemma, this.lower(g.head))) return [];
      const subj = this.subject(vj);
      return subj.nps.length && subj.nps[0]!.start === k + 1 ? subj.args : [];
    }
    return [];
  }

  /** A quotation mark before token k in the sentence: k is inside (or after) a quotation. */
  private quoted(k: number): boolean {
    for (let q = this.s; q < k; q++) if (QUOTE_MARKS.has(this.lower(q))) return true;
    return false;
  }

  /** "between" at i, then a lone modifier, "and", and a phrase ("between Hindu and Muslim mobs", "between rival
   * Christian and Muslim youths"): one group named with two sides. */
  private coordinatedModifiers(i: number): boolean {
    if (this.lower(i) !== 'between') return false;
    let k = i + 1;
    while (k < this.e && k - i <= 3 && this.lower(k) !== 'and') {
      const t = this.tok(k);
      if (t.pos !== 'ADJ' && t.pos !== 'PROPN') return false;
      k++;
    }
    if (this.lower(k) !== 'and' || k === i + 1) return false;
    const np = npAt(this.p, k + 1);
    return !!np && np.start === k + 1 && np.head > k + 1;
  }

  /** "the two sides", "both sides", "both parties": participants named earlier in the text. */
  private bothSides(np: NP): boolean {
    const h = this.tok(np.head).lemma;
    if (!BOTH_HEADS.has(h)) return false;
    for (let k = np.start; k < np.head; k++) if (this.lower(k) === 'two' || this.lower(k) === 'both') return true;
    return false;
  }

  /** A phrase that says it comes from abroad ("any foreign interference", "Western criticism"): no domestic patient. */
  private foreign(np: NP): boolean {
    for (let k = np.start; k < np.head; k++) if (FOREIGN.has(this.lower(k))) return true;
    // inspectors, observers and peacekeepers come from outside ("allowed the inspectors to resume work")
    return FOREIGN_HEADS.has(this.tok(np.head).lemma);
  }

  /** The sector of a common-noun group: the head, or a group noun modifying it ("rebel positions", "opposition
   * supporters", "opposition strongholds"). */
  private groupSector(np: NP): string | undefined {
    // "Hundreds have been killed", "killed dozens": a count of people with no "of" after it (ofGroup takes that)
    // is people, as "50 people" is.
    if (PEOPLE_COUNTS.has(this.tok(np.head).lemma.toLowerCase()) && this.lower(np.end) !== 'of') return 'CVL';
    let sector: string | undefined;
    // ("a general strike", "a police raid": an event is no group, whatever modifies it)
    const event = nounPatterns.has(this.tok(np.head).lemma);
    for (let k = np.head; k >= np.start && !sector && !(event && k < np.head); k--) {
      const pk = this.p.pos(k);
      if (pk !== 'NOUN' && pk !== 'ADJ' && k !== np.head) break;
      // ("church leaders", "union officials": the group a leading head speaks for)
      sector = k === np.head && k > np.start && (this.p.pos(k - 1) === 'NOUN' || this.p.pos(k - 1) === 'PROPN') ? sectorOfPair(this.tok(k - 1).lemma, this.tok(k).lemma) : sectorOf(this.tok(k).lemma);
    }
    // "rebel forces", "insurgent troops": an armed group named by its fighters' side, not an army
    if (sector === 'MIL' && np.head > np.start) {
      const m = sectorOf(this.tok(np.head - 1).lemma);
      if (m === 'REB' || m === 'INS') return m;
    }
    return sector;
  }

  /** An earthquake, a flood or a disease as the agent ("an earthquake killed 300 people", "were killed by a
   * landslide"): no attack by anyone. For a passive verb, the by-phrase after `at` is checked. */
  private natural(at: number | undefined, passive: boolean): boolean {
    if (at === undefined) return false;
    let np = passive ? undefined : npAt(this.p, at);
    if (passive) {
      for (let k = at; k < Math.min(this.e, at + 6) && !np; k++) if (this.lower(k) === 'by') np = this.npFrom(k + 1, this.e);
    }
    return !!np && NATURAL.has(this.tok(np.head).lemma); // lemmas are lower case
  }

  /** The country of the subject of a reporting verb after verb vi ("..., Pakistani officials said"), unless a
   * target is of it. */
  private reporterCountry(vi: number, targets: EventArgument[]): string | undefined {
    for (let q = vi + 1; q < this.p.vgs.length; q++) {
      const g = this.p.vgs[q]!;
      if (g.inf || g.bare || cues.get(this.tok(g.head).lemma)?.scope !== 'report') continue;
      const args = this.subject(q).args;
      const c = args[0]?.code.slice(0, 3);
      // ("Peruvian and Bolivian officials said": two reporters' countries, no guess)
      if (args.some((a) => a.code.slice(0, 3) !== c)) return undefined;
      return c && countries.has(c) && !targets.some((t) => t.code.startsWith(c)) ? c : undefined;
    }
    return undefined;
  }

  /** The first token after a wire dateline ("WASHINGTON (Reuters) -", "Cairo, Egypt (CNN) --"): where the reporter
   * files from is no place of the events ("CAIRO (Reuters) - Rebels attacked" does not make the rebels Egyptian). */
  private bodyStart(): number {
    const end = Math.min(this.e, this.s + DATELINE_TOKENS);
    for (let k = this.s + 1; k + 2 < end; k++) {
      if (this.lower(k) !== '(' || this.lower(k + 2) !== ')' || !WIRES.has(this.lower(k + 1))) continue;
      let b = k + 3;
      while (b < this.e && DASHES.has(this.lower(b))) b++;
      return b;
    }
    return this.s;
  }

  private only: string | null | undefined;
  /** Whether the sentence names no country at all (set with `only`). */
  private countryless = false;
  /** The country of the sentence's actor and place mentions, when they name exactly one; else undefined. */
  private onlyCountry(): string | undefined {
    if (this.only === undefined) {
      let c: string | null = null;
      for (let k = this.bodyStart(); k < this.e && c !== ''; k++) {
        const m = this.c.ents.mentionAt(k);
        const code = m?.actor?.code.slice(0, 3);
        if (!code || !countries.has(code)) continue;
        c = c === null || c === code ? code : '';
      }
      this.countryless = c === null;
      this.only = c || null;
    }
    return this.only ?? undefined;
  }

  /** The one country the actor and place mentions name from the sentence's start to the first clause opener after
   * token `from` ("as", "since", "while" ...: see opensClause); undefined when they name none or several. */
  private clauseCountry(from: number): string | undefined {
    let end = from;
    while (end < this.e && !opensClause(this.doc.tokens, this.lowers, end)) end++;
    let c: string | undefined;
    for (let k = this.bodyStart(); k < end; k++) {
      const code = this.c.ents.mentionAt(k)?.actor?.code.slice(0, 3);
      if (!code || !countries.has(code)) continue;
      if (c && c !== code) return undefined;
      c = code;
    }
    return c;
  }

  /** "X said (that) Y must/should do Z" is a demand by X on Y (CAMEO 100), whatever Z is. */
  private mustClause(vi: number, out: Event[]): void {
    const g = this.p.vgs[vi]!;
    if (g.modal !== 'must' && g.modal !== 'should' || g.inf || g.neg) return;
    let q = vi - 1;
    // Skip infinitives, gerunds and participles inside the that-clause's subject ("other developed nations").
    for (let hops = 0; q >= 0 && hops < 3; hops++) {
      const vq = this.p.vgs[q]!;
      if (SPEECH.has(this.tok(vq.head).lemma) && !vq.inf && !vq.bare) break;
      q--;
    }
    if (q < 0) return;
    const speech = this.p.vgs[q]!;
    const lemma = this.tok(speech.head).lemma;
    if (!SPEECH.has(lemma)) return;
    const sources = this.subject(q).args;
    const targets = this.subject(vi).args;
    if (!sources.length || !targets.length) return;
    const trigger = spanOf(this.doc, speech.head, speech.head + 1);
    this.emit(out, '100', trigger, speech.head, sources, targets, false, this.factuality(speech, speech.head, false));
  }

  /** A noun at i in a phrase after "under" that a "from" phrase follows ("under heavy pressure from the EU"). */
  private underFrom(i: number): boolean {
    const np = npAt(this.p, i);
    return !!np && np.head === i && this.lower(np.start - 1) === 'under' && this.lower(this.skipTemporal(np.end)) === 'from';
  }

  /** "Syria responded to the protests with a crackdown", "reacted to the uprising with military assaults": force
   * answering someone is aimed at them (the phrase after "to"); answering a protest or an uprising, at the
   * answering country's own people. */
  private answeredOf(np: NP, sources: EventArgument[]): EventArgument[] {
    const gi = this.answerClause(np);
    if (gi < 0) return [];
    const h = this.p.vgs[gi]!.head;
    const to = this.lower(h + 1) === 'to' ? this.npFrom(h + 2, np.start) : undefined;
    if (!to || to.pronoun) return [];
    const who = this.resolveAll(this.conjRight(to, np.start));
    if (who.length) return who;
    const c = sources[0]!.code.slice(0, 3);
    if (!countries.has(c) || !sources.every((a) => a.code.startsWith(c))) return [];
    const head = this.tok(to.head).lemma.toLowerCase();
    if (!UPRISINGS.has(head) && !this.nounAt(to.head)?.cameo.startsWith('14')) return [];
    const sp = spanOf(this.doc, to.start, to.end);
    return [{ ...sp, code: c, name: `${sp.text} (${countries.get(c)!.name})` }];
  }

  /** Whether the clause a "with" phrase belongs to answers something ("responded to the uprising with"). */
  private answers(np: NP): boolean {
    return this.answerClause(np) >= 0;
  }

  /** The verb of answering a "with" phrase ending in np belongs to, -1 if none: the clause before it, also past an
   * aside set off by commas ("answered the revolt, which began abroad, with military assaults"). */
  private answerClause(np: NP): number {
    const answering = (gi: number) => gi >= 0 && ANSWER_VERBS.has(this.tok(this.p.vgs[gi]!.head).lemma);
    const gi = this.clauseOf(np);
    if (answering(gi)) return gi;
    if (this.lower(np.start - 2) !== ',') return -1;
    let c1 = np.start - 3;
    while (c1 > this.s && np.start - c1 < 30 && this.lower(c1) !== ',') c1--;
    if (this.lower(c1) !== ',') return -1;
    let gj = -1;
    for (let q = 0; q < this.p.vgs.length; q++) if (this.p.vgs[q]!.head < c1) gj = q;
    if (gj < 0 || this.p.vgs[gj]!.passive) return -1;
    for (let k = this.p.vgs[gj]!.head + 1; k < c1; k++) if (this.lower(k) === ',') return -1;
    return answering(gj) && c1 - this.p.vgs[gj]!.head <= 8 ? gj : -1;
  }

  /** The clause a prepositional phrase ending in np belongs to: the active verb shortly before it in the same
   * comma-free stretch, else a finite verb after it past a comma ("On a visit to Beirut, Chirac pledged"); -1. */
  private clauseOf(np: NP): number {
    const before = np.start - 1;
    let gi = -1;
    for (let q = 0; q < this.p.vgs.length; q++) if (this.p.vgs[q]!.head < before) gi = q;
    if (gi >= 0) {
      const gv = this.p.vgs[gi]!;
      let comma = false;
      for (let k = gv.head + 1; k < before && !comma; k++) comma = this.lower(k) === ',';
      // "imposed a blackout on the withdrawal": "on" after a verb marks its target, not a circumstance
      if (!comma) return !gv.passive && before - gv.head <= 8 && this.lower(before) !== 'on' ? gi : -1;
    }
    let comma = false;
    for (let k = np.end; k < this.e && k - np.end < 12; k++) {
      if (this.lower(k) === ',') comma = true;
      const vk = this.vgAt(k);
      if (vk < 0) continue;
      const g = this.p.vgs[vk]!;
      return comma && !g.inf && !g.bare && !g.passive ? vk : -1;
    }
    return -1;
  }

  /** "An arms embargo on X was imposed by ECOWAS", "a curfew was declared by the army": an event noun (past its own
   * phrases) that is the subject of a passive light verb (a '*' line of verbs.tsv: impose, declare, order, launch,
   * stage ...) is done by that verb's by-phrase. Only a light verb: "the attack was condemned by France" names who
   * condemned, not who attacked. Undefined when the noun is not in that position. */
  private passiveLightAgent(i: number, pat: NounPattern): EventArgument[] | undefined {
    // (asked of every event noun without a by-phrase: most sentences have no passive light verb at all)
    this.passiveLight ??= this.p.vgs.some((g) => g.passive && LIGHT_VERBS.has(this.tok(g.head).lemma));
    if (!this.passiveLight) return undefined;
    const np = npAt(this.p, i);
    if (!np || np.head !== i) return undefined;
    let k = np.end;
    // the noun's own phrases ("on Sierra Leone", "of reservists", "on all public gatherings in Lagos")
    for (let n = 0; n < 2 && this.tok(k)?.pos === 'ADP' && this.lower(k) !== 'by' && (pat.target.includes(this.lower(k)) || this.lower(k) === 'of' || this.lower(k) === 'in' || PLACE_PREPS.has(this.lower(k))); n++) {
      const pp = this.npFrom(k + 1, this.e);
      if (!pp) break;
      k = pp.end;
    }
    k = this.skipTemporal(k);
    const g = this.p.vgs.find((x) => x.start === k);
    if (!g || !g.passive || !LIGHT_VERBS.has(this.tok(g.head).lemma)) return undefined;
    let b = g.head + 1;
    if (PARTICLES.has(this.lower(b))) b++; // "carried out by"
    if (this.lower(b) !== 'by') return undefined;
    const lim = this.limitAfter(g.head);
    const agent = this.npFrom(b + 1, lim);
    return agent ? this.resolveAll(this.conjRight(agent, lim)) : undefined;
  }

  /** An actor named inside a noun phrase before the trigger noun: possessor or modifier ("Russia's", "Russian"). */
  private modifierActor(np: NP, noun: number): EventArgument | undefined {
    if (noun <= np.start) return undefined;
    const sub: NP = { start: np.start, end: np.poss >= 0 && np.poss < noun ? np.poss : noun, head: -1, poss: -1, temporal: false, pronoun: false };
    if (sub.end <= sub.start) return undefined;
    sub.head = sub.end - 1;
    return resolveNP(this.c, sub);
  }

  private noun(i: number, pat: NounPattern, out: Event[]): void {
    const np = npAt(this.p, i);
    let limit = this.limitAfter(i);
    // "Clashes erupted between X and Y", "Fighting broke out between": the noun's phrases may follow the verb it
    // is the subject of, when that verb is no event of its own.
    if (np && limit === np.end && limit < this.e) {
      const vg = this.p.vgs.find((g) => g.start === limit);
      const k = vg ? verbKind(this.tok(vg.head).lemma, this.tok(vg.head).text) : NO_KIND;
      if (vg && !vg.passive && !k.any && !k.particles?.has(this.lower(vg.head + 1))) {
        const after = PARTICLES.has(this.lower(vg.head + 1)) ? vg.head + 2 : vg.head + 1;
        // (only a preposition of the noun's own slots: not "the rally looked like a celebration ... in X's hands")
        if (this.tok(after)?.pos === 'ADP' && pat.target.includes(this.lower(after))) limit = this.limitAfter(vg.head);
      }
    }
    let sources: EventArgument[] = [];
    const mod = np ? this.modifierActor(np, i) : undefined;
    if (mod) sources = [mod];
    // "a trip to Kyiv last week by CIA Director William Burns": a by-phrase right after the noun phrase,
    // past at most one prepositional phrase and a time phrase (not "protest against violations by X").
    let by: EventArgument[] = [];
    let k = this.skipTemporal(np ? np.end : i + 1);
    // "the arrest of two Hezbollah members by Israeli commandos": past the noun's own "of" phrase too
    // ("the bombing of a bus in Tel Aviv by a suicide attacker": and past a place phrase after it)
    if (this.lower(k) === 'of' && pat.target.includes('of') && k < limit) {
      const pp = this.npFrom(k + 1, limit);
      let k2 = pp ? pp.end : -1;
      if (pp && this.lower(k2) !== 'by' && this.tok(k2)?.pos === 'ADP') {
        const pl = this.npFrom(k2 + 1, limit);
        if (pl && placeWhole(this.c, pl)) k2 = pl.end;
      }
      if (pp && this.lower(k2) === 'by') k = k2;
    }
    // "Misrata has been under sustained shelling from army units", "came under attack from": "under" makes the
    // clause's subject the patient and a "from" phrase the agent.
    const underNp = !!np && this.lower(np.start - 1) === 'under';
    let under = underNp && isForce(pat.cameo);
    // "The move drew sharp criticism from China", "Israel faced condemnation from the UN": disapproval or protest
    // received is done by the "from" phrase to the receiving verb's subject.
    const rv = np && /^1[14]/.test(pat.cameo) && RECEIVE_VERBS.has(this.tok(np.start - 1)?.lemma ?? '') ? this.vgAt(np.start - 1) : -1;
    // "came under sharp criticism from Chile", "is under attack from": disapproval and protest too, with the
    // "from" phrase that names who does it.
    under ||= underNp && /^1[014]/.test(pat.cameo) && this.lower(k) === 'from';
    if (this.lower(k) !== 'by' && !((under || rv >= 0) && this.lower(k) === 'from') && k < limit && this.tok(k).pos === 'ADP') {
      const pp = this.npFrom(k + 1, limit);
      if (pp && placeWhole(this.c, pp)) k = this.skipTemporal(pp.end);
    }
    if (this.lower(k) === 'by' || ((under || rv >= 0) && this.lower(k) === 'from')) {
      const b = this.npFrom(k + 1, limit);
      if (b) by = this.resolveAll(this.conjRight(b, limit));
    }
    if (!by.length) by = this.passiveLightAgent(i, pat) ?? [];
    if (!sources.length) sources = by;
    const from = np ? Math.max(np.end, i + 1) : i + 1;
    const r0 = this.slotArgs(pat.target, from, limit, pat.place);
    // "Britain ... stepped up the pace of its raids on Yemen": "its"/"their" in the phrase of a
    // noun with a target of its own is the subject of the clause the phrase belongs to.
    if (!sources.length && np && POSSESSIVE_PRON.has(this.lower(np.start)) && !pat.sym && r0.args.length) {
      const gi = this.clauseOf(np);
      if (gi >= 0 && !this.p.vgs[gi]!.inf && !this.p.vgs[gi]!.bare) sources = this.coded.get(gi) ?? this.subject(gi).args;
    }
    const r = r0;
    // "were converging for a rally", "went on strike in protest", "arrived in Damascus for talks with", "Chirac,
    // on a visit to Beirut, pledged", "During his visit to Beijing, Clinton met": a noun in a prepositional phrase
    // of a clause is done by the clause's subject (not "clashes between X and Y").
    // Not with a by-phrase nobody resolved ("assaults by tanks"), not for a symmetric noun without a named other
    // side ("recalled their ambassadors for consultations"), and a market's "rally" is no protest ("fell after a
    // two-day rally"): protests only "for", "in", "into", "during".
    const prep = np ? this.lower(np.start - 1) : '';
    let byClause = false;
    // "A Kenyan detainee died as a result of beatings while in Ugandan army custody": violence a death is
    // put down to was done to the one who died, by whoever held them (not by the clause's subject).
    const dv = np && isForce(pat.cameo) ? this.p.vgs.findIndex((x) => DEATH.has(this.tok(x.head).lemma) && x.head < np.start && np.start - x.head <= 6) : -1;
    const died = dv >= 0 ? this.subject(dv).args : [];
    if (died.length) {
      r.args = died;
      if (!sources.length) sources = this.custodian();
    }
    // (Only a protest keeps a clause source without a named target: the subject search is skipped otherwise.)
    const protest = pat.cameo.startsWith('14');
    // ("emerged from a meeting with", "returned from talks with": "from" only for meetings and visits, not "suffered
    // from attacks on")
    // ("responded to the protests with military assaults", "retaliated with air strikes": "with" after a verb of
    // answering)
    const answered = prep === 'with' && (isForce(pat.cameo) || pat.cameo.startsWith('17')) && this.answers(np!);
    if (!sources.length && !died.length && np && (protest || answered || r.args.length)
      && (CLAUSE_PP.has(prep) || answered || (prep === 'from' && pat.cameo.startsWith('04'))) && this.lower(k) !== 'by' && !(pat.sym && r.args.length !== 1)
      && (!protest || prep === 'for' || prep === 'in' || prep === 'into' || prep === 'during')) {
      const gi = answered ? this.answerClause(np) : this.clauseOf(np);
      // "lobbied for the release of", "called for talks": the subject asks for the act, it does not do it.
      const asks = gi >= 0 && prep === 'for' && !!verbPatternsFor(this.tok(this.p.vgs[gi]!.head).lemma, this.lower(this.p.vgs[gi]!.head))
        ?.some((x) => x.cameo.startsWith('02') || x.cameo.startsWith('10'));
      // "repeated appeals for an end to shelling": what the phrase puts an end to is nobody's act (a negating cue
      // governs the preposition: end, halt, cessation).
      const ended = this.endsWhat(np.start - 2);
      if (gi >= 0 && !asks && !ended) {
        // the sources the clause was coded with, after its fallbacks ("Students clashed with police in Jakarta
        // during a protest": IDN students, not a bare sector)
        sources = this.coded.get(gi) ?? this.subject(gi).args;
        byClause = !protest;
      }
    }
    let targets = r.args;
    if (!targets.length && rv >= 0 && !this.p.vgs[rv]!.passive) targets = this.subject(rv).args.filter((a) => !sources.some((b) => b.start === a.start));
    if (!targets.length && under) {
      // (the phrase before "has (reportedly) been", "came", "is": past auxiliaries, adverbs and the verb)
      let q = np!.start - 2;
      while (q > this.s && (this.tok(q).pos === 'AUX' || this.tok(q).pos === 'ADV' || this.tok(q).pos === 'VERB')) q--;
      const sp = npAt(this.p, q);
      const a = sp && sp.end === q + 1 && !sp.pronoun ? this.resolveMemo(sp) : undefined;
      if (a && !sources.some((b) => b.start === a.start)) targets = [a];
    }
    // "Pakistan was hit by U.S. sanctions", "Libya was hit with new sanctions": the passive subject suffers the act.
    if (!targets.length && np && (prep === 'by' || prep === 'with') && !pat.sym) {
      const vp = this.vgAt(np.start - 2);
      if (vp >= 0 && this.p.vgs[vp]!.passive) targets = this.subject(vp).args;
    }
    // "a British air strike had hit its oilfield", "an Israeli air strike destroyed a house": violence named by a noun
    // that is the subject of a verb of hitting is aimed at that verb's object.
    if (!targets.length && np && isForce(pat.cameo) && !pat.sym) {
      const vj = this.p.vgs.findIndex((x) => x.start >= np.end && x.start - np.end <= 1);
      const vg = vj >= 0 ? this.p.vgs[vj]! : undefined;
      if (vg && !vg.passive && !vg.inf && !vg.bare && IMPACT.has(this.tok(vg.head).lemma)) {
        targets = this.slotArgs(['obj'], vg.head + 1, this.limitAfter(vg.head), false).args.filter((t) => !sources.some((x) => x.start === t.start));
      }
    }
    // The governing verb: the clause this noun sits in (as subject or object) decides its modality.
    let gi = -1;
    for (let q = 0; q < this.p.vgs.length; q++) {
      const g = this.p.vgs[q]!;
      if (g.head < i) gi = q;
    }
    if (gi < 0 && np) {
      const after = this.p.vgs.find((g) => g.start >= np.end && g.start - np.end <= 2);
      if (after) gi = this.p.vgs.indexOf(after);
    }
    const g = gi >= 0 ? this.p.vgs[gi] : undefined;
    const subjectPosition = !!(g && np && g.start >= np.end);
    // "Heavy fighting raged in the capital of X", "clashes erupted in X": two-sided violence that names no side,
    // as the subject of a verb of going on or breaking out, is the place's country's on both sides.
    if (!sources.length && !targets.length && pat.sym && subjectPosition && isForce(pat.cameo) && g!.start - np!.end <= 1
      && !g!.passive && !g!.inf && !g!.neg && onsetVerbs.has(this.tok(g!.head).lemma) && (this.tok(g!.head).lemma !== 'break' || this.lower(g!.head + 1) === 'out')) {
      const pl = this.locationIn(g!.head + 1, this.limitAfter(g!.head));
      if (pl && countries.has(pl.country)) {
        const a = { start: pl.start, end: pl.end, text: pl.text, code: pl.country, name: countries.get(pl.country)!.name };
        const fact = this.factuality(g, g!.head, false);
        this.emit(out, pat.cameo, spanOf(this.doc, i - pat.lemmas.length + 1, i + 1), i, [a], [this.selfTarget(a)], false, fact, pl, false);
        return;
      }
    }
    if (!sources.length && !targets.length) return;
    targets = targets.filter((t) => !sources.some((s) => s.start === t.start));
    // "clashes between X and Y": both sides act on each other.
    if (pat.sym && !sources.length && targets.length >= 2) {
      sources = targets;
      targets = [];
    } else if (pat.sym && !sources.length && targets.length === 1 && np && this.coordinatedModifiers(np.end)) {
      // "clashes between Christian and Muslim youths in Jos": one phrase after "between" whose modifiers are
      // coordinated names both sides, of one group: that group on both sides.
      sources = targets;
      targets = [this.selfTarget(sources[0]!)];
    }
    const trigger = spanOf(this.doc, i - pat.lemmas.length + 1, i + 1);
    const loc = r.loc ?? this.locationIn(i + 1, limit);
    // "Beijing's crackdown on dissidents"
    if (!targets.length && sources.length && !pat.sym && !pat.place) {
      let k2 = from;
      while (k2 < limit && !pat.target.includes(this.lower(k2))) k2++;
      if (k2 < limit && k2 - from <= 3) targets = this.unnamedGroup(this.npFrom(k2 + 1, limit), sources, loc);
    }
    if (sources.length === 1 && loc && isBareSector(sources[0]!.code)) sources = [{ ...sources[0]!, code: loc.country + sources[0]!.code }];
    // (two sides acting on each other somewhere, "clashes between X and Y in Kashmir", do not target the place)
    if (sources.length && !(pat.sym && sources.length >= 2)) targets = this.placeAsTarget(pat.cameo, targets, loc);
    if (!targets.length) targets = this.protestAtHome(pat.cameo, sources, spanOf(this.doc, i, i + 1));
    if (!targets.length && answered && sources.length) targets = this.answeredOf(np!, sources);
    // A noun that only the clause gives a source ("said in a news release") is an event only with a target.
    if (byClause && !targets.length) return;
    const fact = subjectPosition ? this.factuality(g, g!.head, false) : this.factuality(g && !g.inf ? undefined : g, i, true);
    this.emit(out, pat.cameo, trigger, i, sources, targets, pat.sym, fact, loc, pat.place);
  }

  /** "Dozens have been killed by Burmese army units", "40 cruise missiles have been launched by Britain",
   * "British firefighters rescued a girl": violence (CAMEO 18-20) with no patient named is done to the country where
   * it happens, else to the country the article is about; aid (07) to the article's country when the giver is not of
   * it. No guess without such a country (single sentences, round-ups). */
  private unnamedPatient(cameo: string, head: number, sources: EventArgument[], location?: EventLocation): EventArgument[] {
    // "Kenyan police fired tear gas", "the Burmese junta cracked down": violent repression (CAMEO 175) by a country's
    // police or government is done at home (not by its army or the bare country: "US crackdowns" in Iraq).
    if (cameo === '175') {
      const c = sources[0]?.code.slice(0, 3);
      return c && countries.has(c) && sources.every((a) => a.code.startsWith(c) && (a.code.slice(3, 6) === 'COP' || a.code.slice(3, 6) === 'GOV'))
        ? [{ ...spanOf(this.doc, head, head + 1), code: c, name: countries.get(c)!.name }] : [];
    }
    if (cameo.startsWith('15')) return this.rivalAfter(cameo, head, sources);
    const violent = isForce(cameo);
    if (!violent && !cameo.startsWith('07')) return [];
    const c = (violent ? location?.country ?? this.article() ?? this.domesticForce(sources) : this.article());
    if (!c || !countries.has(c) || (!violent && sources.some((a) => a.code.startsWith(c)))) return [];
    return [{ ...spanOf(this.doc, head, head + 1), code: c, name: countries.get(c)!.name }];
  }

  /** "Libya put its forces on alert as U.S. warships gathered", "... after Israeli strikes": a show of force with no
   * target named is aimed at the first foreign country named after "as", "after", "amid" or "following", else
   * (forces raised or alerted, 151-154) done at home. */
  private rivalAfter(cameo: string, head: number, sources: EventArgument[]): EventArgument[] {
    const own = sources[0]?.code.slice(0, 3);
    if (!own || !countries.has(own)) return [];
    let q = head + 1;
    while (q < this.e && !RIVAL_CUES.has(this.lower(q))) q++;
    for (q++; q < this.e; q++) {
      const m = this.c.ents.mentionAt(q);
      const c = m?.actor?.code.slice(0, 3);
      if (!m || !c || !countries.has(c)) continue;
      if (c === own) { q = tokenIndexAt(this.doc, m.end) - 1; continue; }
      return [{ start: m.start, end: m.end, text: m.text, code: c, name: countries.get(c)!.name }];
    }
    // ("Georgia called up its reservists", "police were deployed in <a town unknown>": with no rival, forces raised
    // or put on alert are at home; not a show of power, 150: "tested a missile" is aimed at no one)
    if (cameo === '150') return [];
    return [{ ...spanOf(this.doc, head, head + 1), code: own, name: countries.get(own)!.name }];
  }

  /** "Rebels fired antiaircraft guns", "police opened fire": rebels, insurgents, protesters and police named by a
   * common noun fight inside their own country, so their violence with no patient named is done there (armies and
   * air forces also fight abroad: no guess for them; nor for named groups, "Hamas fired rockets", which cross
   * borders). The one country of all the sources, else undefined. */
  private domesticForce(sources: EventArgument[]): string | undefined {
    const c = sources[0]?.code.slice(0, 3);
    if (!c || !countries.has(c)) return undefined;
    for (const a of sources) {
      const sector = a.code.slice(3, 6);
      if (!a.code.startsWith(c) || !(INTERNAL_SECTORS.has(sector) || sector === 'COP')) return undefined;
      const last = tokenIndexAt(this.doc, a.end) - 1; // the argument's last token
      if (last < this.s || this.tok(last).pos !== 'NOUN') return undefined;
      // ("Hezbollah guerrillas": a named organisation in the phrase)
      for (let k = tokenIndexAt(this.doc, a.start); k < last; k++) {
        const m = this.c.ents.mentionAt(k);
        if (m?.kind === 'name' && m.type === 'ORG') return undefined;
      }
    }
    return c;
  }

  /** "Tens of thousands chanted ... to their president, Hosni Mubarak": an unnamed subject whose target is "their"
   * leader or government is of the target's country (country only: the subject's sector is unknown). */
  private ownersOfTarget(t: EventArgument): EventArgument[] {
    const c = t.code.slice(0, 3);
    if (!countries.has(c)) return [];
    const ti = tokenIndexAt(this.doc, t.start);
    for (let q = ti - 1; q >= this.s && ti - q <= 4; q--) {
      const w = this.lower(q);
      if (w === 'their') return [{ ...spanOf(this.doc, q, q + 1), code: c, name: countries.get(c)!.name }];
      if (w !== ',' && this.tok(q).pos !== 'NOUN' && this.tok(q).pos !== 'ADJ' && this.tok(q).pos !== 'PROPN') break;
    }
    return [];
  }

  private emit(out: Event[], cameo: string, trigger: { start: number; end: number; text: string }, head: number,
    sources: EventArgument[], targets: EventArgument[], sym: boolean, factuality: Factuality, location?: EventLocation,
    place = false): void {
    if (!sources.length && !targets.length) return;
    // "put its troops on alert": a show of force (CAMEO 15) against one's own forces has no target of its own.
    if (cameo.startsWith('15') && targets.length && targets.every((t) => /^(its|their)\b/i.test(t.text))) targets = [];
    if (!targets.length && !sym) targets = this.unnamedPatient(cameo, head, sources, location);
    if (!sources.length && targets.length === 1) sources = this.ownersOfTarget(targets[0]!);
    const info = cameoInfo(cameo);
    const date = this.time.dateAt(head);
    const pairs: [EventArgument | null, EventArgument | null][] = [];
    if (sym && !targets.length && sources.length >= 2) {
      for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    } else {
      const ss = sources.length ? sources.slice(0, MAX_ARGS) : [null];
      const ts = targets.length ? targets.slice(0, MAX_ARGS) : [null];
      for (const a of ss) for (const b of ts) pairs.push([a, b && a && b.start === a.start && !this.selfTargets.has(b) ? null : b]);
    }
    // (talks, intentions, agreements and yielding; not support or aid, which go to rebels abroad as often:
    // "Qatar has been championing the cause of rebels in Libya")
    const coop = cameo.startsWith('03') || cameo.startsWith('04') || cameo.startsWith('08') || cameo === '057';
    for (let [source, target] of pairs) {
      if (coop && source && target) [source, target] = [this.homeGroup(source, target), this.homeGroup(target, source)];
      // Same trigger, code and participants (by canonical name, so an apposition does not count twice).
      const key = `${trigger.start}|${cameo}|${source?.code}|${source?.name ?? source?.text}|${target?.code}|${target?.name ?? target?.text}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const ev: Event = {
        cameo,
        plover: info.plover,
        quad: info.quad,
        goldstein: info.goldstein,
        factuality,
        trigger,
        source,
        target,
        sentence: { start: this.sent.start, end: this.sent.end },
      };
      if (info.mode) ev.mode = info.mode;
      // A visit's date is the date of being at the place: "visits to Ukraine on Wednesday and Germany on Thursday".
      const at = place && target ? this.time.dateAt(tokenIndexAt(this.doc, target.start)) : undefined;
      if (at ?? date) ev.date = (at ?? date)!;
      const own = target ? this.placeByStart.get(target.start) : undefined;
      if (own || location) ev.location = own ?? location;
      out.push(ev);
    }
  }
}
