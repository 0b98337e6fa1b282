"""`coffeechat today` on a SQLite file, read without starting Django.

`today` is the command a user runs most, and on a big pipeline starting Django took
longer than everything else it does. Reading needs none of it: the agenda is a handful
of flat queries (`pipeline.reading`, the same ones Django's connection runs) and the
rules are plain functions. So when the database is a SQLite file that exists and is
up to date, and the local user is in it, `today` opens it read-only with the standard
library and answers. Everything else goes through Django, as before: PostgreSQL, a new
file (created and migrated on first use), a schema behind the code, a first run with
no user yet, and any process where Django is already running (the tests, the web app).

Read-only (`mode=ro`): this path cannot write, so it cannot half-write either.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from coffeechat.accounts.local import local_username
from coffeechat.pipeline.reading import TABLES, build_world
from coffeechat.rules.agenda import Agenda, agenda
from coffeechat.rules.policy import Policy
from coffeechat.rules.world import World

SETTINGS = "coffeechat.settings"


def today(at: datetime) -> tuple[Agenda, World] | None:
    """The agenda at the end of `at`, or None when Django has to answer instead."""
    path = database_file()
    if path is None:
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=20)
    except sqlite3.Error:
        return None
    try:
        return read(connection, at)
    except sqlite3.Error:  # not a database, locked past the timeout, ...: Django says why
        return None
    finally:
        connection.close()


def database_file() -> Path | None:
    """The SQLite file Django would open (chosen in the same order: `coffeechat.database`),
    when this process can read it without Django."""
    if os.environ.get("DJANGO_SETTINGS_MODULE", SETTINGS) != SETTINGS or _django_started():
        return None
    from coffeechat.database import chosen

    location = chosen()
    if location.scheme is not None or not location.path.is_file():
        return None
    return location.path.resolve()


def read(connection: sqlite3.Connection, at: datetime) -> tuple[Agenda, World] | None:
    """The agenda at `at` from an open SQLite connection to a coffeechat database, or
    None when the database is not ready for it: a migration the code ships is not
    applied, or the local user has never run a command."""
    from coffeechat.bootstrap import installed_apps, shipped_migrations

    def rows(sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = connection.execute(
            sql.replace("%s", "?"), params
        ).fetchall()
        return found

    applied = set(rows("SELECT app, name FROM django_migrations", []))
    if not shipped_migrations(installed_apps()) <= applied:
        return None
    user = rows("SELECT id FROM {user} WHERE username = %s".format(**TABLES), [local_username()])
    if not user:
        return None
    owner_id = user[0][0]
    profile = rows("SELECT policy FROM {profile} WHERE owner_id = %s".format(**TABLES), [owner_id])
    overrides = json.loads(profile[0][0]) if profile and profile[0][0] else {}
    # The moment in the form Django's SQLite backend writes it (str of a naive datetime).
    world = build_world(rows, owner_id, until=str(at))
    return agenda(world, at, Policy().with_overrides(overrides)), world


def _django_started() -> bool:
    """Django is running in this process already (a test, the web app): use its
    connection, which may not be the file the environment names."""
    module = sys.modules.get("django.apps")
    return module is not None and bool(module.apps.ready)
