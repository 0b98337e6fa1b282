"""`coffeechat config`: the one place the agenda rules are timed."""

from __future__ import annotations

from typing import Annotated

import typer

from coffeechat.cli.base import JSON, SETUP, db_command, owner
from coffeechat.cli.output import console, done, print_json
from coffeechat.rules.policy import SETTINGS


@db_command(rich_help_panel=SETUP)
def config(
    name: Annotated[str | None, typer.Argument(help="A setting's name.")] = None,
    value: Annotated[str | None, typer.Argument(help="Its new value.")] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Restore the default.")] = False,
    as_json: JSON = False,
) -> None:
    """Show the agenda's timing rules, or change one (e.g. `config follow_up_days 5`)."""
    from dataclasses import asdict

    from coffeechat.accounts.services import change_setting, policy_for

    if name is not None and (value is not None or reset):
        change_setting(owner=owner(), name=name, value=None if reset else value)
        done(f"{name} is now {getattr(policy_for(owner()), name)}.")
        return
    current = asdict(policy_for(owner()))
    chosen = {name: SETTINGS[name]} if name in SETTINGS else SETTINGS
    if as_json:
        print_json({key: current[key] for key in chosen})
        return
    from rich.table import Table

    table = Table("setting", "value", "meaning")
    for key, help_text in chosen.items():
        table.add_row(key, str(current[key]), help_text)
    console().print(table)
