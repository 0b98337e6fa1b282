"""Bad input gets one line on stderr that says what to write instead, exit status 2, and
changes nothing: click's usage errors too, a file that is not a database, an edit that
edits nothing. `--help` keeps its panels."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coffeechat.cli import app
from coffeechat.rules.policy import coerce
from coffeechat.rules.timeline import Kind
from tests.cli.helpers import run, run_json

runner = CliRunner()


def refused(*args: str) -> str:
    """The one line a refused command prints on stderr (stdout stays empty)."""
    result = runner.invoke(app, list(args))
    assert result.exit_code == 2, (result.output, result.exception)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["log", "Dana Whitfield"], ["Missing argument 'EVENT'", "Usage: ", " log "]),
        (["landed", "--org", "X"], ["Missing option '--role'", "your new role", " landed "]),
        (
            ["log", "Dana Whitfield", "scheduled", "--at", "2026-11-30 10:00", "--minutes", "abc"],
            ["'--minutes'", "'abc'", " log "],
        ),
        (["done", "abc"], ["'NUMBER'", "'abc'", " done "]),
        (["edit", "Dana Whitfield", "--check-in-days", "x"], ["'--check-in-days'", " edit "]),
        (["log", "Dana Whitfield", "met", "--colour", "red"], ["'--colour'", " log "]),
        (["log", "Dana Whitfield", "contacted", "--on"], ["'--on'", " log "]),
        (["config", "follow_up_days", "-1"], ["whole number from 0 to 3650", "-1"]),
        (["config", "follow_up_days", "--jsn"], ["'--jsn'", "'--json'", " config "]),
        (["config", "nonsense"], ["unknown setting 'nonsense'", "follow_up_days"]),
        (["--bogus"], ["'--bogus'", "Usage: "]),
        (["tday"], ["No such command 'tday'", "Did you mean 'today'?"]),
    ],
)
def test_a_usage_error_is_one_line_and_changes_nothing(args: list[str], says: list[str]) -> None:
    run("add", "Dana Whitfield")
    before = run_json("show", "Dana Whitfield"), run_json("config")
    line = refused(*args)
    for words in says:
        assert words in line, line
    assert (run_json("show", "Dana Whitfield"), run_json("config")) == before


def test_a_missing_event_lists_the_events() -> None:
    line = refused("log", "Dana Whitfield")
    assert all(kind.value in line for kind in Kind), line


def test_help_keeps_its_panels_and_lists_the_events() -> None:
    result = runner.invoke(app, ["log", "--help"])
    assert result.exit_code == 0 and "╭─ Arguments" in result.stdout
    flat = " ".join(result.stdout.replace("│", " ").split())
    assert all(kind.value in flat for kind in Kind), result.stdout
    top = runner.invoke(app, ["--help"])
    assert top.exit_code == 0 and "╭─ The loop" in top.stdout


@pytest.mark.django_db
def test_an_edit_that_changes_nothing_says_how_to_change_something() -> None:
    run("add", "Sam Ortiz", "--title", "Analyst")
    before = run_json("show", "Sam Ortiz")
    line = refused("edit", "Sam Ortiz")
    assert "nothing to change" in line and "Updated" not in line
    assert "--title" in line and "--tag" in line and "--check-in-days" in line
    assert run_json("show", "Sam Ortiz") == before


@pytest.mark.django_db
def test_sources_and_schedules_are_taken_in_any_case_and_kept_canonical() -> None:
    assert run_json("add", "Sam Ortiz", "--source", "Friend")["source"] == "friend"
    run("edit", "Sam Ortiz", "--source", "FAMILY")
    assert run_json("show", "Sam Ortiz")["source"] == "family"
    run("config", "schedule", "3b7")
    assert run_json("config", "schedule") == {"schedule": "3B7"}
    run("config", "schedule", "Calendar")
    assert run_json("config", "schedule") == {"schedule": "calendar"}


def test_the_policy_names_a_schedule_in_any_case() -> None:
    assert coerce("schedule", " 3b7 ") == "3B7"
    with pytest.raises(ValueError, match="one of calendar, 3B7"):
        coerce("schedule", "weekly")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """A real process: in this one Django already runs on the test database."""
    return subprocess.run(
        [sys.executable, "-m", "coffeechat", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("command", [["people"], ["today"], ["add", "Sam Ortiz"]])
def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_was(
    tmp_path: Path, command: list[str]
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_bytes(b"# My notes\n\nNot a database.\n")
    done = cli("--db", str(notes), *command)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert f"{notes} is not a coffeechat database (SQLite)" in line
    assert notes.read_bytes() == b"# My notes\n\nNot a database.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.md"]  # no journal left


def test_a_folder_is_refused(tmp_path: Path) -> None:
    done = cli("--db", str(tmp_path), "people")
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert str(tmp_path) in line and "coffeechat database" in line


@pytest.mark.parametrize("command", [["people"], ["today"], ["add", "Sam Ortiz"]])
def test_another_programs_sqlite_database_is_refused_and_left_as_it_was(
    tmp_path: Path, command: list[str]
) -> None:
    import sqlite3

    other = tmp_path / "photos.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE album (name TEXT)")
    connection.commit()
    connection.close()
    before = other.read_bytes()
    done = cli("--db", str(other), *command)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert f"{other} is another program's SQLite database (tables album)" in line
    assert other.read_bytes() == before


def test_an_empty_sqlite_file_becomes_a_coffeechat_database(tmp_path: Path) -> None:
    import sqlite3

    empty = tmp_path / "new.db"
    sqlite3.connect(empty).close()
    assert cli("--db", str(empty), "add", "Sam Ortiz").returncode == 0


@pytest.mark.parametrize("command", [["people"], ["today"]])
def test_a_damaged_database_is_one_line_and_left_as_it_was(
    tmp_path: Path, command: list[str]
) -> None:
    whole = tmp_path / "whole.sqlite3"
    assert cli("--db", str(whole), "demo").returncode == 0
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(whole.read_bytes()[:8192])
    done = cli("--db", str(damaged), *command)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert f"{damaged} cannot be used: database disk image is malformed" in line
    assert damaged.read_bytes() == whole.read_bytes()[:8192]
