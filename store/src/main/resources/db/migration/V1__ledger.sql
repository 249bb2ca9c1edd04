-- The ledger, version 1. One row of `documents` per distinct content; everything else hangs off a document.
-- Offsets (begin, end) point into documents.body, as in the fact records of SCHEMA.md.

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,        -- content hash: SHA-256 of the normalised words
    file        TEXT NOT NULL,           -- the input file's name when first ingested (`doc` in the fact records)
    language    TEXT,
    published   TEXT,                    -- ISO date truncated to what is known
    title       TEXT,
    body        TEXT NOT NULL,
    author      TEXT,
    url         TEXT,
    site        TEXT,
    format      TEXT NOT NULL,           -- text or html
    fingerprint INTEGER,                 -- 64-bit SimHash as a signed integer
    fp0         INTEGER,                 -- its four 16-bit bands: two fingerprints within 3 bits share one
    fp1         INTEGER,
    fp2         INTEGER,
    fp3         INTEGER,
    ingested_at TEXT NOT NULL            -- ISO instant, UTC; the rowid gives the order of ingestion
);
CREATE INDEX documents_file ON documents (file);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_fp0 ON documents (fp0);
CREATE INDEX documents_fp1 ON documents (fp1);
CREATE INDEX documents_fp2 ON documents (fp2);
CREATE INDEX documents_fp3 ON documents (fp3);

-- document -> the earlier document it nearly duplicates (the nearest one, ties to the earliest ingested);
-- following the links ends at the document that stands for the whole group.
CREATE TABLE near_duplicates (
    document     TEXT PRIMARY KEY REFERENCES documents (id),
    duplicate_of TEXT NOT NULL REFERENCES documents (id),
    distance     INTEGER NOT NULL CHECK (distance BETWEEN 1 AND 3)
) WITHOUT ROWID;
CREATE INDEX near_duplicates_of ON near_duplicates (duplicate_of);

CREATE TABLE entities (
    id       TEXT PRIMARY KEY,           -- knowledge-base id, or new:TYPE:slug
    type     TEXT NOT NULL,              -- person, organization, country, place, vessel
    name     TEXT NOT NULL,              -- canonical English name; ISO 3166-1 alpha-2 for countries
    wikidata TEXT
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities (name);

CREATE TABLE mentions (
    document TEXT NOT NULL REFERENCES documents (id),
    entity   TEXT NOT NULL REFERENCES entities (id),
    begin    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    how      TEXT NOT NULL,              -- alias, adjective, short_form, role, capital, ner
    PRIMARY KEY (document, entity, begin)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (entity, document);

CREATE TABLE claims (
    document           TEXT NOT NULL REFERENCES documents (id),
    id                 TEXT NOT NULL,    -- the event's id within its document (e1, e2, ...)
    type               TEXT NOT NULL,
    actor              TEXT,
    target             TEXT,
    item               TEXT,
    quantity_value     REAL,
    quantity_unit      TEXT,
    quantity_qualifier TEXT,
    when_start         TEXT,
    when_end           TEXT,
    origin             TEXT,
    destination        TEXT,
    source             TEXT,
    modality           TEXT NOT NULL,
    evidence           TEXT NOT NULL,
    begin              INTEGER NOT NULL,
    end                INTEGER NOT NULL,
    PRIMARY KEY (document, id)
) WITHOUT ROWID;
CREATE INDEX claims_type_actor ON claims (type, actor);
CREATE INDEX claims_target ON claims (target);
CREATE INDEX claims_when ON claims (when_start);

-- Why an input has no document, or lacks entities or claims. One row per (file, stage, code): reruns add none.
CREATE TABLE problems (
    file        TEXT NOT NULL,           -- the input's name (or the path as given)
    stage       TEXT NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    document    TEXT REFERENCES documents (id),  -- when the document was kept
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (file, stage, code)
);
CREATE INDEX problems_document ON problems (document);
