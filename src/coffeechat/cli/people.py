"""Commands about people: add, list, show, edit, and who knows whom."""

from __future__ import annotations

from typing import Annotated, Any

import click
import typer

from coffeechat.cli import confirm
from coffeechat.cli.base import JSON, PEOPLE, db_command, owner, person
from coffeechat.cli.output import console, done, print_json
from coffeechat.cli.when import moment
from coffeechat.errors import UserError
from coffeechat.rules.wording import shell_word

SOURCES = "friend, family, alumni, colleague, linkedin, referral, other"


@db_command(
    rich_help_panel=PEOPLE,
    examples=[
        'coffeechat add "Sam Ortiz" --source friend',
        'coffeechat add "Dana Whitfield" --title "Product Marketing Manager" '
        '--org "Verdant Grid" --source alumni --knows "Sam Ortiz"',
        'coffeechat add "Ola Berg" --org "Harbor Labs" --past-org "Verdant Grid"',
        'coffeechat add "Priya Raman, Senior Learning Designer at Duolingo" --source linkedin',
    ],
)
def add(
    name: Annotated[
        str,
        typer.Argument(
            help='Full name, e.g. "Dana Whitfield", or one line: '
            '"Dana Whitfield, Product Marketing Manager at Verdant Grid".'
        ),
    ],
    title: Annotated[str, typer.Option(help="Job title.")] = "",
    org: Annotated[str, typer.Option(help="Organisation.")] = "",
    past_org: Annotated[
        list[str] | None,
        typer.Option(help="An organisation they worked at before (repeatable)."),
    ] = None,
    email: Annotated[str, typer.Option(help="E-mail address.")] = "",
    source: Annotated[str, typer.Option(help=f"How you know them: {SOURCES}.")] = "other",
    knows: Annotated[
        list[str] | None, typer.Option(help="Someone already here whom they know (repeatable).")
    ] = None,
    linkedin: Annotated[str, typer.Option(help="LinkedIn profile URL.")] = "",
    location: Annotated[str, typer.Option(help="Where they are.")] = "",
    tag: Annotated[list[str] | None, typer.Option(help="A tag (repeatable).")] = None,
    notes: Annotated[str, typer.Option(help="Research notes on them.")] = "",
    org_notes: Annotated[
        str, typer.Option(help="Research notes on their organisation (needs --org).")
    ] = "",
    duplicate: Annotated[
        bool, typer.Option("--duplicate", help="Add even if someone has this name.")
    ] = False,
    as_json: JSON = False,
) -> None:
    """Add someone you could talk to."""
    from coffeechat.people.services import add_person
    from coffeechat.pipeline.timeline import person_page
    from coffeechat.rules.quick_add import read_command_line

    line = read_command_line(name) if not (title or org) else None
    if line is not None:  # "Name, Title at Organisation", as the web's quick add reads it
        name, title, org = line
    added = add_person(
        owner=owner(),
        name=name,
        now=moment(None),
        title=title,
        organisation=org,
        email=email,
        source=source,
        knows=knows or [],
        linkedin_url=linkedin,
        location=location,
        tags=tag or [],
        notes=notes,
        organisation_notes=org_notes,
        allow_duplicate=duplicate,
        past_organisations=past_org or [],
    )
    if as_json:
        print_json(person_page(added))
    else:
        where = " at ".join(filter(None, (added.title, org)))
        done(f"Added {added.name} (id {added.id})" + (f": {where}." if line else "."))


