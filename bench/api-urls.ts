// The HTTP bench's URLs: per endpoint, 60 varied URLs (actors, date windows of a week, a month or a quarter,
// search words, article ids, page offsets), and for answer comparisons more variants of each endpoint.
const DAY = 86400000;
const actors = ['Blinken', 'Lavrov', 'Zelenskyy', 'Baerbock', 'Kuleba', 'Putin', 'RUS', 'UKR', 'USAGOV', 'NATO', 'Psaki', 'Kirby'];
/** More actor queries: names, parts, lower-case codes, nothing. */
const more = ['Russia', 'Ukraine', 'Antony', 'an', 'e', 'Macron', 'Biden', 'Scholz', 'Stoltenberg', 'Vladimir', 'Sergei', 'Jen', 'president', 'usa', 'USA', 'DEU', 'Nobody'];
const words = ['Geneva', 'Kyiv', 'sanctions', 'troops', 'diplomacy', 'NATO', 'Lavrov', 'invasion', 'Berlin', 'talks'];
/** A week, a month or a quarter starting on the first of one of 36 months. */
const windows: [string, string][] = [];
for (let m = 0; m < 36; m++) {
  const from = new Date(Date.UTC(2020, 11 + m, 1)).toISOString().slice(0, 10);
  windows.push([from, new Date(Date.parse(from) + [6, 30, 90][m % 3]! * DAY).toISOString().slice(0, 10)]);
}
const pick = <T>(xs: T[], i: number) => xs[i % xs.length]!;
const many = (f: (i: number) => string) => Array.from({ length: 60 }, (_, i) => f(i));

/** The bench's 60 URLs per endpoint (ids: stored article ids to open). */
export function workloads(ids: string[]): [string, string[]][] {
  return [
    ['stats', ['/api/stats']],
    ['events?actor=', many((i) => `/api/events?actor=${pick(actors, i)}&limit=50&offset=${(i % 5) * 50}`)],
    ['events?from&to', many((i) => `/api/events?from=${pick(windows, i)[0]}&to=${pick(windows, i)[1]}&limit=100&offset=${(i % 3) * 100}`)],
    ['articles?q=', many((i) => `/api/articles?q=${pick(words, i)}&limit=20&offset=${(i % 6) * 20}`)],
    ['articles/:id', many((i) => `/api/articles/${encodeURIComponent(pick(ids, i))}`)],
    ['actors?actor=', many((i) => `/api/actors?actor=${pick(actors, i)}&offset=${i % 5}`)],
    ['quotes?speaker=', many((i) => `/api/quotes?speaker=${pick(actors, i)}&offset=${(i % 5) * 50}`)],
    ['itinerary', many((i) => `/api/itinerary?actor=${pick(actors, i)}${i % 2 ? `&from=${pick(windows, i)[0]}&to=${pick(windows, i)[1]}` : ''}`)],
    ['timeline', many((i) => `/api/timeline?from=${pick(windows, i)[0]}&to=${pick(windows, i)[1]}&dates=10`)],
    ['escalation', many((i) => `/api/escalation?a=${pick(actors, i)}&b=${pick(actors, i + 1)}&from=${pick(windows, i)[0]}&to=${pick(windows, i)[1]}`)],
    ['network', many((i) => `/api/network?from=${pick(windows, i)[0]}&to=${pick(windows, i)[1]}`)],
  ];
}

/** The bench's URLs and more variants per endpoint (filters, windows, odd queries): for answer comparisons. */
export function variants(ids: string[]): [string, string[]][] {
  const all = [...actors, ...more];
  const extra: Record<string, string[]> = {
    'events?actor=': all.flatMap((a) => [`/api/events?actor=${a}`, `/api/events?source=${a}&limit=7&offset=3`,
      `/api/events?target=${a}&from=2022-01-01&to=2022-03-01`, `/api/events?actor=${a}&plover=CONSULT&limit=20`, `/api/events?actor=${a}&offset=4000`]),
    'events?from&to': ['/api/events', '/api/events?cameo=04', '/api/events?quad=4&factuality=asserted', '/api/events?from=2022-01-01'],
    'articles?q=': [...words, '"Secretary Blinken"', 'troops OR tanks', 'zzzz'].map((w) => `/api/articles?q=${encodeURIComponent(w)}&from=2022-01-01&to=2022-06-30`)
      .concat(['/api/articles', '/api/articles?from=2022-01-01&limit=5']),
    'actors?actor=': ['/api/actors'],
    'quotes?speaker=': all.flatMap((a) => [`/api/quotes?speaker=${a}&from=2022-01-01&to=2022-02-01`, `/api/quotes?actor=${a}&search=war&limit=5`])
      .concat(['/api/quotes', '/api/quotes?search=Russia']),
    itinerary: all.flatMap((a) => [`/api/itinerary?actor=${a}&evidence=1000`, `/api/itinerary?actor=${a}&evidence=1`, `/api/itinerary?actor=${a}&from=2022-01-01`,
      `/api/itinerary?actor=${a}&to=2022-01-31`, ...[0, 5, 10, 15, 20, 25, 30, 35].map((w) => `/api/itinerary?actor=${a}&from=${windows[w]![0]}&to=${windows[w]![1]}&evidence=${w % 2 ? 1000 : 5}`)]),
    timeline: [...all.map((a) => `/api/timeline?actor=${a}&dates=5`), '/api/timeline?q=Geneva', '/api/timeline'],
    escalation: all.flatMap((a) => [`/api/escalation?a=${a}`, `/api/escalation?a=${a}&b=RUS&by=day`, `/api/escalation?a=${a}&by=month&unreal=true`,
      `/api/escalation?a=USA&b=${a}&from=2022-01-01&to=2022-12-31`]),
    network: ['/api/network', '/api/network?actor=USA', '/api/network?actor=Russia&minWeight=3', '/api/network?limit=5', '/api/network?from=2022-01-01'],
  };
  return workloads(ids).map(([name, urls]) => [name, [...urls, ...(extra[name] ?? [])]]);
}
