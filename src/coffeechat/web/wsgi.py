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
    gather_statistics()
    from coffeechat.pipeline import live

    live.SERVING = live.SETTLE = True  # a long-lived server keeps the world up to date
    return get_wsgi_application()


def gather_statistics() -> None:
    """SQLite plans each query from the statistics ANALYZE gathers. A file coffeechat
    made and filled has none, and then, to list 50 people with their last interaction,
    it reads every event of every conversation (17 ms at 30,000 people) rather than the
    few that name those 50 (0.2 ms). Gathered once a start (55 ms at 30,000 people);
    PostgreSQL gathers its own. A file that cannot be written is served as it is."""
    from django.db import DatabaseError, connection

    if connection.vendor != "sqlite":
        return
    try:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    except DatabaseError:
        pass
    finally:
        connection.close()
