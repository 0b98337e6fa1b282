"""`coffeechat serve`: the web UI on a real WSGI server (waitress), on localhost.

Waitress was chosen by measurement (README, "The web UI"): pure Python, no fork, runs
the same on every platform a laptop user has, and serves the pages as fast as
gunicorn's sync workers did here.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
import webbrowser
from collections.abc import Callable

from coffeechat.errors import UserError

LOCAL_NAMES = {"localhost", "127.0.0.1", "::1"}


def is_local(host: str) -> bool:
    if host in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_address(host: str) -> None:
    """Refuse an address other than this machine's own unless the instance is hosted on
    purpose: there is no login on localhost, so anyone who reached it would see and
    change your data."""
    if is_local(host):
        return
    from coffeechat import settings  # the module itself: Django need not be set up yet

    if not settings.HOSTED:
        raise UserError(
            f"--host {host}: coffeechat serves this machine only (127.0.0.1): there is no "
            "login, so anyone reaching that address would see and change your data. A hosted "
            "instance needs COFFEECHAT_HOSTED=1, COFFEECHAT_SECRET_KEY and "
            "COFFEECHAT_ALLOWED_HOSTS"
        )
    if settings.SECRET_KEY == settings.DEVELOPMENT_SECRET:
        raise UserError(f"--host {host}: a hosted instance needs its own COFFEECHAT_SECRET_KEY")


def address(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


WARMED_TEMPLATES = ("web/today.html", "web/people.html", "web/board.html",
                    "web/insights.html", "web/person.html")


def warm_up() -> None:
    """Read the local user's world and work out their agenda, insights, board and first
    page of people while the browser opens, so the first page does not wait for it
    (0.4 s on 5,000 people; the views and templates loaded and compiled too): every
    page after is brought up to date from it (`pipeline.live`). A request that comes
    first works out the same itself; what goes wrong here shows on that page instead."""
    from django.db import connection
    from django.template.loader import get_template
    from django.urls import get_resolver

    from coffeechat import clock
    from coffeechat.accounts.services import local_owner, policy_of, profile_for
    from coffeechat.pipeline.listing import PeopleFilter, board_columns, list_people
    from coffeechat.web.views.board import PER_COLUMN
    from coffeechat.web.views.insights import insights_shown
    from coffeechat.web.views.people import PER_PAGE
    from coffeechat.web.views.today import prepared_agenda

    try:
        get_resolver().url_patterns  # noqa: B018 - imports every view
        for name in WARMED_TEMPLATES:
            get_template(name)  # compiled once, kept by the cached loader
        owner = local_owner()
        prepared_agenda(owner, policy_of(profile_for(owner)), clock.now())
        insights_shown(owner, clock.now())
        board_columns(owner=owner, where=PeopleFilter(), per_column=PER_COLUMN)
        list_people(owner=owner, where=PeopleFilter(), limit=PER_PAGE)
    except Exception:  # noqa: BLE001 - only a head start: the page itself will say it
        pass
    finally:
        connection.close()


def serve(
    *, host: str, port: int, open_browser: bool, say: Callable[[str], None] = print
) -> None:
    """Serve until Ctrl-C. A port in use is one line naming it."""
    from waitress.server import create_server

    from coffeechat.web.wsgi import application_for_serve

    check_address(host)
    app = application_for_serve()
    try:
        server = create_server(app, host=host, port=port, threads=4, ident="coffeechat")
    except OSError as error:
        if error.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise UserError(
                f"port {port} on {host} is in use: stop what uses it or choose another "
                f"with --port (e.g. --port {port + 1})"
            ) from None
        if isinstance(error, socket.gaierror):
            raise UserError(f"--host {host}: no such address on this machine") from None
        raise UserError(f"cannot serve on {host}:{port}: {error.strerror or error}") from None
    url = address(host, port)
    threading.Thread(target=warm_up, name="coffeechat-warm-up", daemon=True).start()
    say(f"coffeechat is at {url} (Ctrl-C stops it)")
    if open_browser and not os.environ.get("COFFEECHAT_NO_BROWSER"):
        threading.Timer(0.3, webbrowser.open, args=(url,)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    say("Stopped.")
