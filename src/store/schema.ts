// Versioned migrations: each runs once, in order, inside a transaction; user_version records the last one.
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
];
