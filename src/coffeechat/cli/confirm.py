"""Asking before a command wipes the user's own data (`demo --replace`, `restore --replace`
without --db): at a terminal a yes/no question, elsewhere a refusal that names --yes."""

from __future__ import annotations

import sys
from typing import Any

import typer

from coffeechat.errors import UserError


def where() -> str:
    """The database in use, in words: its file, or "your PostgreSQL database"."""
    from coffeechat.database import chosen

    location = chosen()
    return location.value if location.scheme is None else "your PostgreSQL database"


def people(n: int) -> str:
    return f"{n} {'person' if n == 1 else 'people'}"


def confirm_wiping(me: Any, command: str, instead: str, elsewhere: str) -> None:
    """Ask before `command` deletes `me`'s people, or refuse without a terminal.

    `instead` ends the question ("build the demo instead"), `elsewhere` is the way to do it
    without wiping anything (a command on a file of its own)."""
    from coffeechat.people.models import Person

    existing = Person.objects.filter(owner=me).count()
    if not existing:
        return
    what = f"the {people(existing)} in {where()}"
    if not sys.stdin.isatty():
        raise UserError(
            f"{command} would delete {what}, your own data: add --yes to go ahead, "
            f"or {elsewhere}"
        )
    if not typer.confirm(f"Delete {what} and {instead}?", default=False):
        typer.echo("Nothing changed.")
        raise typer.Exit(1)
