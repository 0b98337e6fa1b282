"""The Typer application, its global options and its one way of reporting bad input."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperGroup

from coffeechat.errors import UserError
from coffeechat.rules.dates import DateError


class Group(TyperGroup):
    """Turns the user's mistakes into one line on stderr and exit status 2."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except (UserError, DateError) as error:
            typer.echo(f"Error: {error}", err=True)
            raise typer.Exit(2) from None


app = typer.Typer(
    cls=Group,
    help="Run your informational interviews end to end: who to talk to, what to send, "
    "what to ask, and what is due today.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def options(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="SQLite database file (default: your data folder; or set COFFEECHAT_DB). "
            "DATABASE_URL selects PostgreSQL.",
            show_default=False,
        ),
    ] = None,
) -> None:
    if db:
        os.environ["COFFEECHAT_DB"] = db


F = TypeVar("F", bound=Callable[..., Any])


def db_command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """`app.command` for commands that use the database: Django starts before the body."""

    def register(func: F) -> F:
        @functools.wraps(func)
        def run(*a: Any, **kw: Any) -> Any:
            from coffeechat import bootstrap

            bootstrap.setup()
            return func(*a, **kw)

        app.command(*args, **kwargs)(run)
        return func

    return register


def owner() -> Any:
    """Start Django (migrating a new database) and return the local user."""
    from coffeechat import bootstrap

    bootstrap.setup()
    from coffeechat.accounts.services import local_owner

    return local_owner()


def person(ref: str) -> Any:
    from coffeechat.people.services import find_person

    return find_person(owner=owner(), ref=ref)
