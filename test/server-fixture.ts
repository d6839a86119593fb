// A store for the API and browser tests: the seed article and two reports from examples/, annotated by hand
// as DESIGN.md says they should be (so these tests check the server and UI, not the state of the pipeline).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, Article, Entity, Event, EventArgument, EventLocation, Quote, Timex } from '../src/model/index.js';
import { Store, type StoredInput } from '../src/store/index.js';
import { contentHash, readInputs } from '../src/ingest/index.js';
import { annotate } from '../src/pipeline.js';
import { fuseNew } from '../src/fuse/index.js';
import { repoRoot, sampleInputs } from '../src/util/paths.js';
import { nth, seedArticle } from './fixtures.js';

const PLACES: Record<string, [country: string, lat: number, lon: number]> = {
  Kyiv: ['UKR', 50.45, 30.52], Berlin: ['DEU', 52.52, 13.405], Geneva: ['CHE', 46.2044, 6.1432], Ukraine: ['UKR', 49, 32],
};
const PEOPLE: Record<string, [code: string, name: string]> = {
  Blinken: ['USAGOV', 'Antony Blinken'], Zelenskyy: ['UKRGOV', 'Volodymyr Zelenskyy'], Kuleba: ['UKRGOV', 'Dmytro Kuleba'],
  Baerbock: ['DEUGOV', 'Annalena Baerbock'], Lavrov: ['RUSGOV', 'Sergei Lavrov'], Burns: ['USASPY', 'William Burns'],
  Putin: ['RUSGOV', 'Vladimir Putin'], Russia: ['RUS', 'Russia'], NATO: ['IGOMIL', 'NATO'], Psaki: ['USAGOV', 'Jen Psaki'],
  Kirby: ['USAMIL', 'John Kirby'], Price: ['USAGOV', 'Ned Price'],
};

class Builder {
  entities: Entity[] = [];
  timexes: Timex[] = [];
  events: Event[] = [];
  quotes: Quote[] = [];
  constructor(readonly text: string) {}

  span(needle: string, n = 0) {
    const start = nth(this.text, needle, n);
    return { start, end: start + needle.length, text: needle };
  }
  sentence(at: number) {
    const dot = this.text.lastIndexOf('. ', at);
    const start = Math.max(dot < 0 ? 0 : dot + 2, this.text.lastIndexOf('\n', at) + 1);
    const stop = this.text.indexOf('.', at);
    return { start, end: stop < 0 ? this.text.length : stop + 1 };
  }
  person(needle: string, key: string, n = 0): this {
    const [code, name] = PEOPLE[key]!;
    this.entities.push({ ...this.span(needle, n), type: key === 'Russia' ? 'GPE' : key === 'NATO' ? 'ORG' : 'PER', actor: { code, name } });
    return this;
  }
  place(needle: string, n = 0): this {
    this.entities.push({ ...this.span(needle, n), type: 'GPE' });
    return this;
  }
  timex(needle: string, value: string, n = 0): this {
    this.timexes.push({ ...this.span(needle, n), type: 'DATE', value });
    return this;
  }
  arg(needle: string, key: string, n = 0): EventArgument {
    const [code, name] = PEOPLE[key]!;
    return { ...this.span(needle, n), code, name };
  }
  loc(needle: string, place: string, n = 0): EventLocation {
    const [country, lat, lon] = PLACES[place]!;
    return { ...this.span(needle, n), name: place, country, lat, lon };
  }
  event(trigger: [string, number], e: Omit<Event, 'trigger' | 'sentence'>): this {
    const t = this.span(trigger[0], trigger[1]);
    this.events.push({ ...e, trigger: t, sentence: this.sentence(t.start) });
    return this;
  }
  quote(needle: string, kind: Quote['kind'], speaker: [string, string, number] | null): this {
    const sp = speaker ? { ...this.span(speaker[0], speaker[2]), name: PEOPLE[speaker[1]]![1], code: PEOPLE[speaker[1]]![0] } : null;
    this.quotes.push({ ...this.span(needle), kind, speaker: sp });
    return this;
  }
  done(anchor: string): Annotation {
    const by = (a: { start: number }, b: { start: number }) => a.start - b.start;
    return { anchor, entities: this.entities.sort(by), timexes: this.timexes.sort(by), events: this.events, quotes: this.quotes.sort(by) };
  }
}

const consult = { cameo: '040', plover: 'CONSULT', quad: 1 as const, goldstein: 1 };

