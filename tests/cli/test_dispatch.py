"""Run as a program, the CLI builds only the command named; the result is the same."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coffeechat.cli.base import App


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["today"], "today"),
        (["--db", "x.sqlite3", "today", "--json"], "today"),
        (["--db=x.sqlite3", "people"], "people"),
        (["--db"], None),
        (["--help"], None),
        ([], None),
        (["--verbose", "today"], None),  # an unknown option: the whole group reports it
    ],
)
def test_it_finds_the_command_word_after_the_global_options(
    argv: list[str], word: str | None
) -> None:
    assert App._command_word(argv) == word


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coffeechat", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_single_command_keeps_its_options_and_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert cli("--db", db, "add", "Sam Ortiz", "--source", "friend").returncode == 0
    shown = cli("--db", db, "people", "--json")
    assert shown.returncode == 0 and "Sam Ortiz" in shown.stdout
    unknown = cli("--db", db, "show", "Nobody Here")
    assert unknown.returncode == 2 and "Nobody Here" in unknown.stderr
    bad = cli("--db", db, "log", "Sam Ortiz", "contacted", "--on", "23/11/2026")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_an_unknown_command_still_gets_suggestions(tmp_path: Path) -> None:
    done = cli("--db", str(tmp_path / "e.sqlite3"), "tday")
    assert done.returncode == 2 and "today" in done.stderr


def test_the_command_table_names_the_module_of_every_command() -> None:
    from coffeechat.cli import app
    from coffeechat.cli.base import COMMANDS

    registered = {App._name(info): info.callback for info in app.registered_commands}
    assert set(registered) == set(COMMANDS)
    for name, module in COMMANDS.items():
        callback = registered[name]
        assert callback is not None
        assert callback.__module__ == f"coffeechat.cli.{module}", name


def test_a_run_imports_only_the_module_of_its_command(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from coffeechat.cli import main\n"
        f"sys.argv = ['coffeechat', '--db', {str(tmp_path / 'p.sqlite3')!r}, 'today']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('coffeechat.cli.')), "
        "file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    loaded = done.stderr.strip().splitlines()[-1]
    assert "coffeechat.cli.agenda" in loaded and "coffeechat.cli.drafts" not in loaded
