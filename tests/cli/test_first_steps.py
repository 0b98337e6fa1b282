"""What a new user tripped on, told as their first steps: the version, the demo on a file
already in use or on their own data, a thank-you with no meeting, a date decades back,
a name too long, the insight kinds the README promises."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("COFFEECHAT_DB", "DATABASE_URL")}
    return subprocess.run([sys.executable, "-m", "coffeechat", *args], capture_output=True,
                          text=True, timeout=120, env={**environ, **(env or {})}, cwd=cwd)


def test_it_says_its_version_from_the_package() -> None:
    assert run("--version").strip() == f"coffeechat {version('coffeechat')}"


def test_a_demo_on_a_file_in_use_suggests_a_new_file_not_the_command_just_run(
    tmp_path: Path,
) -> None:
    assert "Next: coffeechat --db demo.sqlite3 today" in cli(
        "--db", "demo.sqlite3", "demo", cwd=tmp_path).stdout
    again = cli("--db", "demo.sqlite3", "demo", cwd=tmp_path)
    assert again.returncode == 2
    [line] = again.stderr.splitlines()
    assert "--db demo.sqlite3 already has 40 people: add --replace" in line
    assert line.endswith("coffeechat --db demo-2.sqlite3 demo")


def test_a_demo_replacing_my_own_data_is_refused_without_a_terminal_or_yes() -> None:
    run("add", "Sam Ortiz")
    said = run("demo", "--replace", code=2)
    assert "demo --replace would delete the 1 person" in said and "add --yes" in said
    assert [p["name"] for p in run_json("people")] == ["Sam Ortiz"]
    run("demo", "--replace", "--yes")
    assert "Sam Ortiz" not in [p["name"] for p in run_json("people")]


def test_a_demo_with_its_own_db_replaces_without_asking(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert cli("--db", db, "add", "Sam Ortiz").returncode == 0
    assert cli("--db", db, "demo", "--replace").returncode == 0


@pytest.mark.parametrize(("answer", "people"), [("n", 1), ("y", 40)])
def test_a_demo_replacing_my_own_data_asks_at_a_terminal(
    tmp_path: Path, answer: str, people: int
) -> None:
    env = {"COFFEECHAT_DB": str(tmp_path / "mine.sqlite3")}  # my data: no --db given
    assert cli("add", "Sam Ortiz", env=env).returncode == 0
    main, terminal = pty.openpty()
    os.write(main, f"{answer}\n".encode())
    environ = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    done = subprocess.run([sys.executable, "-m", "coffeechat", "demo", "--replace"],
                          stdin=terminal, capture_output=True, text=True, timeout=120,
                          env={**environ, **env})
    os.close(main), os.close(terminal)
    assert "Delete the 1 person in" in done.stdout
    assert done.returncode == (1 if answer == "n" else 0)
    listed = cli("people", "--json", env=env).stdout
    assert listed.count('"name"') == people


def test_a_restore_replacing_my_own_data_asks_first_as_the_demo_does(tmp_path: Path) -> None:
    run("add", "Sam Ortiz")
    backup = tmp_path / "backup.json"
    run("backup", str(backup))
    run("add", "Ada Ruiz")
    said = run("restore", str(backup), "--replace", code=2)
    assert "restore --replace would delete the 2 people" in said and "add --yes" in said
    assert "coffeechat --db new.sqlite3 restore" in said
    assert len(run_json("people")) == 2  # nothing went
    run("restore", str(backup), "--replace", "--yes")
    assert [p["name"] for p in run_json("people")] == ["Sam Ortiz"]


def test_a_restore_with_its_own_db_replaces_without_asking(tmp_path: Path) -> None:
    db = str(tmp_path / "mine.sqlite3")
    backup = str(tmp_path / "backup.json")
    assert cli("--db", db, "add", "Sam Ortiz").returncode == 0
    assert cli("--db", db, "backup", backup).returncode == 0
    assert cli("--db", db, "restore", backup, "--replace").returncode == 0


def test_a_thank_you_needs_the_meeting_first() -> None:
    run("add", "Zed Quinn")
    said = run("log", "Zed Quinn", "thanked", code=2)
    assert "no meeting with Zed Quinn is logged, so there is nothing to thank them for" in said
    run("log", "Zed Quinn", "met", "--on", "2026-11-20 10:00")
    assert "dated before your meeting" in run("log", "Zed Quinn", "thanked", "--on",
                                              "2026-11-19", code=2)
    run("log", "Zed Quinn", "thanked", "--on", "2026-11-20 16:00")
    assert run_json("show", "Zed Quinn")["stage"] == "thanked"


@pytest.mark.parametrize("day", ["1985-06-01", "2099-06-01"])
def test_a_date_decades_off_is_recorded_with_the_same_note(day: str) -> None:
    run("add", "Zed Quinn")
    said = " ".join(run("log", "Zed Quinn", "contacted", "--on", day).split())
    assert f"Note: {day} 00:00 is " in said and "most likely a typo. It is recorded" in said
    assert 'coffeechat unlog "Zed Quinn" takes it back' in said
    assert "Taken back: contacted" in run("unlog", "Zed Quinn")


def test_a_name_over_200_characters_and_a_goal_over_500_are_refused_with_the_limit() -> None:
    assert "the name is 201 characters long: the limit is 200" in run("add", "A" * 201, code=2)
    run("add", "B" * 200)
    assert "the goal is 501 characters long: the limit is 500" in run("goal", "x" * 501, code=2)
    run("add", "Zed Quinn")
    said = run("log", "Zed Quinn", "met", "--on", "2026-11-20", "--referral", "C" * 300,
               code=2)
    assert "the name is 300 characters long" in said
    assert run_json("show", "Zed Quinn")["timeline"] == []  # nothing half-recorded


def test_a_tip_is_kept_as_advice_and_log_help_lists_every_kind() -> None:
    run("add", "Zed Quinn")
    run("log", "Zed Quinn", "met", "--on", "2026-11-20", "--insight", "tip:ask early")
    assert run_json("show", "Zed Quinn")["insights"] == [
        {"kind": "advice", "text": "ask early"}
    ]
    shown = " ".join(run("log", "--help").replace("│", " ").split())
    for kind in ("skill", "trend", "challenge", "culture", "advice", "organisation", "event",
                 "resource", "tip (= advice)"):
        assert kind in shown, kind


def test_an_argument_that_is_not_utf8_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "coffeechat", "--db", str(tmp_path / "x.sqlite3"), "add",
         b"\xff\xfe Lee"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert "the argument '\\xff\\xfe Lee' is not UTF-8 text" in line


def test_a_file_with_a_nul_character_is_not_taken_as_text(tmp_path: Path) -> None:
    binary = tmp_path / "message.txt"
    binary.write_bytes(b"Subject: Hi\n\nHello \x00 there")
    for args in (["check", str(binary)], ["template", "outreach", "--set", str(binary)]):
        assert f"{binary}, line 3: a NUL character" in run(*args, code=2)


def test_a_check_in_interval_beyond_ten_years_is_refused() -> None:
    run("add", "Zed Quinn", "--tag", "mentor")
    assert "give 0 (the default) to 3650 days" in run(
        "edit", "Zed Quinn", "--check-in-days", "99999999999", code=2)
    assert "give 0 (the default) to 3650 days" in run(
        "tags", "mentor", "--check-in-days", "4000", code=2)
