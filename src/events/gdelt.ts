// GDELT 2.0 event-table rows for `dossier events --format gdelt` (the CLI is the lead's; this maps one event).
// ActionGeo_Type is 1 for a country, 4 for a city (GDELT's world-city type). Columns keep GDELT's names and order; those Dossier cannot fill (tone, mention counts, ADM codes, feature ids)
// stay empty. Differences from GDELT: country codes are ISO 3166 alpha-3 (GDELT's *_CountryCode use FIPS 10-4),
// and four Dossier columns follow GDELT's 61: PLOVER, Mode, Factuality, Trigger.
import type { Article, Event } from '../model/index.js';
import { countries } from '../actors/index.js';

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code',
  'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code',
  'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
  'PLOVER', 'Mode', 'Factuality', 'Trigger',
] as const;

/** Split a CAMEO actor code into country, known group (IGO...) and type (sector) parts. */
function actorParts(code: string | undefined): { country: string; group: string; type1: string; type2: string } {
  if (!code) return { country: '', group: '', type1: '', type2: '' };
  const head = code.slice(0, 3);
  const rest = code.slice(3);
  const isGroup = head === 'IGO' || head === 'NGO' || head === 'IMG';
  return {
    country: isGroup ? '' : head,
    group: isGroup ? (rest.slice(0, 3) || head) : '',
    type1: isGroup ? rest.slice(3, 6) : rest.slice(0, 3),
    type2: isGroup ? '' : rest.slice(3, 6),
  };
}

const ymd = (d: string) => d.replace(/-/g, '').slice(0, 8);

/** Day of an event: its own date when it names a day (2022-01-21), else the article date. */
function eventDay(article: Article, ev: Event): string {
  return ev.date && /^\d{4}-\d{2}-\d{2}/.test(ev.date) ? ev.date.slice(0, 10) : article.date;
}

/** One GDELT-style row (values in GDELT_COLUMNS order). `id` becomes GLOBALEVENTID; `added` is DATEADDED (YYYYMMDDHHMMSS). */
export function toGdeltRow(article: Article, ev: Event, id: number | string, added = ''): string[] {
  const day = eventDay(article, ev);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const fraction = (y + ((m - 1) * 30 + d) / 365).toFixed(4); // GDELT's own approximation
  const a1 = actorParts(ev.source?.code);
  const a2 = actorParts(ev.target?.code);
  const loc = ev.location;
  const geo = loc ? [countries.get(loc.country)?.name === loc.name ? '1' : '4', loc.name, loc.country, '', '', loc.lat?.toString() ?? '', loc.lon?.toString() ?? '', ''] : ['0', '', '', '', '', '', '', ''];
  const empty8 = ['', '', '', '', '', '', '', ''];
  const row: string[] = [
    String(id), ymd(day), ymd(day).slice(0, 6), String(y), fraction,
    ev.source?.code ?? '', ev.source?.name ?? ev.source?.text ?? '', a1.country, a1.group, '', '', '', a1.type1, a1.type2, '',
    ev.target?.code ?? '', ev.target?.name ?? ev.target?.text ?? '', a2.country, a2.group, '', '', '', a2.type1, a2.type2, '',
    '1', ev.cameo, ev.cameo.slice(0, 3), ev.cameo.slice(0, 2), String(ev.quad), ev.goldstein.toFixed(1),
    '1', '1', '1', '',
    ...empty8, ...empty8, ...geo,
    added, article.url ?? '',
    ev.plover, ev.mode ?? '', ev.factuality, ev.trigger.text,
  ];
  return row;
}

/** Tab-separated line; tabs and newlines inside values become spaces. */
export function toGdeltLine(article: Article, ev: Event, id: number | string, added = ''): string {
  return toGdeltRow(article, ev, id, added).map((v) => v.replace(/[\t\r\n]+/g, ' ')).join('\t');
}
