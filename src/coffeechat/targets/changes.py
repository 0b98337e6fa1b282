"""Every write that can change a warm path moves one number (`targets_graphchange.n`, a
plain table of one row made by migration 0002, not a model: nobody's data): database
triggers on the tables the graph is read from, installed after every `migrate` (so a
table a later migration rebuilds gets them back). Reading the number is the snapshot's
whole check (`arrays.fingerprint`), a lookup of one row where counting and hashing the
tables took a tenth of a second on a personal database.

Watched: people (their organisation, source, LinkedIn date; added or removed), their past
organisations, `--knows` ties, conversations (who referred whom, when), every event
(met, replied, declined, introductions, intro requests...), tags on people and tag names
(`do-not-contact`).
The number starts anywhere (random) each time its row is made, so emptying the tables
never brings back a number an old snapshot holds."""

from __future__ import annotations

from typing import Any

TABLE = "targets_graphchange"
# table: the columns whose update can change a link (None: any column).
WATCHED: dict[str, tuple[str, ...] | None] = {
    "people_person": ("id", "organisation_id", "source", "connected_on", "owner_id"),
    "people_tie": None,
    "pipeline_conversation": ("id", "person_id", "referred_by_id", "referred_at", "owner_id"),
    "pipeline_event": None,
    "people_person_tags": None,
    "people_tag": ("id", "name", "owner_id"),
    "people_pastorganisation": None,
}
_FUNCTION = "targets_graphchange_bump"


def _bump(start: str) -> str:
    return (f"INSERT INTO {TABLE} (id, n) VALUES (1, {start}) "
            f"ON CONFLICT (id) DO UPDATE SET n = {TABLE}.n + 1")


def _changed(columns: tuple[str, ...] | None, differ: str) -> str:
    """The condition that an update changed one of `columns` (any column: None)."""
    if columns is None:
        return f"OLD.* {differ} NEW.*" if differ == "IS DISTINCT FROM" else "1"
    return " OR ".join(f"OLD.{c} {differ} NEW.{c}" for c in columns)


def install(connection: Any) -> None:
    """Create the triggers that are missing: SQLite's for each row; PostgreSQL's for each
    statement (a COPY of millions of rows moves the number once), except an update's,
    for each row so that an edit of a person's notes or title leaves the number alone."""
    existing = set(connection.introspection.table_names())
    if TABLE not in existing:
        return
    tables = [t for t in WATCHED if t in existing]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            bump = _bump("abs(random() % 1000000000000)")
            for table in tables:
                for op in ("INSERT", "UPDATE", "DELETE"):
                    when = f" WHEN {_changed(WATCHED[table], 'IS NOT')}" if op == "UPDATE" else ""
                    cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {TABLE}_{table}_{op.lower()} "
                                   f"AFTER {op} ON {table} FOR EACH ROW{when} BEGIN {bump}; END")
        elif connection.vendor == "postgresql":
            bump = _bump("floor(random() * 1e12)::bigint")
            cursor.execute(f"CREATE OR REPLACE FUNCTION {_FUNCTION}() RETURNS trigger "
                           f"LANGUAGE plpgsql AS $$ BEGIN {bump}; RETURN NULL; END $$")
            for table in tables:
                changed = _changed(WATCHED[table], "IS DISTINCT FROM")
                for name, when in (
                    (f"{TABLE}_{table}", "INSERT OR DELETE ON {t} FOR EACH STATEMENT"),
                    (f"{TABLE}_{table}_update", f"UPDATE ON {{t}} FOR EACH ROW WHEN ({changed})"),
                    (f"{TABLE}_{table}_truncate", "TRUNCATE ON {t} FOR EACH STATEMENT"),
                ):
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                    cursor.execute(f"CREATE TRIGGER {name} AFTER {when.format(t=table)} "
                                   f"EXECUTE PROCEDURE {_FUNCTION}()")
        else:
            return
        cursor.execute(bump)  # the row made now: a database nobody writes to stays current


def installed(cursor: Any) -> bool:
    """Whether every trigger is there (else the number cannot be trusted)."""
    vendor = cursor.db.vendor
    if vendor == "sqlite":
        cursor.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND "
                       f"name LIKE '{TABLE}%%'")
        return int(cursor.fetchone()[0]) == 3 * len(WATCHED)
    if vendor == "postgresql":
        cursor.execute("SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal AND "
                       f"tgname LIKE '{TABLE}%%'")
        return int(cursor.fetchone()[0]) == 3 * len(WATCHED)
    return False
