"""The WSGI application `coffeechat serve` runs (Django set up and the database migrated
first, as for every command)."""

from __future__ import annotations

from django.core.handlers.wsgi import WSGIHandler


def application_for_serve() -> WSGIHandler:
    from coffeechat import bootstrap

    bootstrap.setup()
    from django.core.wsgi import get_wsgi_application

    from coffeechat.targets.engine import keep_in_memory

    keep_in_memory()  # the warm-path graph stays loaded between requests

    return get_wsgi_application()
