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
    # The web UI (`coffeechat serve`): its pages, htmx shipped as a static file, and a
    # Content-Security-Policy with no inline scripts.
    "django.contrib.staticfiles",
    "django_htmx",
    "coffeechat.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
]
ROOT_URLCONF = "coffeechat.web.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csrf",
            ],
        },
    }
]
STATIC_URL = "/static/"
# Static files are served from the installed package (no collectstatic step).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "form-action": ["'self'", "mailto:"],
        "frame-ancestors": ["'none'"],
    }
}
X_FRAME_OPTIONS = "DENY"
CSRF_COOKIE_SAMESITE = "Strict"
# A hosted instance (many users, another address than localhost) is set up on purpose:
# COFFEECHAT_HOSTED=1 with its own secret key. Until accounts exist, `serve` refuses it.
HOSTED = os.environ.get("COFFEECHAT_HOSTED") == "1"

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
