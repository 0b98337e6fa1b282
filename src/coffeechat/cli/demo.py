"""`coffeechat demo`: a believable pipeline to try everything on."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coffeechat.cli import confirm
from coffeechat.cli.base import SETUP, db_command, owner
from coffeechat.cli.output import done
from coffeechat.cli.when import moment
from coffeechat.errors import UserError
from coffeechat.rules.wording import shell_word


@db_command(
    rich_help_panel=SETUP,
    examples=[
        "coffeechat --db demo.sqlite3 demo",
        "coffeechat --db demo.sqlite3 demo --replace --people 100 --on 2026-11-23",
    ],
)
def demo(
    ctx: typer.Context,
    people: Annotated[
        int, typer.Option(help="How many people (large numbers for benchmarks).")
    ] = 40,
    seed: Annotated[int, typer.Option(help="Change it for a different cast.")] = 7,
    on: Annotated[
        str | None, typer.Option("--on", help="Build it as of this date: YYYY-MM-DD.")
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Delete everyone in this database first.")
    ] = False,
    yes: Annotated[
        bool,
        typer.Option("--yes", help="With --replace on your own data (no --db): do not ask."),
    ] = False,
) -> None:
    """Fill an empty database with a demo pipeline: every stage, referral chains, promises."""
    from coffeechat.pipeline.demo import NotEmpty, fill

    given = ctx.find_root().params.get("db")
    me = owner()
    if replace and given is None and not yes:
        confirm.confirm_wiping(
            me, "demo --replace", "build the demo instead",
            f"build the demo in a file of its own: coffeechat --db {_fresh()} demo",
        )
    try:
        count = fill(owner=me, now=moment(on), size=people, seed=seed, replace=replace)
    except NotEmpty as error:
        raise UserError(_not_empty(error.people, given)) from None
    again = "" if given is None else f"--db {shell_word(given)} "
    done(f"Demo ready: {count} people. Next: coffeechat {again}today")


def _not_empty(people: int, given: str | None) -> str:
    """Never suggest the command just run: a file of its own is a new one."""
    where = f"--db {given}" if given is not None else f"your database ({confirm.where()})"
    return (f"{where} already has {confirm.people(people)}: add --replace to wipe it and build the "
            f"demo there, or give the demo a file of its own: coffeechat --db {_fresh()} demo")


def _fresh() -> str:
    """A file name for a demo that names no existing file (nor the database in use)."""
    current = confirm.where()
    for n in range(1, 1000):
        name = "demo.sqlite3" if n == 1 else f"demo-{n}.sqlite3"
        path = Path(name)
        if not path.exists() and path.resolve() != Path(current).expanduser().resolve():
            return name
    return "demo-new.sqlite3"
