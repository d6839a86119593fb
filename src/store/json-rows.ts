// Rows as JSON text built by SQLite, for the HTTP API: a page of 100 events costs several times less than
// fetching every column into JavaScript, shaping objects and stringifying them. The text is exactly what
// JSON.stringify gives for the row objects of Store.events (with fusion attached) and Store.quotes, key for key,
// null members left out the same way; test/store.test.ts compares the two on real articles.

/** A string value (or null) as JSON: json_quote escapes as JSON.stringify does. */
const str = (x: string) => `json_quote(${x})`;
/** A number as JavaScript prints it: an integral REAL (a Goldstein score of 1.0) without its ".0". */
const num = (x: string) => `iif(${x} = CAST(${x} AS INTEGER), CAST(CAST(${x} AS INTEGER) AS TEXT), CAST(${x} AS TEXT))`;
/** `"key":value`, or NULL when the column is null: concat_ws skips it, as the row objects leave null members out. */
const kv = (key: string, x: string, v = str(x)) => `iif(${x} IS NULL, NULL, '"${key}":' || ${v})`;
/** An object of optional members. */
const obj = (...members: string[]) => `'{' || concat_ws(',', ${members.join(', ')}) || '}'`;
/** A source or target span: null, or its object (code and name when known). */
const argument = (p: string) => `iif(e.${p}_start IS NULL, 'null', ${obj(kv('start', `e.${p}_start`, `e.${p}_start`), kv('end', `e.${p}_end`, `e.${p}_end`),
  kv('text', `e.${p}_text`), kv('code', `e.${p}_code`), kv('name', `e.${p}_name`))})`;

/**
 * One event mention as JSON (Store.events' EventRow plus attachFusion's fields), over `events e` joined to its
 * `articles a` and, LEFT JOINed, its `fused_events fe`.
 */
export const EVENT_JSON = `'{"id":' || e.id || ',"article":' || ${str('a.ext_id')} || ',"articleDate":' || ${str('a.date')}
  || coalesce(',' || ${kv('articleUrl', 'a.url')}, '')
  || ',"cameo":' || ${str('e.cameo')} || ',"plover":' || ${str('e.plover')} || ',"quad":' || e.quad || ',"goldstein":' || ${num('e.goldstein')}
  || ',"factuality":' || ${str('e.factuality')}
  || ',"trigger":{"start":' || e.trigger_start || ',"end":' || e.trigger_end || ',"text":' || ${str('e.trigger_text')} || '}'
  || ',"source":' || ${argument('source')} || ',"target":' || ${argument('target')}
  || ',"sentence":{"start":' || e.sentence_start || ',"end":' || e.sentence_end || '}'
  || coalesce(',' || ${kv('mode', 'e.mode')}, '') || coalesce(',' || ${kv('date', 'e.date')}, '')
  || iif(e.loc_start IS NULL, '', ',"location":' || ${obj(kv('start', 'e.loc_start', 'e.loc_start'), kv('end', 'e.loc_end', 'e.loc_end'), kv('text', 'e.loc_text'),
    kv('name', 'e.loc_name'), kv('country', 'e.loc_country'), kv('lat', 'e.loc_lat', num('e.loc_lat')), kv('lon', 'e.loc_lon', num('e.loc_lon')))})
  || iif(fe.id IS NULL, '', ',"fused":' || fe.id || ',"mentions":' || fe.mentions || ',"articles":' || fe.articles || ',"sources":' || fe.sources
    || ',"firstReported":' || ${str('fe.first_reported')} || ',"lastReported":' || ${str('fe.last_reported')})
  || '}'`;

/** One quote as JSON (Store.quotes' QuoteRow), over `quotes q` joined to its `articles a`. */
export const QUOTE_JSON = `'{"id":' || q.id || ',"article":' || ${str('a.ext_id')} || ',"articleDate":' || ${str('a.date')}
  || ',"start":' || q.start || ',"end":' || q."end" || ',"text":' || ${str('q.text')} || ',"kind":' || ${str('q.kind')}
  || ',"speaker":' || iif(q.speaker_text IS NULL, 'null', ${obj(kv('start', 'q.speaker_start', 'q.speaker_start'), kv('end', 'q.speaker_end', 'q.speaker_end'),
    kv('text', 'q.speaker_text'), kv('name', 'q.speaker_name'), kv('code', 'q.speaker_code'))})
  || '}'`;

/** A page answer, `{items, limit, offset, next}` as the API's `paged` builds it, from items already JSON. */
export function pageJson(items: string[], limit: number, offset: number): string {
  const more = items.length > limit;
  return `{"items":[${(more ? items.slice(0, limit) : items).join(',')}],"limit":${limit},"offset":${offset},"next":${more ? offset + limit : null}}`;
}