@db_command(
    rich_help_panel=PEOPLE,
    examples=[
        'coffeechat edit "Dana Whitfield" --notes "Spoke at Cleantech Summit on demand response"',
        'coffeechat edit "Dana Whitfield" --org-notes "Grid software; just raised a Series B"',
        "coffeechat edit 12 --tag mentor --check-in-days 30",
        'coffeechat edit "Aisha Belo" --name "Aisha Bello"',
        'coffeechat edit "Ola Berg" --past-org "Verdant Grid" --no-past-org "Harbr Labs"',
    ],
)
def edit(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Id or unique name.")],
    new_name: Annotated[
        str | None, typer.Option("--name", help="Their name, written right.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Job title.")] = None,
    org: Annotated[
        str | None,
        typer.Option(help="Organisation (the one they leave becomes a past organisation)."),
    ] = None,
    past_org: Annotated[
        list[str] | None,
        typer.Option(help="Add an organisation they worked at before (repeatable)."),
    ] = None,
    no_past_org: Annotated[
        list[str] | None,
        typer.Option(help="Remove a past organisation given by mistake (repeatable)."),
    ] = None,
    email: Annotated[str | None, typer.Option(help="E-mail address.")] = None,
    source: Annotated[str | None, typer.Option(help=f"How you know them: {SOURCES}.")] = None,
    linkedin: Annotated[str | None, typer.Option(help="LinkedIn profile URL.")] = None,
    location: Annotated[str | None, typer.Option(help="Where they are.")] = None,
    notes: Annotated[str | None, typer.Option(help="Research notes on them.")] = None,
    org_notes: Annotated[
        str | None, typer.Option(help="Research notes on their organisation.")
    ] = None,
    tag: Annotated[list[str] | None, typer.Option(help="Add a tag (repeatable).")] = None,
    untag: Annotated[list[str] | None, typer.Option(help="Remove a tag (repeatable).")] = None,
    check_in_days: Annotated[
        int | None, typer.Option(help="Check in after this many quiet days (0: default).")
    ] = None,
) -> None:
    """Change what you know about someone: details, research notes, tags."""
    from coffeechat.people.services import update_person

    given = (
        new_name, title, org, email, source, linkedin, location, notes, org_notes, check_in_days
    )
    if all(x is None for x in given) and not (tag or untag or past_org or no_past_org):
        options = [p.opts[0] for p in ctx.command.params if isinstance(p, click.Option)]
        options = [o for o in options if o not in ctx.help_option_names]
        raise UserError(f"nothing to change: give one or more of {', '.join(options)}")
    changed = update_person(
        owner=owner(),
        person=person(name),
        changes={
            "title": title,
            "email": email,
            "linkedin_url": linkedin,
            "location": location,
            "notes": notes,
        },
        organisation=org,
        organisation_notes=org_notes,
        source=source,
        check_in_days=check_in_days,
        tags=tag or [],
        untag=untag or [],
        name=new_name,
        past_organisations=past_org or [],
        not_past_organisations=no_past_org or [],
    )
    done(f"Updated {changed.name}.")


@db_command(
    rich_help_panel=PEOPLE,
    examples=[
        'coffeechat merge "Aisha Bello" "Aisha Belo"',
        "coffeechat merge 12 31 --json",
    ],
)
def merge(
    keep: Annotated[str, typer.Argument(help="The one to keep: id or unique name.")],
    other: Annotated[str, typer.Argument(help="The one merged into it, then gone.")],
    as_json: JSON = False,
) -> None:
    """Two rows that are one person: OTHER's history, promises, insights, ties, tags,
    notes and referrals go to KEEP, with every field either has."""
    from coffeechat.people.merging import merge_people

    merged = merge_people(owner=owner(), keep=person(keep), other=person(other))
    if as_json:
        print_json(merged.as_json())
        return
    moved = ", ".join(f"{n} {what}" for what, n in merged.moved.items())
    done(
        f"Merged {merged.other} into {merged.keep.name} (id {merged.keep.id})"
        + (f": moved {moved}" if moved else "")
        + "."
    )
    for line in merged.kept:
        typer.echo(f"Kept: {line}")


