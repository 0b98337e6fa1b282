"""A real `coffeechat serve` for the browser tests: a subprocess on a free port, on a
fresh database (a copy of a migrated SQLite file, or a PostgreSQL database made from a
migrated template when the suite runs on PostgreSQL), with its clock set by
COFFEECHAT_NOW."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(*args: str, db: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "coffeechat", "--db", db, *args],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _postgres() -> dict[str, Any] | None:
    from django.conf import settings

    db = settings.DATABASES["default"]
    return db if "postgresql" in db["ENGINE"] else None


def _pg_admin(sql: str) -> None:
    import psycopg

    db = _postgres()
    assert db is not None
    with psycopg.connect(host=db["HOST"] or "127.0.0.1", port=db["PORT"] or 5432,
                         user=db["USER"], password=db["PASSWORD"] or None,
                         dbname="postgres", autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def _pg_url(name: str) -> str:
    db = _postgres()
    assert db is not None
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


@dataclass
class Databases:
    """Where fresh databases come from: a migrated template, copied per test."""

    folder: Path
    made: list[str] = field(default_factory=list)
    template: str = ""

    def prepare(self) -> None:
        if _postgres():
            self.template = f"cc_web_tpl_{uuid.uuid4().hex[:8]}"
            _pg_admin(f'CREATE DATABASE "{self.template}"')
            run("config", db=_pg_url(self.template))
            self.made.append(self.template)
        else:
            self.template = str(self.folder / "template.sqlite3")
            run("config", db=self.template)

    def fresh(self) -> str:
        if _postgres():
            name = f"cc_web_{uuid.uuid4().hex[:8]}"
            _pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
            self.made.append(name)
            return _pg_url(name)
        path = self.folder / f"{uuid.uuid4().hex[:8]}.sqlite3"
        shutil.copyfile(self.template, path)
        return str(path)

    def drop_all(self) -> None:
        for name in reversed(self.made):
            _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Site:
    """One running server; `restart(now=...)` moves its clock (the same database)."""

    db: str
    now: str
    cache: str = ""  # the servers' cache folder, one for the session: the compiled
    # templates and patterns and the lexicon are made once, not by every test's server
    process: subprocess.Popen[str] | None = None
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        env = {**os.environ, "COFFEECHAT_NOW": self.now, "COFFEECHAT_NO_BROWSER": "1"}
        env.pop("DATABASE_URL", None)
        if self.cache:
            env["XDG_CACHE_HOME"] = self.cache
        log = Path(self.db + ".log") if "://" not in self.db else Path(os.devnull)
        with open(log, "a") as out:  # a file, never a pipe that fills and blocks the server
            self.process = subprocess.Popen(
                [sys.executable, "-m", "coffeechat", "--db", self.db, "serve", "--no-browser",
                 "--port", str(self.port)],
                stdout=out, stderr=subprocess.STDOUT, text=True, env=env,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                said = log.read_text() if log.is_file() else ""
                raise AssertionError(f"serve stopped: {said}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("serve did not start within 60 s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None

    def restart(self, now: str) -> None:
        self.stop()
        self.now = now
        self.start()


def serving(databases: Databases, now: str) -> Iterator[Site]:
    site = Site(databases.fresh(), now, cache=str(databases.folder / "cache"))
    site.start()
    try:
        yield site
    finally:
        site.stop()
