"""The data version: a counter that changes on every write to a coffeechat table.

The command line writes while `coffeechat serve` runs, imports insert with `bulk_create`
and raw `executemany`, a restore deletes and inserts: Django's signals see none of that
from another process, and not all of it from this one. So the database keeps the count
itself: a trigger on every coffeechat table (and every many-to-many table Django made
for one) bumps the one row of `accounts_dataversion` on INSERT, UPDATE and DELETE (and
TRUNCATE on PostgreSQL), made by `counters.py` as the warm-path graph's number is: row
triggers on SQLite, one a statement that touched a row on PostgreSQL.

The triggers are (re)made after every `migrate` (`install`, on Django's post_migrate
signal), so a table a later migration adds, or one SQLite rebuilt to alter it, is
covered without a change here; a test checks every table has them.

Reading the version is one query (`current`); the web UI keys what it derives from the
data on it (`derived.py`).
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper

from coffeechat import counters
from coffeechat.counters import Counter

TABLE = "accounts_dataversion"
DATA = Counter(TABLE, "counter", "coffeechat_version")


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
    counters.install(connection, DATA, dict.fromkeys(watched_tables(connection)))


def triggered_tables(connection: BaseDatabaseWrapper) -> dict[str, set[str]]:
    """The watched operations of each table that has triggers (for the tests)."""
    return counters.triggered(connection, DATA)


def current(using: str = "default") -> int:
    """The data version now: one query. 0 before the first write."""
    return counters.read(connections[using], DATA)
