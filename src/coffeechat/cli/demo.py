"""`coffeechat demo`: a believable pipeline to try everything on."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

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
        _confirm_replacing(me)
    try:
        count = fill(owner=me, now=moment(on), size=people, seed=seed, replace=replace)
    except NotEmpty as error:
        raise UserError(_not_empty(error.people, given)) from None
    again = "" if given is None else f"--db {shell_word(given)} "
    done(f"Demo ready: {count} people. Next: coffeechat {again}today")



def _where() -> str:
    from coffeechat.database import chosen

    location = chosen()
    return location.value if location.scheme is None else "your PostgreSQL database"


def _confirm_replacing(me: Any) -> None:
    """`demo --replace` without --db wipes the user's own data: ask first."""
    from coffeechat.people.models import Person

    existing = Person.objects.filter(owner=me).count()
    if not existing:
        return
    what = f"the {_people(existing)} in {_where()}"
    if not sys.stdin.isatty():
        raise UserError(
            f"demo --replace would delete {what}, your own data: add --yes to go ahead, "
            f"or build the demo in a file of its own: coffeechat --db {_fresh()} demo"
        )
    if not typer.confirm(f"Delete {what} and build the demo instead?", default=False):
        typer.echo("Nothing changed.")
        raise typer.Exit(1)


def _not_empty(people: int, given: str | None) -> str:
    """Never suggest the command just run: a file of its own is a new one."""
    where = f"--db {given}" if given is not None else f"your database ({_where()})"
    return (f"{where} already has {_people(people)}: add --replace to wipe it and build the "
            f"demo there, or give the demo a file of its own: coffeechat --db {_fresh()} demo")


def _people(n: int) -> str:
    return f"{n} {'person' if n == 1 else 'people'}"


def _fresh() -> str:
    """A file name for a demo that names no existing file (nor the database in use)."""
    current = _where()
    for n in range(1, 1000):
        name = "demo.sqlite3" if n == 1 else f"demo-{n}.sqlite3"
        path = Path(name)
        if not path.exists() and path.resolve() != Path(current).expanduser().resolve():
            return name
    return "demo-new.sqlite3"
