"""Start Django for the command line, creating and migrating the database on first use.

Kept out of import time on purpose: `coffeechat --help` and `coffeechat check` never
load the database layer.
"""

from __future__ import annotations

import os
from pathlib import Path

_ready = False


def setup(db: str | None = None) -> None:
    """Configure Django once per process and bring the schema up to date."""
    global _ready
    if _ready:
        return
    if db:
        os.environ["COFFEECHAT_DB"] = str(Path(db).expanduser())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coffeechat.settings")
    import django

    django.setup()
    _make_folder()
    if not schema_current():
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
    _ready = True


def _make_folder() -> None:
    """A new SQLite path gets its folder; the file itself comes with the first migration."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3") and db["NAME"] != ":memory:":
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)


def _migration_files() -> set[tuple[str, str]]:
    """Every migration shipped with the code, read from the folders (no imports)."""
    from django.apps import apps

    found = set()
    for config in apps.get_app_configs():
        folder = Path(config.path) / "migrations"
        if folder.is_dir():
            found |= {(config.label, f.stem) for f in folder.glob("[0-9]*.py")}
    return found


def schema_current() -> bool:
    """One query: is every shipped migration recorded as applied?"""
    from django.db import DatabaseError, connection

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT app, name FROM django_migrations")
            applied = set(cursor.fetchall())
    except DatabaseError:
        return False
    return _migration_files() <= applied
