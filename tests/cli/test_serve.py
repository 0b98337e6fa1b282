"""`coffeechat serve`: a real server on localhost that stops cleanly on Ctrl-C; another
address without hosted settings, or a port in use, is one line and exit status 2."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.browser.site import free_port


def serve(db: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "coffeechat", "--db", str(db), "serve", "--no-browser", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **env},
    )


def test_it_serves_the_pages_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    port = free_port()
    process = serve(tmp_path / "cc.sqlite3", "--port", str(port))
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                    html = page.read().decode()
                    assert page.headers["Server"] == "coffeechat"  # waitress, not runserver
                break
            except OSError:
                time.sleep(0.1)
        assert "Where to start" in html
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        process.kill() if process.poll() is None else None
    assert process.returncode == 0, err
    assert f"coffeechat is at http://127.0.0.1:{port}/" in out and "Stopped." in out
    assert "Traceback" not in err


def test_another_address_is_refused_without_hosted_settings(tmp_path: Path) -> None:
    process = serve(tmp_path / "cc.sqlite3", "--host", "0.0.0.0")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.count("\n") == 1 and "--host 0.0.0.0" in err and "no login" in err
    assert not (tmp_path / "cc.sqlite3").exists()


def test_a_hosted_instance_needs_its_own_secret_key(tmp_path: Path) -> None:
    process = serve(tmp_path / "cc.sqlite3", "--host", "0.0.0.0", COFFEECHAT_HOSTED="1")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2 and "COFFEECHAT_SECRET_KEY" in err


def test_a_port_in_use_is_named_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = serve(tmp_path / "cc.sqlite3", "--port", str(port))
        _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err == f"Error: port {port} on 127.0.0.1 is in use: stop what uses it or choose " \
                  f"another with --port (e.g. --port {port + 1})\n"
