"""The data version: a counter that changes on every write to a coffeechat table.

The command line writes while `coffeechat serve` runs, imports insert with `bulk_create`
and raw `executemany`, a restore deletes and inserts: Django's signals see none of that
from another process, and not all of it from this one. So the database keeps the count
itself: a trigger on every coffeechat table (and every many-to-many table Django made
for one) bumps the one row of `accounts_dataversion` on INSERT, UPDATE and DELETE (and
TRUNCATE on PostgreSQL). SQLite has row triggers only; PostgreSQL bumps once a statement,
through one plpgsql function.

The triggers are (re)made after every `migrate` (`install`, on Django's post_migrate
signal), so a table a later migration adds, or one SQLite rebuilt to alter it, is
covered without a change here; a test checks every table has them.

Reading the version is one query (`current`); the web UI keys what it derives from the
data on it (`web.derived`).
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper

TABLE = "accounts_dataversion"
PREFIX = "coffeechat_version"  # the triggers' names (SQLite: one a table and operation)
FUNCTION = "coffeechat_bump_version"
OPERATIONS = ("INSERT", "UPDATE", "DELETE")

# Whatever the row's state, one statement leaves it counted up. A row made anew (the
# first write, or after the table was emptied) starts anywhere (random), so the version
# never comes back to a number something was kept under.
START = {
    "sqlite": "abs(random() % 1000000000000)",
    "postgresql": "floor(random() * 1000000000000)::bigint",
}


def _bump(vendor: str) -> str:
    return (
        f"INSERT INTO {TABLE} (id, counter) VALUES (1, {START[vendor]}) "
        f"ON CONFLICT (id) DO UPDATE SET counter = {TABLE}.counter + 1"
    )


def watched_tables(connection: BaseDatabaseWrapper) -> list[str]:
    """Every table of a coffeechat model and of the many-to-many tables Django made for
    them, that the database holds, except the version's own."""
    tables = {
        model._meta.db_table
        for config in apps.get_app_configs()
        if config.name.startswith("coffeechat.")
        for model in config.get_models(include_auto_created=True)
        if model._meta.db_table != TABLE and not model._meta.proxy and model._meta.managed
    }
    existing = set(connection.introspection.table_names())
    return sorted(tables & existing)


def install(using: str = "default", **_: Any) -> None:
    """(Re)make the triggers on every watched table; safe to run any number of times."""
    connection = connections[using]
    tables = watched_tables(connection)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger AS $$ "
                f"BEGIN {_bump('postgresql')}; RETURN NULL; END $$ LANGUAGE plpgsql"
            )
            for table in tables:
                name = connection.ops.quote_name(table)
                cursor.execute(f"DROP TRIGGER IF EXISTS {PREFIX} ON {name}")
                cursor.execute(
                    f"CREATE TRIGGER {PREFIX} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                    f"ON {name} FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
                )
        elif connection.vendor == "sqlite":
            for table in tables:
                name = connection.ops.quote_name(table)
                for operation in OPERATIONS:
                    trigger = f"{PREFIX}_{table}_{operation.lower()}"
                    cursor.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
                    cursor.execute(
                        f'CREATE TRIGGER "{trigger}" AFTER {operation} ON {name} '
                        f"BEGIN {_bump('sqlite')}; END"
                    )
        else:  # pragma: no cover - coffeechat runs on SQLite and PostgreSQL only
            raise RuntimeError(f"no data version triggers for {connection.vendor}")


def triggered_tables(connection: BaseDatabaseWrapper) -> dict[str, set[str]]:
    """The watched operations of each table that has triggers (for the tests)."""
    found: dict[str, set[str]] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT event_object_table, event_manipulation FROM "
                "information_schema.triggers WHERE trigger_name = %s",
                [PREFIX],
            )
        else:
            cursor.execute(
                "SELECT tbl_name, substr(name, length(tbl_name) + %s) FROM sqlite_master "
                "WHERE type = 'trigger' AND name LIKE %s",
                [len(PREFIX) + 3, f"{PREFIX}_%"],
            )
        for table, operation in cursor.fetchall():
            found.setdefault(table, set()).add(str(operation).upper())
    return found


def current(using: str = "default") -> int:
    """The data version now: one query. 0 before the first write."""
    with connections[using].cursor() as cursor:
        cursor.execute(f"SELECT counter FROM {TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return int(row[0]) if row else 0