export function seedAnnotation(a: Article): Annotation {
  const b = new Builder(a.text);
  b.person('Antony Blinken', 'Blinken').person('Blinken', 'Blinken', 1).person('Blinken', 'Blinken', 2).person('Blinken', 'Blinken', 3)
    .person('Blinken', 'Blinken', 4).person('Blinken', 'Blinken', 5).person('Blinken', 'Blinken', 6).person('William Burns', 'Burns').person('Zelenskyy', 'Zelenskyy')
    .person('Volodymyr Zelenskyy', 'Zelenskyy').person('Dmytro Kuleba', 'Kuleba').person('Annalena Baerbock', 'Baerbock')
    .person('Sergei Lavrov', 'Lavrov').person('Vladimir Putin', 'Putin').person('Jen Psaki', 'Psaki').person('John Kirby', 'Kirby')
    .person('Ned Price', 'Price').person('Russia', 'Russia', 1)
    .place('Geneva').place('Kyiv').place('Berlin').place('Ukraine')
    .timex('Tuesday', '2022-01-18').timex('Friday', '2022-01-21').timex('Wednesday', '2022-01-19').timex('Thursday', '2022-01-20')
    .timex('last week', '2022-W02');
  b.event(['meet', 2], { ...consult, factuality: 'future', date: '2022-01-19', source: b.arg('Blinken', 'Blinken', 3),
    target: b.arg('Volodymyr Zelenskyy', 'Zelenskyy'), location: b.loc('Ukraine', 'Kyiv') })
    .event(['meet', 2], { ...consult, factuality: 'future', date: '2022-01-19', source: b.arg('Blinken', 'Blinken', 3),
      target: b.arg('Dmytro Kuleba', 'Kuleba'), location: b.loc('Ukraine', 'Kyiv') })
    .event(['meet', 3], { ...consult, factuality: 'future', date: '2022-01-20', source: b.arg('Blinken', 'Blinken', 4),
      target: b.arg('Annalena Baerbock', 'Baerbock'), location: b.loc('Berlin', 'Berlin') })
    .event(['meet', 5], { ...consult, factuality: 'future', date: '2022-01-21', source: b.arg('Blinken', 'Blinken', 5),
      target: b.arg('Sergei Lavrov', 'Lavrov'), location: b.loc('Geneva', 'Geneva', 1) })
    .event(['met', 0], { ...consult, factuality: 'asserted', date: '2022-W02', source: b.arg('William Burns', 'Burns'),
      target: null, location: b.loc('Kyiv', 'Kyiv') })
    .event(['amassed', 0], { cameo: '154', plover: 'MOBILIZE', quad: 4, goldstein: -7.2, factuality: 'asserted', date: '2022-01-18',
      source: b.arg('Russia', 'Russia', 3), target: null })
    .event(['demanded', 0], { cameo: '100', plover: 'REQUEST', quad: 3, goldstein: -5, factuality: 'asserted', date: '2022-01-18',
      source: b.arg('Vladimir Putin', 'Putin'), target: null })
    .event(['launch an attack', 0], { cameo: '190', plover: 'ASSAULT', quad: 4, goldstein: -10, factuality: 'hypothetical', date: '2022-01-18',
      source: b.arg('Russia', 'Russia', 9), target: null });
  b.quote('This is an extremely dangerous situation. We’re now at a stage where Russia could at any point launch an attack in Ukraine. I would say that’s more stark than we have been.', 'direct', ['Jen Psaki', 'Psaki', 0])
    .quote('Putin clearly is building up a force posture there that provides him multiple options.', 'direct', ['Kirby', 'Kirby', 1])
    .quote('to reinforce the United States’ commitment to Ukraine’s sovereignty and territorial integrity,', 'direct', ['Ned Price', 'Price', 0]);
  return b.done('2022-01-18');
}

function reports(): Article[] {
  return readFileSync(join(repoRoot, 'examples', 'geneva-reports.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article);
}

export function genevaAnnotation(a: Article): Annotation {
  const b = new Builder(a.text);
  b.person('Antony Blinken', 'Blinken').person('Sergei Lavrov', 'Lavrov').place('Geneva').timex('Friday', '2022-01-21');
  b.event(['met', 0], { ...consult, factuality: 'asserted', date: '2022-01-21', source: b.arg('Antony Blinken', 'Blinken'),
    target: b.arg('Sergei Lavrov', 'Lavrov'), location: b.loc('Geneva', 'Geneva') });
  b.quote('We didn\'t expect any major breakthroughs to happen today, but I believe we are now on a clearer path,', 'direct', ['Blinken', 'Blinken', 2]);
  return b.done('2022-01-22');
}

export function kyivAnnotation(a: Article): Annotation {
  const b = new Builder(a.text);
  b.person('Antony Blinken', 'Blinken').person('Volodymyr Zelenskyy', 'Zelenskyy').person('Dmytro Kuleba', 'Kuleba').place('Kyiv')
    .timex('Wednesday', '2022-01-19');
  b.event(['arrived', 0], { cameo: '042', plover: 'CONSULT', quad: 1, goldstein: 1.9, factuality: 'asserted', date: '2022-01-19',
    source: b.arg('Antony Blinken', 'Blinken'), target: null, location: b.loc('Kyiv', 'Kyiv') })
    .event(['met', 0], { ...consult, factuality: 'asserted', date: '2022-01-19', source: b.arg('Antony Blinken', 'Blinken'),
      target: b.arg('Volodymyr Zelenskyy', 'Zelenskyy'), location: b.loc('Kyiv', 'Kyiv') });
  b.quote('We will continue to stand with Ukraine,', 'direct', ['Blinken', 'Blinken', 1]);
  return b.done('2022-01-19');
}

/** The annotated inputs: seed, the Geneva report, the Kyiv report. */
export function fixtureInputs() {
  const seed = seedArticle();
  const [geneva, kyiv] = reports();
  return [
    { article: seed, annotation: seedAnnotation(seed), hash: 'seed' },
    { article: geneva!, annotation: genevaAnnotation(geneva!), hash: 'geneva' },
    { article: kyiv!, annotation: kyivAnnotation(kyiv!), hash: 'kyiv' },
  ];
}

/** Write the fixture store to file and return it open. */
export function fixtureStore(file: string): Store {
  const s = new Store(file);
  s.insert(fixtureInputs());
  return s;
}

/** The sample (examples/ and the seed from ../shared) through the real pipeline (in this thread), stored and fused,
 *  as `npm start` does it. */
export async function examplesStore(file: string): Promise<Store> {
  const s = new Store(file);
  const batch: StoredInput[] = [];
  for await (const item of readInputs(sampleInputs())) {
    if ('error' in item) throw new Error(item.error.message);
    batch.push({ article: item.article, annotation: annotate(item.article), hash: contentHash(item.article) });
  }
  s.insert(batch);
  fuseNew(s.db);
  return s;
}
