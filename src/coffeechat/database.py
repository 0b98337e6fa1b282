"""Which database coffeechat opens, in one order: `--db` (a SQLite file or a
`postgres://` URL), then `COFFEECHAT_DB` (the same), then `DATABASE_URL`, then
`coffeechat.sqlite3` in the user data folder.

`--db` works by setting `COFFEECHAT_DB` for the process (and whatever it starts), so the
order is read here, from the environment, by the settings, by `today`'s direct read and
by the checks that refuse a database coffeechat cannot use before Django opens it. No
Django import.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from coffeechat.errors import UserError

VARIABLE = "COFFEECHAT_DB"
URL_VARIABLE = "DATABASE_URL"
POSTGRES_SCHEMES = ("postgres", "postgresql", "pgsql")
INSTALL_DRIVER = "pip install -e '.[postgres]'"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


class Origin(StrEnum):
    """Where the choice of database came from, as the user would name it."""

    OPTION = "--db"
    VARIABLE = VARIABLE
    URL = URL_VARIABLE
    DATA_FOLDER = "your data folder"


@dataclass(frozen=True)
class Location:
    value: str  # a file path or a URL, as given
    origin: Origin

    @property
    def scheme(self) -> str | None:
        """The URL's scheme (`postgres`), or None for a file path."""
        found = _SCHEME.match(self.value.strip())
        return found.group(1).lower() if found else None

    @property
    def path(self) -> Path:
        return Path(self.value.strip()).expanduser()


def data_folder() -> Path:
    """The user's data folder (platformdirs): the default database, and what is kept
    for a database that is not a file (the warm-path snapshot of a PostgreSQL one)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("coffeechat", appauthor=False))


def cache_folder() -> Path:
    """The user's cache folder (platformdirs): what is only kept to be quicker next
    time (compiled draft templates and patterns), safe to delete."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("coffeechat", appauthor=False))


def default_path() -> Path:
    return data_folder() / "coffeechat.sqlite3"


def chosen(environ: Mapping[str, str] | None = None) -> Location:
    """The database the environment names (an empty variable counts as unset)."""
    env = os.environ if environ is None else environ
    if env.get(VARIABLE, "").strip():
        return Location(env[VARIABLE], Origin.VARIABLE)
    if env.get(URL_VARIABLE, "").strip():
        return Location(env[URL_VARIABLE], Origin.URL)
    return Location(str(default_path()), Origin.DATA_FOLDER)


def django_database(location: Location) -> dict[str, Any]:
    """Django's `DATABASES["default"]` for a location (checked or not: for a URL that
    cannot be read this raises, which is why `check` runs first)."""
    if location.scheme is not None:
        import dj_database_url

        return dict(dj_database_url.parse(location.value.strip(), conn_max_age=0))
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(location.path),
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }


def check(location: Location, *, driver: bool = True) -> None:
    """Refuse, in one line, a database coffeechat cannot use: an empty name, a file in a
    folder that does not exist (only the data folder is made on first use), a URL that
    is not PostgreSQL's or cannot be read, and (`driver`) PostgreSQL without its driver."""
    name = location.origin.value
    if not location.value.strip():
        raise UserError(f"{name} is empty: give a database file (e.g. {name} "
                        "coffeechat.sqlite3) or a postgres:// URL")
    if location.scheme is None:
        _check_folder(location)
        return
    _check_url(location)
    if driver:
        require_driver()


def _check_folder(location: Location) -> None:
    if location.origin is Origin.DATA_FOLDER:
        return
    folder = location.path.parent
    if not folder.exists():
        raise UserError(
            f"{location.origin.value} {location.value}: the folder {folder} does not exist; "
            f"create it first (mkdir -p {folder}) or name a file in a folder that exists"
        )
    if not folder.is_dir():
        raise UserError(f"{location.origin.value} {location.value}: {folder} is not a folder; "
                        "name a file in a folder")


def _check_url(location: Location) -> None:
    name, scheme = location.origin.value, location.scheme
    if scheme not in POSTGRES_SCHEMES:
        raise UserError(
            f"{name} names a {scheme}:// database: coffeechat runs on SQLite (give a file, "
            "e.g. --db coffeechat.sqlite3) or PostgreSQL (postgres://USER@HOST:5432/NAME)"
        )
    try:
        settings = django_database(location)
    except ValueError:  # dj_database_url's ParseError is one
        settings = {}
    if not settings.get("NAME"):
        raise UserError(f"{name}: cannot read the database's name in {location.value!r}; "
                        "write postgres://USER@HOST:5432/NAME")


def require_driver() -> None:
    """PostgreSQL needs psycopg (or psycopg2), an optional dependency."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            raise UserError(
                "PostgreSQL needs its driver, which is not installed: run "
                f"{INSTALL_DRIVER} (or give --db a SQLite file)"
            ) from None


def trouble(error: Exception) -> str | None:
    """One line saying what is wrong when `error` is the database refusing to be read,
    written or reached (a read-only or damaged file, a server that is down), rather than
    a mistake in a query; else None."""
    django_utils = sys.modules.get("django.db.utils")
    if django_utils is None:
        return None
    if type(error) not in (django_utils.DatabaseError, django_utils.OperationalError):
        return None
    from django.conf import settings

    db = settings.DATABASES["default"]
    said = " ".join(str(error).split()).rstrip(".")
    if not db["ENGINE"].endswith("sqlite3"):
        where = f"{db.get('NAME')} at {db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}"
        return (f"the PostgreSQL database {where} cannot be used ({said}): check that the "
                "server is running and the URL (--db, COFFEECHAT_DB or DATABASE_URL)")
    name = str(db["NAME"])
    if "readonly" in said or "read-only" in said:
        return (f"cannot write to {name}: the file or its folder is read-only for you "
                f"(permissions); make it writable (chmod u+w {name}) or give --db a file you "
                "can write. Nothing was changed")
    if "unable to open" in said:
        return (f"cannot open or create {name} ({said}): check its folder's permissions, or "
                "give --db a file you can write")
    if "locked" in said:
        return (f"{name} is busy: another program is writing to it ({said}). Try again in "
                "a moment")
    return (f"{name} cannot be used: {said}. Restore the file from a backup, or give --db "
            "(or COFFEECHAT_DB) a new file's name")
