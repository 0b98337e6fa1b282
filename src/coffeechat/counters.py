"""Numbers the database itself moves when its rows change, whichever process writes.

The command line writes while `coffeechat serve` runs; imports insert with `bulk_create`
and raw `executemany`; a restore deletes and inserts. Django's signals see none of that
from another process, so the database keeps the count: triggers on the watched tables
move a counter's one row. Two counters use this: the data version (every coffeechat
table: what the web pages derived is stale, `accounts.version`) and the warm-path graph's
number (the tables and columns a link is read from, `targets.changes`).

SQLite has row triggers only: one a table and operation, an update's only when a watched
column changed. PostgreSQL counts once a statement (a COPY of millions of rows moves the
number once) and only when the statement touched a row (its transition table is not
empty: Django deletes what may not be there); an update that must name its columns is
looked at row by row. A counter's row made anew (the first write, or after its table was
emptied) starts anywhere (random), so a number never comes back to one something was
kept under. `install` is safe to run any number of times, and runs after every migrate,
so a table a later migration adds or rebuilds is covered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

OPERATIONS = ("INSERT", "UPDATE", "DELETE")
_START = {
    "sqlite": "abs(random() % 1000000000000)",
    "postgresql": "floor(random() * 1000000000000)::bigint",
}
# table -> the columns whose update moves the number (None: any column)
Watched = Mapping[str, tuple[str, ...] | None]


@dataclass(frozen=True)
class Counter:
    table: str  # one row, id 1
    column: str
    prefix: str  # its triggers' and functions' names

    def bump(self, vendor: str) -> str:
        """One statement that leaves the row counted up, whatever its state."""
        return (
            f"INSERT INTO {self.table} (id, {self.column}) VALUES (1, {_START[vendor]}) "
            f"ON CONFLICT (id) DO UPDATE SET {self.column} = {self.table}.{self.column} + 1"
        )


def _changed(columns: tuple[str, ...], differ: str) -> str:
    return " OR ".join(f"OLD.{c} {differ} NEW.{c}" for c in columns)


def install(connection: Any, counter: Counter, watched: Watched) -> None:
    """(Re)make the counter's triggers on every watched table the database holds."""
    existing = set(connection.introspection.table_names())
    if counter.table not in existing:
        return
    tables = {t: c for t, c in watched.items() if t in existing and t != counter.table}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            _install_postgresql(cursor, counter, tables)
        elif connection.vendor == "sqlite":
            _install_sqlite(cursor, counter, tables)
        else:  # pragma: no cover - coffeechat runs on SQLite and PostgreSQL only
            raise RuntimeError(f"no counter triggers for {connection.vendor}")


def _install_sqlite(cursor: Any, counter: Counter, tables: Watched) -> None:
    for table, columns in tables.items():
        for operation in OPERATIONS:
            name = f"{counter.prefix}_{table}_{operation.lower()}"
            when = ""
            if operation == "UPDATE" and columns:
                when = f" WHEN {_changed(columns, 'IS NOT')}"
            cursor.execute(f'DROP TRIGGER IF EXISTS "{name}"')
            cursor.execute(f'CREATE TRIGGER "{name}" AFTER {operation} ON "{table}" '
                           f"FOR EACH ROW{when} BEGIN {counter.bump('sqlite')}; END")


def _install_postgresql(cursor: Any, counter: Counter, tables: Watched) -> None:
    bump = counter.bump("postgresql")
    always, touched = f"{counter.prefix}_bump", f"{counter.prefix}_bump_rows"
    cursor.execute(f"CREATE OR REPLACE FUNCTION {always}() RETURNS trigger LANGUAGE plpgsql "
                   f"AS $$ BEGIN {bump}; RETURN NULL; END $$")
    cursor.execute(f"CREATE OR REPLACE FUNCTION {touched}() RETURNS trigger LANGUAGE plpgsql "
                   f"AS $$ BEGIN IF EXISTS (SELECT 1 FROM touched) THEN {bump}; END IF; "
                   f"RETURN NULL; END $$")
    for table, columns in tables.items():
        update = (
            (f"UPDATE ON {{t}} FOR EACH ROW WHEN ({_changed(columns, 'IS DISTINCT FROM')})",
             always)
            if columns
            else ("UPDATE ON {t} REFERENCING OLD TABLE AS touched FOR EACH STATEMENT", touched)
        )
        for operation, (when, function) in {
            "insert": ("INSERT ON {t} REFERENCING NEW TABLE AS touched FOR EACH STATEMENT",
                       touched),
            "update": update,
            "delete": ("DELETE ON {t} REFERENCING OLD TABLE AS touched FOR EACH STATEMENT",
                       touched),
            "truncate": ("TRUNCATE ON {t} FOR EACH STATEMENT", always),
        }.items():
            name, quoted = f"{counter.prefix}_{operation}", f'"{table}"'
            cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {quoted}")
            cursor.execute(f"CREATE TRIGGER {name} AFTER {when.format(t=quoted)} "
                           f"EXECUTE FUNCTION {function}()")


def triggered(connection: Any, counter: Counter) -> dict[str, set[str]]:
    """The operations (INSERT, UPDATE, DELETE) each table has the counter's triggers for."""
    found: dict[str, set[str]] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT event_object_table, event_manipulation FROM "
                "information_schema.triggers WHERE trigger_name IN (%s, %s, %s)",
                [f"{counter.prefix}_{op.lower()}" for op in OPERATIONS],
            )
            rows = cursor.fetchall()
        else:
            cursor.execute(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' AND "
                "name LIKE %s",
                [f"{counter.prefix}_%"],
            )
            rows = [(t, n.rsplit("_", 1)[1]) for t, n in cursor.fetchall()]
        for table, operation in rows:
            found.setdefault(table, set()).add(str(operation).upper())
    return found


def read(connection: Any, counter: Counter) -> int:
    """The number now: one query. 0 before the first write."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counter.column} FROM {counter.table} WHERE id = 1")
        row = cursor.fetchone()
    return int(row[0]) if row else 0
