from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine

from coffeechat import clock

# The moment the clock reads in a test marked `@pytest.mark.clock("YYYY-MM-DD HH:MM")`;
# every test that names a date as past or future carries one (or travels itself).
PROBE = "COFFEECHAT_TEST_CLOCK"


def _probe_moment() -> datetime | None:
    """`COFFEECHAT_TEST_CLOCK=+7y` (or `-7y`, `+40d`, or a date) moves the clock of every
    test that did not fix its own: `.ci/run` runs the suite so, years ahead and back,
    and a test that leans on today's real date fails at once instead of on a later day."""
    text = os.environ.get(PROBE, "").strip()
    if not text:
        return None
    shift = re.fullmatch(r"([+-])(\d+)([yd])", text)
    if not shift:
        return datetime.fromisoformat(text)
    sign, amount, unit = shift.groups()
    days = int(amount) * (365 if unit == "y" else 1)
    return datetime.now() + timedelta(days=days if sign == "+" else -days)


@pytest.fixture(autouse=True)
def _clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The clock a test runs at: its `clock` marker's moment, the probe's, or the real
    one. In-process code reads it through time-machine (so a test may travel further);
    processes a test starts read it from `COFFEECHAT_NOW`."""
    marker = request.node.get_closest_marker("clock")
    moment = datetime.fromisoformat(marker.args[0]) if marker else _probe_moment()
    if moment is None:
        yield
        return
    monkeypatch.setattr(clock, "now", datetime.now)
    monkeypatch.setenv(clock.VARIABLE, f"{moment:%Y-%m-%d %H:%M}")
    with time_machine.travel(moment.astimezone(), tick=True):  # naive would mean UTC
        yield


@pytest.fixture(scope="session")
def _cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the whole run: it only keeps what makes the next process
    quicker (compiled templates and patterns, the word-forms file, made once in a few
    seconds), never anybody's data, so the tests share it as a user's processes do."""
    return tmp_path_factory.mktemp("cache-folder")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path, _cache_home: Path) -> None:  # type: ignore[no-untyped-def]
    """Never touch the user's own data folder from a test, nor (from a subprocess that
    reads DATABASE_URL) the PostgreSQL database the suite's test database is made from."""
    monkeypatch.setenv("COFFEECHAT_USER", "me")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-folder"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(_cache_home))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("COFFEECHAT_DB", raising=False)  # and `--db` leaves no trace


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


@pytest.fixture(autouse=True)
def _forget_derived() -> Iterator[None]:
    """What a page derived is kept under the data version; a rolled-back test takes the
    version back to where the next test's different data starts, so nothing is kept
    from one test to the next."""
    from coffeechat.derived import forget

    forget()
    yield
    forget()
