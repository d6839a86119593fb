// Versioned migrations: each runs once, in order, inside a transaction; user_version records the last one.

/**
 * Migration 10's statements that move the articles waiting in search_stage into the search statistics (run by
 * search.ts keepSearch at the end of a batch and by the delete trigger). Part of a migration: never change it; a
 * later migration that needs other statements defines its own and replaces the trigger.
 */
export const SEARCH_KEEP = `
    INSERT INTO search_scratch_rows (term, doc, tf) SELECT term, doc, count(*) FROM search_scratch_terms GROUP BY term, doc;
    INSERT INTO search_postings (term, tf, dl, doc) SELECT r.term, r.tf, d.dl, r.doc FROM search_scratch_rows r
      JOIN (SELECT doc, sum(tf) AS dl FROM search_scratch_rows GROUP BY doc) d ON d.doc = r.doc ORDER BY 1, 2, 3, 4;
    INSERT INTO search_tf (term, tf, n) SELECT term, tf, count(*) FROM search_scratch_rows WHERE true GROUP BY term, tf
      ON CONFLICT (term, tf) DO UPDATE SET n = n + excluded.n;
    UPDATE search_totals SET docs = docs + (SELECT count(*) FROM search_stage),
      tokens = tokens + coalesce((SELECT sum(tf) FROM search_scratch_rows), 0);
    DELETE FROM search_scratch_rows;
    DELETE FROM search_stage;
    INSERT INTO search_scratch (search_scratch) VALUES ('delete-all');
`;

