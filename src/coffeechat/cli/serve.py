"""`coffeechat serve`: the whole loop in the browser, on the database the CLI uses."""

from __future__ import annotations

from typing import Annotated

import typer

from coffeechat.cli.base import SETUP, app


@app.command(
    rich_help_panel=SETUP,
    examples=[
        "coffeechat serve",
        "coffeechat --db demo.sqlite3 serve --port 8001 --no-browser",
    ],
)
def serve(
    host: Annotated[
        str, typer.Option(help="The address to serve on: this machine only, unless hosted.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="The port, 1 to 65535.", min=1, max=65535)] = 8000,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Do not open the browser.")
    ] = False,
) -> None:
    """Open the web UI: today, people, the board, drafts, insights (Ctrl-C stops it)."""
    from coffeechat.web.serve import serve as run

    run(host=host, port=port, open_browser=not no_browser, say=typer.echo)
