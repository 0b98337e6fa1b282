"""`coffeechat --help` stays light: it never imports the database layer."""

from __future__ import annotations

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
    assert probe("--db", db, "today") == ["LOADED", ""]
