"""`coffeechat questions`, `add-question`, `remove-question`: what to ask, and your own
questions for the bank."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from coffeechat.cli.base import JSON, PREPARING, db_command, owner, person
from coffeechat.cli.output import console, done, print_json
from coffeechat.errors import UserError
from coffeechat.rules.kinds import Category

# What add-question accepts: every category but the asks, which close every plan.
CATEGORIES = ", ".join(c.value for c in Category if c is not Category.ASKS)


def plan_data(plan: Any) -> dict[str, Any]:
    from coffeechat.rules.questions import category_label, clock

    return {
        "agreed_minutes": plan.agreed_minutes,
        "planned_minutes": plan.total_minutes,
        "note": plan.note or None,
        "items": [
            {
                "at": clock(item.start_minute),
                "start_minute": item.start_minute,
                "minutes": item.minutes,
                "category": item.category,
                "label": category_label(item.category),
                "text": item.text,
                "question_id": item.question_id,
            }
            for item in plan.items
        ],
    }


@db_command(
    rich_help_panel=PREPARING,
    examples=[
        'coffeechat questions "Dana Whitfield" --minutes 30 --topic culture',
        "coffeechat questions --bank",
    ],
)
def questions(
    name: Annotated[
        str | None, typer.Argument(help="Id or unique name (leave out with --bank).")
    ] = None,
    minutes: Annotated[
        int | None,
        typer.Option(help="Minutes to fill (default: the agreed minutes, else 20)."),
    ] = None,
    topic: Annotated[
        list[str] | None, typer.Option(help="A topic to make room for (repeatable).")
    ] = None,
    bank: Annotated[
        bool, typer.Option("--bank", help="List the whole question bank, yours included.")
    ] = False,
    as_json: JSON = False,
) -> None:
    """Plan the conversation: small talk, questions for this person, the two asks."""
    if bank:
        _bank(as_json)
        return
    if name is None:
        raise UserError(
            "name the person to plan for, or list the bank: coffeechat questions --bank"
        )
    from coffeechat.writing.questions import plan_for

    planned = plan_for(owner=owner(), person=person(name), minutes=minutes, topics=topic or ())
    who, plan = planned.record.person, planned.plan
    data = {"person": who.name, "person_id": who.id, **plan_data(plan)}
    if as_json:
        asked = topic or []
        data["topics_built"] = [t for t in asked if t in plan.built_for]
        data["topics_left_out"] = [t for t in asked if t in plan.unplaced]
        print_json(data)
        return
    _say_topics(topic or [], plan)
    from rich.markup import escape
    from rich.table import Table

    table = Table(
        "at", "", "what to say",
        title=f"{escape(who.name)}: {plan.total_minutes:g} of {plan.agreed_minutes} minutes",
        title_justify="left",
        caption=escape(plan.note) if plan.note else None,
        caption_justify="left",
        show_lines=True,
    )
    for item in data["items"]:
        table.add_row(item["at"], escape(item["label"]), escape(item["text"]))
    console().print(table)


def _say_topics(asked: list[str], plan: Any) -> None:
    """What became of each --topic: a question built from it, or no room for it."""
    for topic in asked:
        if topic in plan.built_for:
            typer.echo(
                f"Note: no question in the bank is about {topic!r}, so the plan asks one built "
                'from it; keep one of your own with coffeechat add-question "..." '
                "--category CATEGORY",
                err=True,
            )
        elif topic in plan.unplaced:
            typer.echo(
                f"Note: no question about {topic!r} fits this plan (the mistake checker flags "
                "every wording of it, or the minutes are taken): ask it in your own words, "
                "or plan more --minutes",
                err=True,
            )


def _bank(as_json: bool) -> None:
    from coffeechat.rules.kinds import CareerStage
    from coffeechat.rules.question_bank import QUESTION_BANK
    from coffeechat.writing.models import CustomQuestion

    every = [s.value for s in CareerStage]
    mine = CustomQuestion.objects.filter(owner=owner()).order_by("id")
    rows: list[dict[str, Any]] = [
        {"id": q.id, "category": q.category.value, "text": q.text, "minutes": q.minutes,
         "stages": [s for s in every if s in q.stages] if q.stages else every, "mine": False}
        for q in QUESTION_BANK
    ]
    rows += [
        {"id": f"mine-{q.id}", "category": q.category, "text": q.text, "minutes": q.minutes,
         "stages": every, "mine": True}
        for q in mine
    ]
    if as_json:
        print_json(rows)
        return
    from rich.markup import escape
    from rich.table import Table

    table = Table("category", "question", "for", "min", title=f"{len(rows)} questions",
                  title_justify="left")
    for row in sorted(rows, key=lambda r: str(r["category"])):
        number = str(row["id"]).removeprefix("mine-")
        label = f"[bold]yours {number}[/bold]: " if row["mine"] else ""
        stages = "all" if row["stages"] == every else ", ".join(row["stages"])
        table.add_row(escape(str(row["category"])), label + escape(str(row["text"])),
                      escape(stages), f"{row['minutes']:g}")
    console().print(table)


@db_command(
    "add-question",
    rich_help_panel=PREPARING,
    examples=[
        'coffeechat add-question "What does a great launch look like at {organisation}?" '
        "--category culture",
    ],
)
def add_question(
    text: Annotated[str, typer.Argument(help="The question, in full.")],
    category: Annotated[str, typer.Option(help=f"One of: {CATEGORIES}.")],
    minutes: Annotated[float, typer.Option(help="How long it takes to answer.")] = 3.0,
) -> None:
    """Add your own open question to the bank (the checker must find nothing wrong)."""
    from coffeechat.cli.when import moment
    from coffeechat.writing.questions import add_question as add

    added = add(owner=owner(), text=text, category=category, minutes=minutes, now=moment(None))
    done(f"Added question {added.id} to {added.category}; plans weigh it with the others.")


@db_command(
    "remove-question",
    rich_help_panel=PREPARING,
    examples=[
        "coffeechat remove-question 3",
    ],
)
def remove_question(
    number: Annotated[int, typer.Argument(help="Its number (coffeechat questions --bank).")],
) -> None:
    """Remove one of your own questions from the bank."""
    from coffeechat.writing.questions import remove_question as remove

    removed = remove(owner=owner(), ident=number)
    done(f"Removed: {removed.text}")


@db_command(
    rich_help_panel=PREPARING,
    examples=[
        'coffeechat prep "Dana Whitfield"',
        'coffeechat prep "Dana Whitfield" --format html --minutes 30 > dana.html',
    ],
)
def prep(
    name: Annotated[str, typer.Argument(help="Id or unique name.")],
    format: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
    minutes: Annotated[
        int | None,
        typer.Option(help="Minutes to plan (default: the agreed minutes, else 20)."),
    ] = None,
) -> None:
    """A one-page prep sheet: who they are, your goal, timed questions, your asks.

    Also what you can offer them and the logistics. To print it, write it as HTML and
    open it in a browser. What the sheet lacks is listed on stderr with the command that
    records it; the page itself carries no commands.
    """
    from coffeechat.cli.when import moment
    from coffeechat.rules.prep import build_sheet, to_fill
    from coffeechat.rules.prep_page import render_html, render_markdown
    from coffeechat.writing.prep import prep_facts

    kind = format.strip().lower()
    if kind not in ("md", "html"):
        raise UserError(f"unknown --format {format!r}: write md or html")
    facts = prep_facts(owner=owner(), person=person(name), now=moment(None), minutes=minutes)
    sheet = build_sheet(facts)
    text = render_html(sheet) if kind == "html" else render_markdown(sheet)
    typer.echo(text.rstrip("\n"))
    for missing in to_fill(sheet):
        typer.echo(f"Note: {missing}", err=True)