@db_command(
    rich_help_panel=PEOPLE,
    examples=[
        'coffeechat remove "Aisha Belo"',
        "coffeechat remove 31 --yes",
    ],
)
def remove(
    name: Annotated[str, typer.Argument(help="Id or unique name.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete someone and everything only they own (their timeline, promises, insights,
    ties); people they referred stay."""
    from coffeechat.people.merging import removal_of, remove_person

    who = person(name)
    if not yes:
        first, *rest = removal_of(who).lines()
        what = first + (f" ({'; '.join(rest)})" if rest else "")
        confirm.confirm_deleting(f"remove {shell_word(who.name)}", what, f"Remove {what}?")
    gone = remove_person(person=who)
    done("Removed " + "; ".join(gone.lines()) + ".")


@db_command(
    rich_help_panel=PEOPLE,
    examples=[
        "coffeechat tags",
        "coffeechat tags mentor --check-in-days 30",
    ],
)
def tags(
    name: Annotated[str | None, typer.Argument(help="A tag, to change it.")] = None,
    check_in_days: Annotated[
        int | None,
        typer.Option(help="Check in with everyone tagged NAME after this many quiet days "
                     "(0: the default). A person's own interval wins."),
    ] = None,
    as_json: JSON = False,
) -> None:
    """Your tags, how many people carry each, and their check-in intervals."""
    from coffeechat.people.services import set_tag_check_in, tag_rows

    if check_in_days is not None:
        if name is None:
            raise typer.BadParameter("name the tag: coffeechat tags NAME --check-in-days N")
        tag = set_tag_check_in(owner=owner(), name=name, days=check_in_days)
        every = f"every {tag.check_in_days} days" if tag.check_in_days else "on the default"
        done(f"People tagged {tag.name} are checked in with {every}.")
        return
    rows = [r for r in tag_rows(owner()) if name is None or r["name"] == name.strip().lower()]
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    table = Table("tag", "people", "check in after", title="Tags", title_justify="left")
    for row in rows:
        days = row["check_in_days"]
        table.add_row(str(row["name"]), str(row["people"]), f"{days} days" if days else "default")
    console().print(table if rows else "No tags yet: coffeechat edit NAME --tag TAG")


@db_command(
    rich_help_panel=PEOPLE,
    examples=[
        'coffeechat knows "Dana Whitfield" "Sam Ortiz" --note "worked together at Verdant Grid"',
    ],
)
def knows(
    name: Annotated[str, typer.Argument(help="Id or unique name.")],
    other: Annotated[str, typer.Argument(help="Someone they know.")],
    note: Annotated[str, typer.Option(help="How they know each other.")] = "",
) -> None:
    """Record that two people know each other."""
    from coffeechat.people.services import add_tie

    a, b = person(name), person(other)
    add_tie(owner=owner(), person=a, knows=b, note=note)
    done(f"{a.name} knows {b.name}.")


def screenful() -> int:
    """How many people fit the terminal: each takes two lines (name, then role)."""
    import shutil

    return max(10, (shutil.get_terminal_size().lines - 6) // 2)


@db_command(
    "people",
    rich_help_panel=PEOPLE,
    examples=[
        "coffeechat people",
        "coffeechat people --stage met --tag mentor",
        'coffeechat people --org "Verdant Grid" --json',
    ],
)
def list_people(
    stage: Annotated[
        str | None, typer.Option(help="Only this stage, e.g. contacted, met, keeping-in-touch.")
    ] = None,
    source: Annotated[str | None, typer.Option(help=f"Only this source: {SOURCES}.")] = None,
    tag: Annotated[str | None, typer.Option(help="Only people with this tag.")] = None,
    org: Annotated[
        str | None, typer.Option(help="Only people whose organisation's name holds this.")
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(help="Only people whose name, organisation, title or notes hold TEXT."),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(help="Show at most N people (default: a screenful; --json: everyone).",
                     min=1),
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Show everyone.")] = False,
    as_json: JSON = False,
) -> None:
    """Everyone you have added, with where each conversation stands; filter and search."""
    from coffeechat.pipeline.listing import PeopleFilter, list_people

    where = PeopleFilter(stage, source, tag, org, search)
    if show_all or (as_json and limit is None):
        limit = None
    elif limit is None:
        limit = screenful()
    page = list_people(owner=owner(), where=where, limit=limit)
    if as_json:
        print_json(page.rows)
        return
    render_people(page.rows, page.total, where.applied())


def render_people(rows: list[dict[str, Any]], total: int, filtered: bool) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    noun = "1 person" if total == 1 else f"{total:,} people"
    title = f"{noun} match" if filtered else noun
    if len(rows) < total:
        title += f", the first {len(rows)} by name"
    # Each person's title and organisation go under their name, so the table stays
    # readable in an 80-column terminal.
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("person", ratio=1)
    table.add_column("source", no_wrap=True)
    table.add_column("stage", no_wrap=True)
    table.add_column("last", no_wrap=True)
    for row in rows:
        role = ", ".join(x for x in (row["title"], row["organisation"] or "") if x)
        who = Text(row["name"], style="bold")
        if role:
            who.append("\n" + role, style="dim")
        table.add_row(str(row["id"]), who, row["source"], row["stage"], (row["last"] or "")[:10])
    out = console()
    if not rows:
        out.print(
            "Nobody matches: try fewer filters." if filtered
            else "Nobody yet: coffeechat add NAME, or coffeechat import FILE."
        )
        return
    out.print(table)
    if len(rows) < total:
        out.print(
            f"{total - len(rows):,} more: --limit N or --all to list them, --search TEXT "
            "(or --stage, --source, --tag, --org) to narrow the list."
        )


@db_command(
    rich_help_panel=PEOPLE,
    examples=[
        'coffeechat show "Dana Whitfield"',
        "coffeechat show 12 --json",
    ],
)
def show(
    name: Annotated[str, typer.Argument(help="Id or unique name.")], as_json: JSON = False
) -> None:
    """One person: who they are, where the conversation stands, and their timeline."""
    from coffeechat.pipeline.timeline import person_page

    page = person_page(person(name))
    if as_json:
        print_json(page)
        return
    render_page(page)


def render_page(page: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    facts = [f"{page['name']}  (id {page['id']}) — stage: {page['stage']}"]
    role = " at ".join(x for x in (page["title"], page["organisation"]) if x)
    facts += [role] if role else []
    if page.get("past_organisations"):
        facts.append("worked at before: " + ", ".join(page["past_organisations"]))
    facts.append(
        f"how I know them: {page['source']}"
        + (f", referred by {page['referred_by']}" if page["referred_by"] else "")
        + (f", introduced by {page['introduced_by']}" if page.get("introduced_by") else "")
    )
    if page["other_emails"]:
        page = {**page, "other_emails": ", ".join(page["other_emails"])}
    for label, key in (
        ("e-mail", "email"),
        ("other e-mails", "other_emails"),
        ("phone", "phone"),
        ("LinkedIn", "linkedin_url"),
        ("connected on LinkedIn", "connected_on"),
        ("location", "location"),
        ("research", "notes"),
        ("organisation research", "organisation_notes"),
    ):
        if page[key]:
            facts.append(f"{label}: {page[key]}")
    if page["knows"]:
        facts.append("knows: " + ", ".join(page["knows"]))
    if page["tags"]:
        facts.append("tags: " + ", ".join(page["tags"]))
    if page["check_in_days"]:
        facts.append(f"check in after {page['check_in_days']} quiet days (their own interval)")
    out = console()
    panel = Text("\n".join(facts))
    panel.stylize("bold", 0, len(page["name"]))
    out.print(Panel(panel, expand=False))
    timeline = Table("when", "what", title="Timeline", title_justify="left")
    for entry in page["timeline"]:
        timeline.add_row(entry["at"].replace("T", " "), Text(entry["text"]))
    out.print(timeline)
    if page["insights"]:
        learned = "; ".join(f"{i['kind']}: {i['text']}" for i in page["insights"])
        out.print("Learned: " + escape(learned))
