"""Django settings, read from the environment once.

SQLite in the user's data folder by default; `COFFEECHAT_DB` (or the CLI's `--db`)
names another file; `DATABASE_URL` switches to PostgreSQL.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

DEVELOPMENT_SECRET = "coffeechat-local-development-only"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("coffeechat", appauthor=False)) / "coffeechat.sqlite3"


def database() -> dict[str, Any]:
    url = os.environ.get("DATABASE_URL")
    if url:
        import dj_database_url

        return dict(dj_database_url.parse(url, conn_max_age=0))
    path = Path(os.environ.get("COFFEECHAT_DB") or default_db_path()).expanduser()
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }


DEBUG = os.environ.get("COFFEECHAT_DEBUG") == "1"
SECRET_KEY = os.environ.get("COFFEECHAT_SECRET_KEY", DEVELOPMENT_SECRET)
ALLOWED_HOSTS = os.environ.get("COFFEECHAT_ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "coffeechat.accounts",
    "coffeechat.people",
    "coffeechat.pipeline",
    "coffeechat.writing",
]

DATABASES = {"default": database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Dates are local wall-clock time, as the user types them ("YYYY-MM-DD HH:MM").
USE_TZ = False
TIME_ZONE = None
USE_I18N = False

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