export const migrations: string[] = [
  // 1: articles, their annotations, FTS5 search.
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    ext_id TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    date TEXT NOT NULL,
    anchor TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_ext_id ON articles(ext_id);
  CREATE INDEX articles_date ON articles(date);

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
  END;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  END;

  CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, actor_code TEXT, actor_name TEXT, chain INTEGER, role TEXT
  );
  CREATE INDEX entities_article ON entities(article_id);
  CREATE INDEX entities_actor ON entities(actor_code);

  CREATE TABLE timexes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL
  );
  CREATE INDEX timexes_article ON timexes(article_id);

  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    cameo TEXT NOT NULL, plover TEXT NOT NULL, mode TEXT, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
    factuality TEXT NOT NULL,
    date TEXT,
    day TEXT NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
    source_start INTEGER, source_end INTEGER, source_text TEXT, source_code TEXT, source_name TEXT,
    target_start INTEGER, target_end INTEGER, target_text TEXT, target_code TEXT, target_name TEXT,
    loc_start INTEGER, loc_end INTEGER, loc_text TEXT, loc_name TEXT, loc_country TEXT, loc_lat REAL, loc_lon REAL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL
  );
  CREATE INDEX events_article ON events(article_id);
  CREATE INDEX events_day ON events(day);
  CREATE INDEX events_source ON events(source_code);
  CREATE INDEX events_target ON events(target_code);
  CREATE INDEX events_plover ON events(plover);

  CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT, speaker_name TEXT, speaker_code TEXT
  );
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_speaker ON quotes(speaker_name);

  -- Actors seen in the corpus: one row per (name, code), with the roles they were seen in and when.
  CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    code TEXT NOT NULL,
    type TEXT,
    mentions INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    UNIQUE(name, code)
  );
  CREATE TABLE actor_roles (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (actor_id, role)
  );
  `,
  // 2 (src/fuse): near-duplicate sketches of articles, and fused events (one real-world event, many mentions).
  `
  CREATE TABLE article_sketches (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL,
    dup_of INTEGER,
    similarity REAL
  );
  CREATE TABLE article_bands (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE INDEX article_bands_key ON article_bands(band_key);

  CREATE TABLE fused_events (
    id INTEGER PRIMARY KEY,
    cameo TEXT NOT NULL, plover TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
    factuality TEXT NOT NULL,
    date TEXT,
    day TEXT NOT NULL,
    day_end TEXT NOT NULL,
    source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT,
    loc_name TEXT, loc_country TEXT, loc_lat REAL, loc_lon REAL,
    mentions INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    first_reported TEXT,
    last_reported TEXT
  );
  CREATE INDEX fused_events_day ON fused_events(day);
  CREATE TABLE event_fusion (
    event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    fused_id INTEGER NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE
  );
  CREATE INDEX event_fusion_fused ON event_fusion(fused_id);
  `,
  // 3: user actor dictionaries (YAML, CSV, PETRARCH .actors.txt) imported with `dossier actors import`, parsed.
  `
  CREATE TABLE user_actor_files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    caseless INTEGER NOT NULL,
    entries TEXT NOT NULL,
    imported_at TEXT NOT NULL
  );
  `,
  // 4: indexed reads for the API without scanning. `names` holds every distinct participant, speaker and actor
  // string, so a name part resolves (LIKE over a few hundred rows) to exact values, then to indexed equality.
  // Fused events keep their mentions' names (group_concat strings, filled by fusion) so analyses need no join;
  // timexes are indexed by the day they name.
  `
  CREATE TABLE names (text TEXT PRIMARY KEY) WITHOUT ROWID;
  INSERT OR IGNORE INTO names
    SELECT source_name FROM events WHERE source_name IS NOT NULL UNION SELECT source_text FROM events WHERE source_text IS NOT NULL
    UNION SELECT target_name FROM events WHERE target_name IS NOT NULL UNION SELECT target_text FROM events WHERE target_text IS NOT NULL
    UNION SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL UNION SELECT speaker_text FROM quotes WHERE speaker_text IS NOT NULL
    UNION SELECT actor_name FROM entities WHERE actor_code IS NOT NULL UNION SELECT text FROM entities WHERE actor_code IS NOT NULL;
  CREATE INDEX events_source_name ON events(source_name);
  CREATE INDEX events_target_name ON events(target_name);
  CREATE INDEX events_source_text ON events(source_text);
  CREATE INDEX events_target_text ON events(target_text);
  CREATE INDEX events_order ON events(day, article_id, trigger_start);
  CREATE INDEX quotes_speaker_text ON quotes(speaker_text);
  CREATE INDEX quotes_speaker_code ON quotes(speaker_code);
  CREATE INDEX entities_actor_name ON entities(actor_name) WHERE actor_code IS NOT NULL;
  CREATE INDEX entities_actor_text ON entities(text) WHERE actor_code IS NOT NULL;
  CREATE INDEX timexes_day ON timexes(type, substr(value, 1, 10));

  ALTER TABLE fused_events ADD COLUMN source_names TEXT;
  ALTER TABLE fused_events ADD COLUMN source_texts TEXT;
  ALTER TABLE fused_events ADD COLUMN target_names TEXT;
  ALTER TABLE fused_events ADD COLUMN target_texts TEXT;
  UPDATE fused_events SET
    source_names = (SELECT group_concat(DISTINCT e.source_name) FROM event_fusion x JOIN events e ON e.id = x.event_id WHERE x.fused_id = fused_events.id),
    source_texts = (SELECT group_concat(DISTINCT e.source_text) FROM event_fusion x JOIN events e ON e.id = x.event_id WHERE x.fused_id = fused_events.id),
    target_names = (SELECT group_concat(DISTINCT e.target_name) FROM event_fusion x JOIN events e ON e.id = x.event_id WHERE x.fused_id = fused_events.id),
    target_texts = (SELECT group_concat(DISTINCT e.target_text) FROM event_fusion x JOIN events e ON e.id = x.event_id WHERE x.fused_id = fused_events.id);
  -- The widest interval, found at once: a window's lower bound on day is its start minus that width.
  CREATE INDEX fused_events_span ON fused_events(julianday(day_end) - julianday(day));
  CREATE INDEX fused_events_source ON fused_events(source_code);
  CREATE INDEX fused_events_target ON fused_events(target_code);
  `,
  // 5: quotes in article order (anchor) by index, so a frequent speaker's first pages need no sort.
  `
  CREATE INDEX articles_anchor ON articles(anchor, id);
  `,
  // 6 (src/fuse/days.ts): per-day answers kept by fusion. The timeline's signals and summary of every day, and
  // the day's fused events summed per (day_end, source, target) for the network, with node names. A day whose
  // inputs changed waits in day_dirty ('*' = every day: a store that has data when this migration runs).
  `
  CREATE TABLE day_dirty (day TEXT PRIMARY KEY) WITHOUT ROWID;
  CREATE TABLE day_signals (day TEXT PRIMARY KEY, ref INTEGER NOT NULL, pub INTEGER NOT NULL, pub_next INTEGER NOT NULL, events REAL NOT NULL) WITHOUT ROWID;
  CREATE TABLE day_summaries (day TEXT PRIMARY KEY, summary TEXT NOT NULL, article TEXT, events TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE dyad_days (
    day TEXT NOT NULL, day_end TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
    events INTEGER NOT NULL, cooperation INTEGER NOT NULL, conflict INTEGER NOT NULL, goldstein REAL NOT NULL,
    first INTEGER NOT NULL
  );
  CREATE INDEX dyad_days_day ON dyad_days(day);
  CREATE TABLE node_names (day TEXT NOT NULL, day_end TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL, first INTEGER NOT NULL);
  CREATE INDEX node_names_day ON node_names(day);
  INSERT INTO day_dirty (day) SELECT '*' WHERE EXISTS (SELECT 1 FROM articles);
  `,
  // 7 (src/analyze/itinerary.ts): itineraries by index. Events that can place a person (dated to a day, real,
  // with a place or a meeting with a government: the itinerary's own test, as a LIKE superset) by each name
  // column and day, unnamed visits by article; contact events (04x with a source) by source and by article,
  // covering, to count who leads each article's trip. Partial: the query repeats each WHERE term so the planner uses them.
  `
  CREATE INDEX events_placing_source_name ON events(source_name, day) WHERE date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND factuality NOT IN ('hypothetical', 'negated')
    AND (loc_name IS NOT NULL OR ((source_code GLOB '*GOV' OR target_code GLOB '*GOV') AND (trigger_text LIKE 'me%' OR trigger_text LIKE 'talks%'
      OR trigger_text LIKE 'held talks%' OR trigger_text LIKE 'host%' OR trigger_text LIKE 'visit%')));
  CREATE INDEX events_placing_source_text ON events(source_text, day) WHERE date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND factuality NOT IN ('hypothetical', 'negated')
    AND (loc_name IS NOT NULL OR ((source_code GLOB '*GOV' OR target_code GLOB '*GOV') AND (trigger_text LIKE 'me%' OR trigger_text LIKE 'talks%'
      OR trigger_text LIKE 'held talks%' OR trigger_text LIKE 'host%' OR trigger_text LIKE 'visit%')));
  CREATE INDEX events_placing_target_name ON events(target_name, day) WHERE cameo GLOB '04*' AND date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND factuality NOT IN ('hypothetical', 'negated')
    AND (loc_name IS NOT NULL OR ((source_code GLOB '*GOV' OR target_code GLOB '*GOV') AND (trigger_text LIKE 'me%' OR trigger_text LIKE 'talks%'
      OR trigger_text LIKE 'held talks%' OR trigger_text LIKE 'host%' OR trigger_text LIKE 'visit%')));
  CREATE INDEX events_placing_target_text ON events(target_text, day) WHERE cameo GLOB '04*' AND date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND factuality NOT IN ('hypothetical', 'negated')
    AND (loc_name IS NOT NULL OR ((source_code GLOB '*GOV' OR target_code GLOB '*GOV') AND (trigger_text LIKE 'me%' OR trigger_text LIKE 'talks%'
      OR trigger_text LIKE 'held talks%' OR trigger_text LIKE 'host%' OR trigger_text LIKE 'visit%')));
  CREATE INDEX events_placing_visits ON events(article_id, day) WHERE source_code IS NULL AND source_text IS NULL AND cameo GLOB '04[23]*' AND date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND factuality NOT IN ('hypothetical', 'negated')
    AND (loc_name IS NOT NULL OR ((source_code GLOB '*GOV' OR target_code GLOB '*GOV') AND (trigger_text LIKE 'me%' OR trigger_text LIKE 'talks%'
      OR trigger_text LIKE 'held talks%' OR trigger_text LIKE 'host%' OR trigger_text LIKE 'visit%')));
  CREATE INDEX events_contact_source_name ON events(source_name, article_id, cameo, source_code) WHERE cameo GLOB '04*' AND source_code IS NOT NULL;
  CREATE INDEX events_contact_source_text ON events(source_text, article_id, cameo, source_code) WHERE cameo GLOB '04*' AND source_code IS NOT NULL;
  CREATE INDEX events_contacts ON events(article_id, source_name, source_text, cameo, source_code) WHERE cameo GLOB '04*' AND source_code IS NOT NULL;
  `,
  // 8 (src/analyze/placings.ts): itineraries from placings kept by fusion. Every event that can place a person, as
  // packed records per (name, day) and per (article, day) for unnamed visits; its evidence (article, normalised
  // sentence, trigger); per article with a visit, who is the source of its contact events (JSON [name, text, n]
  // triples) and by which names it is found; place tuples and meeting countries as small ids. A store that has data
  // recomputes every day ('*').
  `
  CREATE TABLE placing_days (name TEXT NOT NULL, day TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (name, day)) WITHOUT ROWID;
  CREATE INDEX placing_days_day ON placing_days(day);
  CREATE TABLE placing_visits (article_id INTEGER NOT NULL, day TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (article_id, day)) WITHOUT ROWID;
  CREATE INDEX placing_visits_day ON placing_visits(day);
  CREATE TABLE placing_evidence (event_id INTEGER PRIMARY KEY, day TEXT NOT NULL, article TEXT NOT NULL, article_date TEXT NOT NULL,
    sentence TEXT NOT NULL, trigger TEXT NOT NULL);
  CREATE INDEX placing_evidence_day ON placing_evidence(day);
  CREATE TABLE placing_contacts (article_id INTEGER PRIMARY KEY, data TEXT NOT NULL);
  CREATE TABLE placing_leads (name TEXT NOT NULL, article_id INTEGER NOT NULL, PRIMARY KEY (name, article_id)) WITHOUT ROWID;
  CREATE TABLE placing_strings (id INTEGER PRIMARY KEY, s TEXT NOT NULL UNIQUE);
  INSERT OR IGNORE INTO day_dirty (day) SELECT '*' WHERE EXISTS (SELECT 1 FROM articles);
  `,
  // 9 (Store.events, Store.quotes): events and quotes by actor in page order. The code and name indexes carry the
  // page's sort key (day, article, trigger; the rowid last), so the stream of one code or name is read in order from
  // its index alone and an actor's page merges those streams (replacing the one-column indexes, which these serve
  // as well). The UI's other filters (PLOVER type, factuality) ride along, so "Russia, ASSAULT" reads no rows it drops.
  `
  DROP INDEX IF EXISTS events_source;
  DROP INDEX IF EXISTS events_target;
  DROP INDEX IF EXISTS events_source_name;
  DROP INDEX IF EXISTS events_target_name;
  CREATE INDEX events_source_code_order ON events(source_code, day, article_id, trigger_start, plover, factuality);
  CREATE INDEX events_target_code_order ON events(target_code, day, article_id, trigger_start, plover, factuality);
  CREATE INDEX events_source_name_order ON events(source_name, day, article_id, trigger_start, plover, factuality);
  CREATE INDEX events_target_name_order ON events(target_name, day, article_id, trigger_start, plover, factuality);
  -- Quotes likewise, in their page order (the article's anchor, the article, the position): each keeps its anchor.
  ALTER TABLE quotes ADD COLUMN anchor TEXT;
  UPDATE quotes SET anchor = (SELECT a.anchor FROM articles a WHERE a.id = quotes.article_id);
  DROP INDEX IF EXISTS quotes_speaker;
  DROP INDEX IF EXISTS quotes_speaker_text;
  DROP INDEX IF EXISTS quotes_speaker_code;
  CREATE INDEX quotes_speaker_code_order ON quotes(speaker_code, anchor, article_id, start);
  CREATE INDEX quotes_speaker_name_order ON quotes(speaker_name, anchor, article_id, start);
  CREATE INDEX quotes_speaker_text_order ON quotes(speaker_text, anchor, article_id, start);
  `,
  // 10 (helper search, src/store/search.ts): statistics for ranking a one-word search without scoring every match.
  // Per term and document its frequency (tf, over title and text) and the document's length in tokens (dl), keyed
  // in the order that reads a term's best documents first; per term the documents of each tf; the corpus totals
  // (documents, tokens) bm25 divides by. Kept beside articles_fts's own index: the insert trigger also writes the
  // article into search_scratch (contentless, the same tokenizer) and lists it in search_stage; when Store.insert
  // ends its batch, keepSearch runs SEARCH_KEEP: the batch's counts from the scratch's fts5vocab, inserted sorted
  // (a quarter of the cost of ~100 random inserts an article), then the scratch is emptied. The delete trigger
  // keeps what waits first, then takes the article's counts out. The index is merged into one segment: every FTS5
  // query looks its terms up once per segment.
  `
  CREATE VIRTUAL TABLE search_scratch USING fts5(title, text, content='');
  CREATE VIRTUAL TABLE search_scratch_terms USING fts5vocab(search_scratch, instance);
  CREATE TABLE search_postings (term TEXT NOT NULL, tf INTEGER NOT NULL, dl INTEGER NOT NULL, doc INTEGER NOT NULL,
    PRIMARY KEY (term, tf, dl, doc)) WITHOUT ROWID;
  CREATE TABLE search_tf (term TEXT NOT NULL, tf INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (term, tf)) WITHOUT ROWID;
  CREATE TABLE search_totals (id INTEGER PRIMARY KEY CHECK (id = 1), docs INTEGER NOT NULL, tokens INTEGER NOT NULL);
  CREATE TABLE search_stage (doc INTEGER PRIMARY KEY);
  CREATE TABLE search_scratch_rows (term TEXT NOT NULL, doc INTEGER NOT NULL, tf INTEGER NOT NULL);
  CREATE TRIGGER search_ai AFTER INSERT ON articles BEGIN
    INSERT INTO search_scratch (rowid, title, text) VALUES (new.id, new.title, new.text);
    INSERT INTO search_stage (doc) VALUES (new.id);
  END;
  CREATE TRIGGER search_ad AFTER DELETE ON articles BEGIN
    ${SEARCH_KEEP}
    INSERT INTO search_scratch (rowid, title, text) VALUES (old.id, old.title, old.text);
    INSERT INTO search_scratch_rows (term, doc, tf) SELECT term, doc, count(*) FROM search_scratch_terms GROUP BY term, doc;
    INSERT INTO search_scratch (search_scratch) VALUES ('delete-all');
    DELETE FROM search_postings WHERE (term, tf, dl, doc) IN
      (SELECT term, tf, (SELECT sum(tf) FROM search_scratch_rows), doc FROM search_scratch_rows);
    UPDATE search_tf SET n = n - 1 WHERE (term, tf) IN (SELECT term, tf FROM search_scratch_rows);
    DELETE FROM search_tf WHERE n = 0 AND (term, tf) IN (SELECT term, tf FROM search_scratch_rows);
    UPDATE search_totals SET docs = docs - 1, tokens = tokens - coalesce((SELECT sum(tf) FROM search_scratch_rows), 0);
    DELETE FROM search_scratch_rows;
  END;
  -- Backfill from the index itself: every (term, document, column, offset) instance, counted.
  CREATE VIRTUAL TABLE temp.search_fill USING fts5vocab(main, articles_fts, instance);
  CREATE TEMP TABLE search_fill_tf AS SELECT term, doc, count(*) AS tf FROM temp.search_fill GROUP BY term, doc;
  CREATE TEMP TABLE search_fill_dl AS SELECT doc, sum(tf) AS dl FROM temp.search_fill_tf GROUP BY doc;
  INSERT INTO search_postings (term, tf, dl, doc)
    SELECT f.term, f.tf, d.dl, f.doc FROM temp.search_fill_tf f JOIN temp.search_fill_dl d ON d.doc = f.doc;
  INSERT INTO search_tf (term, tf, n) SELECT term, tf, count(*) FROM search_postings GROUP BY term, tf;
  INSERT INTO search_totals (id, docs, tokens)
    VALUES (1, (SELECT count(*) FROM articles), coalesce((SELECT sum(dl) FROM temp.search_fill_dl), 0));
  DROP TABLE temp.search_fill_tf;
  DROP TABLE temp.search_fill_dl;
  DROP TABLE temp.search_fill;
  INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
  `,
];
