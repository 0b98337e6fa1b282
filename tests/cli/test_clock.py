"""`COFFEECHAT_NOW` fixes the clock a process reads: how the tests give their moment to
the processes they start, and how anyone sees a day that has not come yet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def cli(db: Path, *args: str, now: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COFFEECHAT_NOW": now}
    return subprocess.run(
        [sys.executable, "-m", "coffeechat", "--db", str(db), *args],
        capture_output=True, text=True, timeout=60, env=env,
    )


def test_it_reads_the_moment_it_is_given(tmp_path: Path) -> None:
    done = cli(tmp_path / "a.sqlite3", "today", "--json", now="2031-02-03 10:00")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["date"] == "2031-02-03"


def test_a_moment_it_cannot_read_is_one_line(tmp_path: Path) -> None:
    done = cli(tmp_path / "b.sqlite3", "today", now="next tuesday")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "Error: COFFEECHAT_NOW: cannot read the date 'next tuesday': write YYYY-MM-DD or "
        "YYYY-MM-DD HH:MM, e.g. 2026-11-22 or 2026-11-22 14:30"
    ]
