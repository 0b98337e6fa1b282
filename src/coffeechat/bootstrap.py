"""Start Django for the command line, creating and migrating the database on first use.

Kept out of import time on purpose: `coffeechat --help` and `coffeechat check` never
load the database layer.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib.util import find_spec
from pathlib import Path

from coffeechat.errors import UserError

_ready = False


def setup() -> None:
    """Configure Django once per process and bring the schema up to date. The database
    is refused before Django opens it when coffeechat cannot use it (`database.check`)."""
    global _ready
    if _ready:
        return
    from coffeechat.database import Origin, cache_folder, check, chosen

    location = chosen()
    check(location)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coffeechat.settings")
    import django

    django.setup()
    from coffeechat.rules import lexicon, patterns

    # The checker's patterns read back compiled, not compiled in every process, and
    # lemminflect's dictionary read word by word, not loaded whole.
    patterns.keep_in(lambda: cache_folder() / "patterns.marshal")
    lexicon.keep_in(lambda: cache_folder() / "lexicon.sqlite3")
    _refuse_other_files()
    if location.origin is Origin.DATA_FOLDER:
        _make_folder()
    if not schema_current():
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
    _ready = True


SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_other_files() -> None:
    """A SQLite path that names something else (a folder, a text file) is refused before
    Django opens it: migrating would fail half-way with a traceback. The file is only
    read, 16 bytes of it. A missing or empty file is a new database."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    if not db["ENGINE"].endswith("sqlite3") or db["NAME"] == ":memory:":
        return
    name = str(db["NAME"])
    instead = "give --db (or COFFEECHAT_DB) a file coffeechat made, or a new file's name"
    try:
        with open(name, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise UserError(
            f"{name} cannot be opened as a coffeechat database: {error.strerror}; {instead}"
        ) from None
    if header and header != SQLITE_HEADER:
        raise UserError(f"{name} is not a coffeechat database (SQLite): {instead}")
    if header:
        others = _tables_without_migrations(Path(name))
        if others:
            shown = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
            raise UserError(
                f"{name} is another program's SQLite database (tables {shown}), "
                f"not coffeechat's: {instead}"
            )


def _tables_without_migrations(path: Path) -> list[str]:
    """The tables of a SQLite file that Django has never migrated (none: it is ours, or
    empty). Read-only: the file is not changed."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return []  # Django reports what is wrong with it
    tables = [str(name) for (name,) in rows]
    return [] if "django_migrations" in tables else tables


def _make_folder() -> None:
    """The user data folder is made on first use; the file itself comes with the first
    migration. (A folder named by --db or COFFEECHAT_DB must exist: a typo is not made.)"""
    from django.conf import settings

    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3") and db["NAME"] != ":memory:":
        folder = Path(db["NAME"]).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(
                f"cannot make your data folder {folder} ({error.strerror}): give --db (or "
                "COFFEECHAT_DB) a file in a folder you can write"
            ) from None


def shipped_migrations(apps: Iterable[tuple[str, Path]]) -> set[tuple[str, str]]:
    """Every migration shipped with the code, as (app label, name), read from the
    `migrations` folders of the given (label, package folder) pairs: no imports."""
    found = set()
    for label, path in apps:
        folder = path / "migrations"
        if folder.is_dir():
            found |= {(label, f.stem) for f in folder.glob("[0-9]*.py")}
    return found


def installed_apps() -> list[tuple[str, Path]]:
    """(label, package folder) of each app coffeechat's settings install, found without
    importing the app (nor Django): for reading a database before Django starts."""
    from coffeechat.settings import INSTALLED_APPS

    found = []
    for name in INSTALLED_APPS:
        top, *rest = name.split(".")
        spec = find_spec(top)
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError(name)
        found.append((rest[-1] if rest else top, Path(spec.submodule_search_locations[0], *rest)))
    return found


def _migration_files() -> set[tuple[str, str]]:
    from django.apps import apps

    return shipped_migrations((c.label, Path(c.path)) for c in apps.get_app_configs())


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
