"""Asking before a command deletes the user's own data (`demo --replace`, `restore --replace`
without --db, `remove NAME`): at a terminal a yes/no question that defaults to no, elsewhere
a one-line refusal that names --yes. `--yes` on the command skips both."""

from __future__ import annotations

import sys
from typing import Any

import click
import typer

from coffeechat.errors import UserError


def where() -> str:
    """The database in use, in words: its file, or "your PostgreSQL database"."""
    from coffeechat.database import chosen

    location = chosen()
    return location.value if location.scheme is None else "your PostgreSQL database"


def people(n: int) -> str:
    return f"{n} {'person' if n == 1 else 'people'}"


def confirm_deleting(command: str, what: str, question: str, elsewhere: str = "") -> None:
    """Go on only if the user says yes to deleting `what`.

    Without a terminal (a pipe, a script, a test runner) nothing is asked: one line saying
    what `command` would delete and that --yes goes ahead (then `elsewhere`, another way,
    if given), exit 2. At a terminal `question` is asked, default no; no (or no answer)
    prints "Nothing changed." and exits 1."""
    if not sys.stdin.isatty():
        other = f", or {elsewhere}" if elsewhere else ""
        raise UserError(f"{command} would delete {what}: add --yes to go ahead{other}")
    try:
        sure = typer.confirm(question, default=False)
    except click.exceptions.Abort:  # end of input or Ctrl-C: no
        typer.echo()
        sure = False
    if not sure:
        typer.echo("Nothing changed.")
        raise typer.Exit(1)


def confirm_wiping(me: Any, command: str, instead: str, elsewhere: str) -> None:
    """Ask before `command` deletes `me`'s people, or refuse without a terminal.

    `instead` ends the question ("build the demo instead"), `elsewhere` is the way to do it
    without wiping anything (a command on a file of its own)."""
    from coffeechat.people.models import Person

    existing = Person.objects.filter(owner=me).count()
    if not existing:
        return
    what = f"the {people(existing)} in {where()}"
    confirm_deleting(f"{command}", f"{what}, your own data", f"Delete {what} and {instead}?",
                     elsewhere)
