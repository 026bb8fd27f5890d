"""The stored schema, written once; each SQL dialect fills in its column types and search parts.

Migrations are versioned: a store records how many it has applied and only runs the rest, so a file
or database created by an older release keeps opening. Never edit a released migration; append one.
"""
from __future__ import annotations

from dataclasses import dataclass
from string import Template


@dataclass(frozen=True)
class SchemaDialect:
    """What differs between the SQL dialects' DDL."""

    id_pk: str  # an auto-numbered integer primary key
    bigint: str  # an integer column referencing such a key
    blob: str  # raw bytes
    real: str  # a float (timestamps)
    key: str  # a text column compared and sorted byte-wise (ids, dates)
    search_columns: str = ""  # extra article columns for full-text search
    search_ddl: str = ""  # statements after the articles table (index, triggers)
    indexes_1: str = ""  # extra indexes of migration 1
    indexes_2: str = ""  # extra indexes of migration 2


_MIGRATION_1 = Template("""
    CREATE TABLE articles (
        id $id_pk,
        ext_id TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        raw $blob,
        text TEXT NOT NULL,
        title TEXT, lang TEXT, source TEXT, url TEXT, byline TEXT, origin TEXT, encoding TEXT,
        agencies TEXT NOT NULL DEFAULT '[]',
        date_value $key, date_json TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        duplicate_of $bigint REFERENCES articles(id) ON DELETE SET NULL,
        event_id $key, story_id $key,
        ingested_at $real NOT NULL$search_columns
    );
    CREATE INDEX articles_ext ON articles(ext_id);
    CREATE INDEX articles_date ON articles(date_value);
    CREATE INDEX articles_lang ON articles(lang);
    CREATE INDEX articles_source ON articles(source);
    CREATE INDEX articles_event ON articles(event_id);
    CREATE INDEX articles_story ON articles(story_id);
    CREATE TABLE layers (
        article_id $bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind $key NOT NULL,
        data TEXT NOT NULL,
        component TEXT NOT NULL,
        version TEXT NOT NULL,
        created_at $real NOT NULL,
        PRIMARY KEY (article_id, kind)
    );
    CREATE TABLE mention_index (
        article_id $bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id $key NOT NULL
    );
    CREATE INDEX mention_index_entity ON mention_index(entity_id);
    $indexes_1
    $search_ddl
""")

_MIGRATION_2 = Template("""
    CREATE TABLE vectors (key $key PRIMARY KEY, data $blob NOT NULL);
    CREATE TABLE stories (id $key PRIMARY KEY, title TEXT NOT NULL DEFAULT '', meta TEXT NOT NULL DEFAULT '{}');
    CREATE TABLE events (
        id $key PRIMARY KEY,
        story_id $key REFERENCES stories(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '', date_json TEXT, size INTEGER NOT NULL DEFAULT 0,
        meta TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_story ON events(story_id);
    CREATE TABLE cluster_log (
        id $id_pk, at $real NOT NULL, action TEXT NOT NULL, subject $key NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX cluster_log_subject ON cluster_log(subject);
    CREATE TABLE entities (
        id $key PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
        variants TEXT NOT NULL DEFAULT '[]', roles TEXT NOT NULL DEFAULT '[]', meta TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE entity_names (entity_id $key NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        name_key $key NOT NULL);
    CREATE INDEX entity_names_key ON entity_names(name_key);
    $indexes_2
    CREATE TABLE state (key $key PRIMARY KEY, value TEXT NOT NULL);
""")

# lines recurring across the articles of one source, as fingerprints (no text): page chrome seen in
# earlier batches is recognised in a later one (see newsweave.clean.recurring)
_MIGRATION_3 = Template("""
    CREATE TABLE line_counts (
        source $key NOT NULL,
        fingerprint $key NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (source, fingerprint)
    );
""")


def migrations(d: SchemaDialect) -> list[str]:
    """The migration scripts in order (1: articles, layers, mention index and search; 2: vectors,
    events, stories, cluster history, entities, key-value state; 3: per-source line counts)."""
    fields = {k: getattr(d, k) for k in SchemaDialect.__dataclass_fields__}
    return [_MIGRATION_1.substitute(fields), _MIGRATION_2.substitute(fields), _MIGRATION_3.substitute(fields)]
