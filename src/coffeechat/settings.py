"""Django settings, read from the environment once.

The database is the one `coffeechat.database` chooses: `--db` (which sets
`COFFEECHAT_DB`), then `COFFEECHAT_DB`, then `DATABASE_URL`, then SQLite in the user's
data folder.
"""

from __future__ import annotations

import os
from typing import Any

from coffeechat.database import chosen, django_database

DEVELOPMENT_SECRET = "coffeechat-local-development-only"


def database() -> dict[str, Any]:
    return django_database(chosen())


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
    "coffeechat.targets",
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
