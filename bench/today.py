"""How fast `coffeechat today` answers on a large database, against Django's own start-up.

Run:  python bench/today.py [--people 5000] [--runs 9]

Builds a demo database of --people people in a temporary folder, then times, interleaved
and --runs times each, whole processes:
  baseline   python -c "import django; django.setup()" with coffeechat's settings
  today      coffeechat today          (the table, capped as a person sees it)
  json       coffeechat today --json   (every item)
  django     coffeechat today, with its direct read of the SQLite file switched off:
             what it costs through Django, as on PostgreSQL (see pipeline/direct.py)
  help       coffeechat --help
  check      coffeechat check FILE   (the mistake checker: no database layer)
and prints each median as a ratio to the baseline's median. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "coffeechat"]
BASELINE = [sys.executable, "-c", "import django; django.setup()"]
THROUGH_DJANGO = [
    sys.executable,
    "-c",
    "import sys; from coffeechat.pipeline import direct; direct.today = lambda at: None; "
    "from coffeechat.cli import main; sys.argv = ['coffeechat', 'today']; main()",
]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coffeechat-bench-"))
    try:
        env = {
            **os.environ,
            "COFFEECHAT_DB": str(folder / "bench.sqlite3"),
            "DJANGO_SETTINGS_MODULE": "coffeechat.settings",
            "COLUMNS": "100",
        }
        env.pop("DATABASE_URL", None)
        started = time.perf_counter()
        subprocess.run(
            [*CLI, "demo", "--people", str(args.people)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(
            f"demo database of {args.people} people built in {time.perf_counter() - started:.1f} s"
        )
        message = folder / "message.txt"
        message.write_text("Hi Dana, Sam Ortiz suggested I write. Your talk at the Cleantech "
                           "Summit stayed with me. Could I ask about your path over a "
                           "15-minute call, whenever suits you?\n")
        commands = {
            "baseline (django.setup)": BASELINE,
            "coffeechat today": [*CLI, "today"],
            "coffeechat today --json": [*CLI, "today", "--json"],
            "today through Django": THROUGH_DJANGO,
            "coffeechat --help": [*CLI, "--help"],
            "coffeechat check": [*CLI, "check", str(message)],
        }
        for command in commands.values():  # warm the file cache and .pyc files
            timed(command, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(timed(command, env))
        base = statistics.median(samples["baseline (django.setup)"])
        print(f"{'command':<28}{'median s':>10}{'ratio':>8}")
        for name, values in samples.items():
            median = statistics.median(values)
            print(f"{name:<28}{median:>10.3f}{median / base:>7.2f}x")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
