"""How fast the web UI's pages answer on large databases, against the same server's
smallest answer.

Run:  python bench/web.py [--people 5000 30000] [--runs 15]

For each size, builds a demo database in a temporary folder, starts `coffeechat serve`
on it (waitress, as a user runs it), and times every page over one kept-alive HTTP
connection, interleaved, --runs times each. The baseline is the same server answering
its stylesheet (whitenoise, no database): each page's median is printed in milliseconds
and as a ratio to that baseline's median, measured in the same run. Nothing is asserted.

Each page is timed twice: with nothing changed since the last request (what the server
kept is shown), and on the first request after a write by another process (a person's
notes changed through SQLite, as the command line writes while `serve` runs): what the
pages derived is brought up to date for the person touched (`pipeline/live.py`).
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLI = [sys.executable, "-m", "coffeechat"]
PAGES = ["/", "/people/", "/people/?q=an", "/people/?stage=contacted", "/board/",
         "/insights/", "/search/?q=data", "/check/", "/settings/", "/import/", "/export/"]
PERSON_PAGES = ["", "draft/", "log/", "log/?event=met", "questions/", "prep/"]
BASELINE = "/static/web/app.css"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(conn: http.client.HTTPConnection, path: str) -> tuple[float, bytes]:
    start = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    took = time.perf_counter() - start
    assert response.status == 200, (path, response.status)
    return took, body


def bench(people: int, runs: int, folder: Path) -> None:
    db = folder / f"web-{people}.sqlite3"
    env = {**os.environ, "COFFEECHAT_NO_BROWSER": "1"}
    env.pop("DATABASE_URL", None)
    started = time.perf_counter()
    subprocess.run([*CLI, "--db", str(db), "demo", "--people", str(people)], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    print(f"\n{people} people (demo built in {time.perf_counter() - started:.0f} s)")
    port = free_port()
    server = subprocess.Popen([*CLI, "--db", str(db), "serve", "--no-browser", "--port",
                               str(port)], env=env, stdout=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        _, people_page = get(conn, "/people/")
        person = re.search(rb'href="(/people/\d+/)"', people_page)
        assert person
        paths = [BASELINE, *PAGES, *(person.group(1).decode() + p for p in PERSON_PAGES)]
        times: dict[str, list[float]] = {p: [] for p in paths}
        written: dict[str, list[float]] = {p: [] for p in paths}
        for path in paths:  # warm up: templates compiled, caches filled
            get(conn, path)
        writer = sqlite3.connect(db)
        ids = [row[0] for row in writer.execute("SELECT id FROM people_person ORDER BY id")]
        for _ in range(runs):
            for path in paths:
                times[path].append(get(conn, path)[0])
        for run in range(runs):
            for n, path in enumerate(paths):  # the first request after another's write
                with writer:
                    writer.execute("UPDATE people_person SET notes = notes || ' ' WHERE id = ?",
                                   [ids[(run * len(paths) + n) % len(ids)]])
                written[path].append(get(conn, path)[0])
        writer.close()
        base = statistics.median(times[BASELINE])
        print(f"{'page':34} {'median ms':>9} {'× baseline':>10} {'after a write':>13} "
              f"{'× baseline':>10}")
        for path in paths:
            median, after = statistics.median(times[path]), statistics.median(written[path])
            shown = re.sub(r"/people/\d+/", "/people/ID/", path)
            print(f"{shown:34} {median * 1000:9.1f} {median / base:10.1f} "
                  f"{after * 1000:13.1f} {after / base:10.1f}")
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, nargs="+", default=[5000, 30000])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="coffeechat-bench-web-"))
    try:
        for people in args.people:
            bench(people, args.runs, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
