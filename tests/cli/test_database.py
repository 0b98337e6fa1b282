"""Which database a command opens, in one order (--db, COFFEECHAT_DB, DATABASE_URL, the
data folder), and one line, never a traceback, when it cannot be used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coffeechat.database import Origin, chosen

# Nothing listens on port 1: a PostgreSQL database that would fail if it were opened.
NOWHERE = "postgres://postgres@127.0.0.1:1/nowhere"


def cli(*args: str, env: dict[str, str] | None = None, home: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("COFFEECHAT_DB", "DATABASE_URL")}
    if home is not None:
        environ["XDG_DATA_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "coffeechat", *args], capture_output=True,
                          text=True, timeout=120, env={**environ, **(env or {})})


def names(*args: str, env: dict[str, str] | None = None) -> list[str]:
    done = cli(*args, "people", "--json", env=env)
    assert done.returncode == 0, done.stderr
    return [p["name"] for p in json.loads(done.stdout)]


def test_it_chooses_in_one_order() -> None:
    every = {"COFFEECHAT_DB": "mine.sqlite3", "DATABASE_URL": NOWHERE}
    assert chosen(every).value == "mine.sqlite3" and chosen(every).origin is Origin.VARIABLE
    assert chosen({"DATABASE_URL": NOWHERE}).origin is Origin.URL
    assert chosen({"COFFEECHAT_DB": " ", "DATABASE_URL": NOWHERE}).origin is Origin.URL
    assert chosen({}).origin is Origin.DATA_FOLDER


def test_db_wins_over_coffeechat_db_and_database_url(tmp_path: Path) -> None:
    given, variable = str(tmp_path / "given.sqlite3"), str(tmp_path / "variable.sqlite3")
    env = {"COFFEECHAT_DB": variable, "DATABASE_URL": NOWHERE}
    assert cli("--db", given, "add", "Sam Ortiz", env=env).returncode == 0
    assert names("--db", given) == ["Sam Ortiz"]
    assert not Path(variable).exists()


def test_coffeechat_db_wins_over_database_url_and_today_reads_it(tmp_path: Path) -> None:
    env = {"COFFEECHAT_DB": str(tmp_path / "variable.sqlite3"), "DATABASE_URL": NOWHERE}
    assert cli("add", "Sam Ortiz", env=env).returncode == 0
    assert names(env=env) == ["Sam Ortiz"]
    today = cli("today", env=env)
    assert today.returncode == 0 and "Agenda for" in today.stdout


def test_database_url_comes_before_the_data_folder(tmp_path: Path) -> None:
    done = cli("people", env={"DATABASE_URL": NOWHERE}, home=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert "PostgreSQL database nowhere at 127.0.0.1:1 cannot be used" in line
    assert "backup" not in line and not (tmp_path / "coffeechat").exists()


def test_the_data_folder_comes_last_and_is_made_on_first_use(tmp_path: Path) -> None:
    assert cli("add", "Sam Ortiz", home=tmp_path).returncode == 0
    assert (tmp_path / "coffeechat" / "coffeechat.sqlite3").is_file()


def test_the_help_says_the_order() -> None:
    shown = " ".join(cli("--help").stdout.replace("│", " ").split())
    assert "Without it: COFFEECHAT_DB (the same), then DATABASE_URL, then" in shown
    assert "postgres:// URL" in shown


@pytest.fixture
def no_driver(tmp_path: Path) -> dict[str, str]:
    """An environment where `import psycopg` (and psycopg2) fails, as without the extra."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import sys\nsys.modules['psycopg'] = None\nsys.modules['psycopg2'] = None\n"
    )
    return {"PYTHONPATH": str(site)}


@pytest.mark.parametrize("how", ["--db", "DATABASE_URL", "COFFEECHAT_DB"])
@pytest.mark.parametrize("command", [["people"], ["today"]])
def test_postgresql_without_its_driver_says_what_to_install(
    no_driver: dict[str, str], how: str, command: list[str]
) -> None:
    if how == "--db":
        done = cli("--db", NOWHERE, *command, env=no_driver)
    else:
        done = cli(*command, env={**no_driver, how: NOWHERE})
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert "pip install -e '.[postgres]'" in line and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("db", "said"),
    [
        ("", "--db is empty"),
        ("{tmp}/no/such/folder/x.sqlite3", "the folder {tmp}/no/such/folder does not exist"),
        ("mysql://me@localhost/db", "--db names a mysql:// database"),
        ("postgres://me@localhost:port/db", "cannot read the database's name"),
    ],
)
def test_a_db_that_cannot_be_used_is_refused_in_one_line(tmp_path: Path, db: str, said: str
                                                         ) -> None:
    done = cli("--db", db.format(tmp=tmp_path), "add", "Sam Ortiz")
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert said.format(tmp=tmp_path) in line
    assert list(tmp_path.iterdir()) == []  # no folder made, no file


# Opens every SQLite file read-only, whatever the user: root writes to a chmod 444 file.
READ_ONLY = """
import pathlib, sqlite3, sqlite3.dbapi2
_connect = sqlite3.connect
def connect(database, *args, **kwargs):
    if isinstance(database, str) and database != ":memory:" and not database.startswith("file:"):
        database, kwargs["uri"] = pathlib.Path(database).resolve().as_uri() + "?mode=ro", True
    return _connect(database, *args, **kwargs)
sqlite3.connect = sqlite3.dbapi2.connect = connect
"""


def test_a_read_only_database_says_it_cannot_write_there(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite3"
    assert cli("--db", str(db), "add", "Sam Ortiz").returncode == 0
    db.chmod(0o444)
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(READ_ONLY)
    before = db.read_bytes()
    done = cli("--db", str(db), "add", "Dana Whitfield", env={"PYTHONPATH": str(site)})
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert f"cannot write to {db}" in line and "(permissions)" in line
    assert "backup" not in line and db.read_bytes() == before
    assert names("--db", str(db), env={"PYTHONPATH": str(site)}) == ["Sam Ortiz"]


def test_a_data_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    done = cli("add", "Sam Ortiz", home=blocked)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert str(blocked / "coffeechat") in line
