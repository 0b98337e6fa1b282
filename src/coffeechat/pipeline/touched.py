"""Whose data changed since a data version: the people a write touched, so that what the
web pages derived from everyone (the agenda, everyone's stage) is worked out again for
them alone, not for all 5,000.

`accounts.version` says *that* something changed; this says *who*. Database triggers on
the tables the agenda's world is read from (`pipeline.reading`), and on the insight
notes the insights page reads with it, write, for each person
whose rows a statement inserted, updated or deleted, the data version at that moment
into `pipeline_touched` (one row a person, the latest version). A change that reaches
everyone (a tag's check-in days, an organisation renamed) writes person 0: everyone.
Whichever process writes (the CLI while `serve` runs, an import, a restore, raw SQL),
the database records it.

The version written is the counter's after the statement's own bump (PostgreSQL fires a
table's statement triggers in the order of their names, and these are named after the
counter's; writers queue on the counter's row until they commit), or on SQLite, where
one writer holds the whole file, the counter before or after it: either way at least
the version a reader had read before the write. So everyone touched since a reader's
version `v` is `version >= v` (a few touched just before `v` come along: worked out
again for nothing, never missed). When the counter's row is made anew (its table
emptied) it restarts at a random number: a version below the one kept means "anything
may have changed", as does a kept version this table cannot answer for.
"""

from __future__ import annotations

from typing import Any

from coffeechat.accounts.version import TABLE as VERSION_TABLE

TABLE = "pipeline_touched"
EVERYONE = 0
PREFIX = "coffeechat_zz_touched"  # after "coffeechat_version_...": see above

# A table added here (or a change to what is watched) needs a migration, even an empty
# one: a database whose migrations are all applied is not migrated again, so its
# triggers would not be made anew.
# table -> how a changed row names its person: a column of the row, or "conversation":
# through the row's conversation_id. None: the change reaches everyone, and only an
# update of the columns named does (their other columns, and inserting or removing one,
# change nobody's world on their own: a person's organisation_id or tags do that).
PERSON: dict[str, str] = {
    "people_person": "id",
    "pipeline_conversation": "person_id",
    "pipeline_event": "conversation",
    "pipeline_commitment": "conversation",
    "people_person_tags": "person_id",
    "pipeline_insight": "conversation",  # the insights page's notes (`writing.insights`)
}
EVERYONE_ON_UPDATE: dict[str, tuple[str, ...]] = {
    "people_organisation": ("name",),
    "people_tag": ("check_in_days",),
}
_VERSION = f"COALESCE((SELECT counter FROM {VERSION_TABLE} WHERE id = 1), 0)"
_UPSERT = " ON CONFLICT (person_id) DO UPDATE SET version = excluded.version"
_EVERYONE = f"INSERT INTO {TABLE} (person_id, version) VALUES ({EVERYONE}, {_VERSION}){_UPSERT}"


def _select(table: str, row: str) -> str:
    """The SELECT giving (person, version) for a changed row called `row`."""
    how = PERSON[table]
    if how == "conversation":
        return (f"SELECT c.person_id, {_VERSION} FROM pipeline_conversation c "
                f"WHERE c.id = {row}.conversation_id")
    return f"SELECT {row}.{how}, {_VERSION} WHERE {row}.{how} IS NOT NULL"


def install(connection: Any) -> None:
    """(Re)make the triggers on every table they watch; safe to run any number of times."""
    existing = set(connection.introspection.table_names())
    if TABLE not in existing or VERSION_TABLE not in existing:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            _install_postgresql(cursor)
        else:
            _install_sqlite(cursor)


