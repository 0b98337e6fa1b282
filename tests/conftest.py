from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Never touch the user's own data folder from a test, nor (from a subprocess that
    reads DATABASE_URL) the PostgreSQL database the suite's test database is made from."""
    monkeypatch.setenv("COFFEECHAT_USER", "me")
    monkeypatch.delenv("DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    """Ids never start at 1, and differ by table, as on PostgreSQL (whose sequences go
    on across rolled-back tests): a test that assumes an id fails on SQLite too."""
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        for offset, table in enumerate(sorted(connection.introspection.table_names()), 1):
            cursor.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, 1000 * offset]
            )


# Figures a test wants shown at the end of every run (e.g. checker precision/recall).
REPORTS: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for report in REPORTS:
        terminalreporter.write_sep("-", "figures")
        terminalreporter.write_line(report)
