"""`coffeechat demo`: a believable pipeline to try everything on."""

from __future__ import annotations

from typing import Annotated

import typer

from coffeechat.cli.base import SETUP, db_command, owner
from coffeechat.cli.output import done
from coffeechat.cli.when import moment


@db_command(rich_help_panel=SETUP)
def demo(
    people: Annotated[
        int, typer.Option(help="How many people (large numbers for benchmarks).")
    ] = 40,
    seed: Annotated[int, typer.Option(help="Change it for a different cast.")] = 7,
    on: Annotated[str | None, typer.Option("--on", help="Build it as of this date.")] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Delete everyone in this database first.")
    ] = False,
) -> None:
    """Fill an empty database with a demo pipeline: every stage, referral chains, promises."""
    from coffeechat.pipeline.demo import fill

    count = fill(owner=owner(), now=moment(on), size=people, seed=seed, replace=replace)
    done(f"Demo ready: {count} people. Next: coffeechat today")
