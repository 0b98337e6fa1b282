"""`coffeechat today`: one agenda derived from every conversation."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from coffeechat import clock
from coffeechat.cli.base import JSON, LOOP, app, owner
from coffeechat.cli.output import console, print_json
from coffeechat.rules.agenda_words import ABOUT, LABELS, next_command

if TYPE_CHECKING:
    from coffeechat.rules.agenda import Agenda
    from coffeechat.rules.world import World

SHOWN = 30  # rows of "To do"
SHOWN_COMING = 10  # rows of "Coming up": the next few are enough to plan with


@app.command(
    rich_help_panel=LOOP,
    examples=[
        "coffeechat today",
        "coffeechat today --on 2026-11-25 --json",
        "coffeechat today --all",
    ],
)
def today(
    on: Annotated[
        str | None, typer.Option("--on", help="Show the agenda as it stands at the end of DATE, "
                                   "written YYYY-MM-DD.")
    ] = None,
    as_json: JSON = False,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help=f"List every item (the tables stop at {SHOWN} to do, {SHOWN_COMING} coming up).",
        ),
    ] = False,
) -> None:
    """What is overdue, due now and coming up, each with the reason."""
    from coffeechat.pipeline.reading import paused_gc
    from coffeechat.rules.dates import end_of, parse_day

    at = end_of(parse_day(on)) if on else clock.now()
    # The agenda of a big pipeline is built, printed and dropped while the collector
    # waits: resumed with it still alive, its first pass would walk every object in it.
    with paused_gc():
        show(at, as_json=as_json, limit=None if show_all else SHOWN)


def show(at: datetime, *, as_json: bool, limit: int | None) -> None:
    from coffeechat.pipeline import direct
    from coffeechat.pipeline.reading import agenda_data

    # An up-to-date SQLite file is read without starting Django (see pipeline.direct);
    # anything else (PostgreSQL, a new or older database) starts it, migrating as needed.
    built = direct.today(at)
    if built is None:
        me = owner()  # starts Django
        from coffeechat.pipeline.agenda import today as build

        built = build(owner=me, at=at)
    result, world = built
    if as_json:
        print_json(agenda_data(result, world))
    else:
        render(result, world, limit=limit)


def render(result: Agenda, world: World, limit: int | None = None) -> None:
    """The agenda as tables. Only the rows shown are turned into text: a big pipeline
    has thousands of items and the table stops at `limit`."""
    from rich.markup import escape
    from rich.table import Table

    from coffeechat.pipeline.reading import action_data

    out = console()
    items, upcoming = result.items, result.upcoming
    overdue = sum(1 for action in items if action.overdue(result.at))
    out.print(
        f"[bold]Agenda for {result.at.date().isoformat()}[/bold]: {len(items)} to do"
        + (f", [red]{overdue} overdue[/red]" if overdue else "")
        + f", {len(upcoming)} coming up."
    )
    if not items and not upcoming:
        if world.people:
            out.print("Nothing due and nothing coming up this week: coffeechat people lists "
                      "where each conversation stands.")
        else:
            out.print('Nothing due. Add someone to talk to: coffeechat add "NAME" --org ORG')
        return
    for title, actions, column in (("To do", items, "due"), ("Coming up", upcoming, "fires")):
        if not actions:
            continue
        cap = None if limit is None else limit if column == "due" else min(limit, SHOWN_COMING)
        hidden = len(actions) - cap if cap is not None and len(actions) > cap else 0
        rows = [action_data(a, world, result.at) for a in (actions[:cap] if hidden else actions)]
        table = Table(title=title, title_justify="left", expand=True, show_lines=True)
        table.add_column("due" if column == "due" else "from", no_wrap=True)
        table.add_column("what to do, and why", ratio=1)
        for item in rows:
            when = item[column].replace("T", " ")
            late = item["overdue"] and column == "due"
            who = item["person"]
            if item["about"]:
                who += f" ({ABOUT.get(item['kind'], 'with')} {item['about']})"
            label = LABELS.get(item["kind"], item["kind"])
            text = f"[bold]{label}[/bold]: {escape(who)}\n[dim]{escape(item['reason'])}[/dim]"
            if command := next_command(item):
                text += f"\n→ [cyan]{escape(command)}[/cyan]"
            table.add_row(f"[red]{when}\noverdue[/red]" if late else when, text)
        out.print(table)
        if hidden:
            out.print(f"… and {hidden} more: coffeechat today --all (or --json).")