def _install_sqlite(cursor: Any) -> None:
    insert = f"INSERT INTO {TABLE} (person_id, version) "
    for table in PERSON:
        for operation, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")),
                                ("DELETE", ("OLD",))):
            body = "".join(f"{insert}{_select(table, row)}{_UPSERT}; " for row in rows)
            _sqlite_trigger(cursor, table, operation, "", body)
    for table, columns in EVERYONE_ON_UPDATE.items():
        when = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        body = f"{insert}SELECT {EVERYONE}, {_VERSION} WHERE true{_UPSERT}; "
        _sqlite_trigger(cursor, table, "UPDATE", f" WHEN {when}", body)


def _sqlite_trigger(cursor: Any, table: str, operation: str, when: str, body: str) -> None:
    name = f"{PREFIX}_{table}_{operation.lower()}"
    cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
    cursor.execute(f'CREATE TRIGGER "{name}" AFTER {operation} ON "{table}" '
                   f"FOR EACH ROW{when} BEGIN {body}END")


def _install_postgresql(cursor: Any) -> None:
    insert = f"INSERT INTO {TABLE} (person_id, version) SELECT DISTINCT * FROM ("
    for table in PERSON:
        how = PERSON[table]
        if how == "conversation":
            person = ("SELECT c.person_id AS p FROM {rows} r "
                      "JOIN pipeline_conversation c ON c.id = r.conversation_id")
        else:
            person = f"SELECT r.{how} AS p FROM {{rows}} r WHERE r.{how} IS NOT NULL"
        for operation, rows in (("insert", ("new_rows",)), ("update", ("old_rows", "new_rows")),
                                ("delete", ("old_rows",))):
            union = " UNION ".join(person.format(rows=r) for r in rows)
            function = f"{PREFIX}_{table}_{operation}"
            cursor.execute(
                f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql "
                f"AS $$ BEGIN {insert}SELECT t.p, {_VERSION} FROM ({union}) t) s"
                f"{_UPSERT}; RETURN NULL; END $$")
            referencing = " ".join(
                f"{'OLD' if r == 'old_rows' else 'NEW'} TABLE AS {r}" for r in rows)
            name = f"{PREFIX}_{operation}"
            cursor.execute(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
            cursor.execute(f'CREATE TRIGGER {name} AFTER {operation.upper()} ON "{table}" '
                           f"REFERENCING {referencing} FOR EACH STATEMENT "
                           f"EXECUTE FUNCTION {function}()")
        _postgresql_truncate(cursor, table)
    for table, columns in EVERYONE_ON_UPDATE.items():
        differ = " OR ".join(f"o.{c} IS DISTINCT FROM n.{c}" for c in columns)
        function = f"{PREFIX}_{table}_update"
        cursor.execute(
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id "
            f"WHERE {differ}) THEN {_EVERYONE}; END IF; RETURN NULL; END $$")
        name = f"{PREFIX}_update"
        cursor.execute(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        cursor.execute(f'CREATE TRIGGER {name} AFTER UPDATE ON "{table}" REFERENCING '
                       "OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT "
                       f"EXECUTE FUNCTION {function}()")


def _postgresql_truncate(cursor: Any, table: str) -> None:
    """A table emptied at once (TRUNCATE: no rows to name) changes everyone."""
    function = f"{PREFIX}_everyone"
    cursor.execute(f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger "
                   f"LANGUAGE plpgsql AS $$ BEGIN {_EVERYONE}; RETURN NULL; END $$")
    name = f"{PREFIX}_truncate"
    cursor.execute(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    cursor.execute(f'CREATE TRIGGER {name} AFTER TRUNCATE ON "{table}" FOR EACH STATEMENT '
                   f"EXECUTE FUNCTION {function}()")


def touched_since(connection: Any, version: int, now: int) -> set[int] | None:
    """The people whose rows changed since `version` was read (a few more, never fewer),
    `now` being the version read since, or None when that cannot be told: everyone may
    have changed. One query."""
    if now < version:
        return None  # the counter was made anew
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT person_id FROM {TABLE} WHERE version >= %s", [version])
        found = {int(pid) for (pid,) in cursor.fetchall()}
    return None if EVERYONE in found else found
