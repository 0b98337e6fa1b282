"""`coffeechat config`: the one place the agenda rules are timed."""

from __future__ import annotations

from typing import Annotated

import click
import typer

from coffeechat.cli.base import JSON, SETUP, db_command, owner
from coffeechat.cli.output import console, done, print_json
from coffeechat.errors import UserError
from coffeechat.rules.policy import SCHEDULES, SETTINGS, check_name, coerce


def _not_an_option(ctx: typer.Context, word: str | None) -> None:
    """Unknown options reach NAME and VALUE (so `config follow_up_days -1` is answered
    by the setting, which says what fits); a word like `--jsn` is still no option."""
    if word and word.startswith("-") and not word[1:2].isdigit():
        options = [o for p in ctx.command.params for o in p.opts if o.startswith("-")]
        raise click.NoSuchOption(word, possibilities=options, ctx=ctx)


def _name(ctx: typer.Context, name: str | None) -> str | None:
    """NAME is checked as it is read, before the database is opened."""
    _not_an_option(ctx, name)
    try:
        return None if name is None else check_name(name)
    except ValueError as error:
        raise UserError(str(error)) from None


def _value(ctx: typer.Context, value: str | None) -> str | None:
    """VALUE too: nothing is opened, let alone changed, for a value that does not fit."""
    _not_an_option(ctx, value)
    name = ctx.params.get("name")
    if value is not None and name is not None:
        try:
            coerce(name, value)
        except ValueError as error:
            raise UserError(str(error)) from None
    return value


@db_command(
    rich_help_panel=SETUP,
    context_settings={"ignore_unknown_options": True},
    examples=[
        "coffeechat config",
        "coffeechat config follow_up_days 5",
        "coffeechat config schedule 3B7",
        "coffeechat config follow_up_days --reset",
    ],
)
def config(
    name: Annotated[
        str | None,
        typer.Argument(help=f"A setting's name: {', '.join(SETTINGS)}.", callback=_name),
    ] = None,
    value: Annotated[
        str | None,
        typer.Argument(help="Its new value: a whole number of days (hours for thank_you_hours) "
                       f"from 0 to 3650; for schedule, {' or '.join(SCHEDULES)}.",
                       callback=_value),
    ] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Restore the default.")] = False,
    as_json: JSON = False,
) -> None:
    """Show the agenda's timing rules, or change one (e.g. `config follow_up_days 5`)."""
    from dataclasses import asdict

    from coffeechat.accounts.services import change_setting, policy_for

    if reset and name is None:
        raise UserError(
            "--reset needs the setting's name, e.g. coffeechat config follow_up_days --reset"
        )
    if reset and value is not None:
        raise UserError(f"give {name} a value or --reset, not both")
    if name is not None and (value is not None or reset):
        change_setting(owner=owner(), name=name, value=None if reset else value)
        done(f"{name} is now {getattr(policy_for(owner()), name)}.")
        return
    current = asdict(policy_for(owner()))
    chosen = {name: SETTINGS[name]} if name is not None else SETTINGS
    if as_json:
        print_json({key: current[key] for key in chosen})
        return
    from rich.table import Table

    table = Table("setting", "value", "meaning")
    for key, help_text in chosen.items():
        table.add_row(key, str(current[key]), help_text)
    console().print(table)
