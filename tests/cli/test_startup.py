"""`coffeechat --help` stays light: it never imports the database layer; `today` on an
up-to-date SQLite file reads it without Django."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import sys
from coffeechat.cli import main
sys.argv = ["coffeechat", *{args!r}]
try:
    main()
except SystemExit:
    pass
print("LOADED" if "django.db" in sys.modules else "LIGHT", file=sys.stderr)
print(",".join(sorted(m for m in ("jinja2", "rapidfuzz") if m in sys.modules)), file=sys.stderr)
"""


def probe(*args: str) -> list[str]:
    """The last lines the probe prints: LOADED or LIGHT, then the heavy libraries loaded."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=list(args))],
        capture_output=True,
        text=True,
        timeout=60,
        input="",
    )
    return done.stderr.splitlines()[-2:]


def loads_db(*args: str) -> bool:
    return probe(*args)[0] == "LOADED"


@pytest.mark.parametrize("args", [("--help",), ("today", "--help"), (), ("check", "-")])
def test_it_starts_without_the_database_layer(args: tuple[str, ...]) -> None:
    assert not loads_db(*args)


def test_it_does_load_the_database_for_a_real_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert loads_db("--db", str(tmp_path / "x.sqlite3"), "people")


def test_it_runs_as_a_module(tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = subprocess.run(
        [sys.executable, "-m", "coffeechat", "--db", str(tmp_path / "y.sqlite3"), "today"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "Agenda for" in done.stdout


def test_today_loads_neither_the_template_engine_nor_fuzzy_matching(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "z.sqlite3")
    assert probe("--db", db, "today") == ["LOADED", ""]  # a new file: created and migrated


def _cli(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "coffeechat", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# `coffeechat today ARGS` with the direct read switched off: what Django answers.
THROUGH_DJANGO = """
import sys
from coffeechat.pipeline import direct
direct.today = lambda at: None
from coffeechat.cli import main
sys.argv = ["coffeechat", *{args!r}]
main()
"""


def test_today_reads_an_up_to_date_file_without_django_and_answers_alike(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "demo.sqlite3"
    _cli("--db", str(db), "demo", "--people", "60", "--on", "2026-11-23")
    first = json.loads(_cli("--db", str(db), "people", "--json"))[0]["id"]
    _cli("--db", str(db), "edit", str(first), "--tag", "mentors")
    _cli("--db", str(db), "tags", "mentors", "--check-in-days", "5")
    _cli("--db", str(db), "config", "schedule", "3B7")
    before = db.read_bytes()
    assert probe("--db", str(db), "today") == ["LIGHT", ""]
    for day in ("2026-10-01", "2026-11-23", "2026-12-05", "2027-02-01"):
        args = ["--db", str(db), "today", "--on", day, "--json"]
        direct = _cli(*args)
        django = subprocess.run(
            [sys.executable, "-c", THROUGH_DJANGO.format(args=args)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert django.returncode == 0, django.stderr
        assert direct == django.stdout and '"items": [' in direct
    assert db.read_bytes() == before  # reading never writes
