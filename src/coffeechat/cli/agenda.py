"""`coffeechat today`: one agenda derived from every conversation."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from coffeechat.cli.app import db_command, owner
from coffeechat.cli.output import console, print_json

SHOWN = 30
LABELS = {
    "follow_up": "follow up",
    "second_contact": "second contact",
    "move_on": "move on",
    "nudge_connector": "nudge connector",
    "prepare": "prepare",
    "debrief": "debrief",
    "thank_you": "thank-you",
    "reach_out_referral": "reach out",
    "update_referrer": "update referrer",
    "commitment": "promise",
    "check_in": "check in",
    "announce_landing": "announce landing",
}


@db_command()
def today(
    on: Annotated[
        str | None, typer.Option("--on", help="Show the agenda as it stands at the end of DATE.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    show_all: Annotated[
        bool, typer.Option("--all", help=f"List every item (the table stops at {SHOWN}).")
    ] = False,
) -> None:
    """What is overdue, due now and coming up, each with the reason."""
    from coffeechat.pipeline.agenda import agenda_data
    from coffeechat.pipeline.agenda import today as build
    from coffeechat.rules.dates import end_of, parse_day

    at = end_of(parse_day(on)) if on else datetime.now()
    result, world = build(owner=owner(), at=at)
    data = agenda_data(result, world)
    if as_json:
        print_json(data)
    else:
        render(data, limit=None if show_all else SHOWN)


def render(data: dict[str, Any], limit: int | None = None) -> None:
    from rich.table import Table

    out = console()
    items = data["items"]
    overdue = sum(1 for i in items if i["overdue"])
    out.print(
        f"[bold]Agenda for {data['date']}[/bold]: {len(items)} to do"
        + (f", [red]{overdue} overdue[/red]" if overdue else "")
        + f", {len(data['upcoming'])} coming up."
    )
    if not items and not data["upcoming"]:
        out.print('Nothing due. Add someone to talk to: coffeechat add "NAME" --org ORG')
        return
    for title, rows, column in (("To do", items, "due"), ("Coming up", data["upcoming"], "fires")):
        if not rows:
            continue
        hidden = len(rows) - limit if limit is not None and len(rows) > limit else 0
        rows = rows[:limit] if hidden else rows
        table = Table(title=title, title_justify="left", expand=True, show_lines=True)
        table.add_column("due" if column == "due" else "from", no_wrap=True)
        table.add_column("what to do, and why", ratio=1)
        for item in rows:
            when = item[column].replace("T", " ").removesuffix(" 00:00")
            late = item["overdue"] and column == "due"
            who = item["person"] + (f" → {item['about']}" if item["about"] else "")
            label = LABELS.get(item["kind"], item["kind"])
            table.add_row(
                f"[red]{when}\noverdue[/red]" if late else when,
                f"[bold]{label}[/bold]: {who}\n[dim]{item['reason']}[/dim]",
            )
        out.print(table)
        if hidden:
            out.print(f"… and {hidden} more: coffeechat today --all (or --json).")
