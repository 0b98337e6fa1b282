"""`coffeechat insights` and `coffeechat me`: what the interviews taught, against who I am."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from coffeechat.cli.base import JSON, LEARNING, SETUP, db_command, owner
from coffeechat.cli.output import console, done, print_json


@db_command(
    rich_help_panel=SETUP,
    examples=[
        'coffeechat me --name "Alex Kim" --email alex@example.org --skills "copywriting, Excel"',
        'coffeechat me --background "9 years teaching middle-school science" '
        "--stage career-changer",
        "coffeechat me --json",
    ],
)
def me(
    name: Annotated[str | None, typer.Option(help="Your name, as drafts sign it.")] = None,
    email: Annotated[str | None, typer.Option(help="Your e-mail address.")] = None,
    skills: Annotated[
        str | None,
        typer.Option(help='Your skills, comma-separated: "SQL, copywriting" (replaces the list).'),
    ] = None,
    background: Annotated[
        str | None,
        typer.Option(
            help='Where you come from, one line drafts quote: "9 years teaching middle-school '
            'science" (at most 200 characters; "" clears it).'
        ),
    ] = None,
    stage: Annotated[
        str | None,
        typer.Option(
            help="student, graduate, career-changer or experienced (any case; none clears "
            "it): picks the questions plans ask and how drafts say your background."
        ),
    ] = None,
    school: Annotated[
        str | None,
        typer.Option(help='Your school, the hook in notes to fellow alumni: "Reed College".'),
    ] = None,
    as_json: JSON = False,
) -> None:
    """Show or set who you are: name, e-mail, skills, background, stage and school."""
    from coffeechat.accounts.services import profile_for, set_me

    given = (name, email, skills, background, stage, school)
    if any(value is not None for value in given):
        set_me(
            owner=owner(),
            name=name,
            email=email,
            skills=skills.split(",") if skills is not None else None,
            background=background,
            stage=stage,
            school=school,
        )
        done("Saved.")
        return
    profile = profile_for(owner())
    landed = _landing()
    data: dict[str, Any] = {
        "name": profile.name, "email": profile.email, "goal": profile.goal,
        "skills": list(profile.skills), "background": profile.background,
        "stage": profile.stage or None, "school": profile.school, "landed": landed,
    }
    if as_json:
        print_json(data)
        return
    from rich.markup import escape

    out = console()
    shown = (("name", profile.name), ("e-mail", profile.email), ("goal", profile.goal),
             ("background", profile.background), ("stage", profile.stage),
             ("school", profile.school))
    for label, value in shown:
        out.print(f"{label}: {escape(value) or '[dim]not set[/dim]'}")
    out.print("skills: " + (escape(", ".join(data["skills"])) or "[dim]not set[/dim]"))
    if landed:
        out.print(f"landed: {escape(landed['role'])} at {escape(landed['organisation'])}, "
                  f"{landed['on'].replace('T', ' ')}")
    if not data["name"]:
        out.print('Drafts are signed with your name: coffeechat me --name "Your Name"')


def _landing() -> dict[str, str] | None:
    from coffeechat.pipeline.models import Landing
    from coffeechat.rules.dates import stamp

    landing = Landing.objects.filter(owner=owner()).first()
    if landing is None:
        return None
    return {"role": landing.role, "organisation": landing.organisation,
            "on": stamp(landing.on), "email": landing.email, "phone": landing.phone}


@db_command(
    rich_help_panel=LEARNING,
    examples=[
        "coffeechat insights",
        "coffeechat insights --json",
    ],
)
def insights(as_json: JSON = False) -> None:
    """What your interviews taught: skills against yours, tips, trends, and the funnel."""
    from coffeechat.writing.insights import insights_data

    data = insights_data(owner())
    if as_json:
        print_json(data)
    else:
        render(data)


def _people(names: list[str]) -> str:
    shown = ", ".join(names[:3])
    return shown + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _tree(tree: dict[str, Any]) -> None:
    """The referral and introduction tree: first contacts by the meetings they led to."""
    from rich.markup import escape

    if not tree["first_contacts"]:
        return
    best = [f"{escape(b['name'])} ({b['meetings']} meetings, {b['generations']} "
            f"generation{'s' if b['generations'] != 1 else ''})"
            for b in tree["first_contacts"][:3]]
    console().print(f"referrals and introductions: {tree['generations']} generations; "
                    f"first contacts who led to most: {', '.join(best)}")


def render(data: dict[str, Any]) -> None:
    from rich.markup import escape
    from rich.table import Table

    out = console()
    funnel = data["funnel"]
    if not funnel["contacted"] and not data["skills"]:
        out.print("No interviews yet: once you log contacts and meetings, the figures appear.")
        return
    rate = f"{funnel['reply_rate']:.0%}" if funnel["reply_rate"] is not None else "–"
    days = funnel["median_days_to_reply"]
    per = funnel["referrals_per_meeting"]
    out.print(
        f"[bold]Funnel[/bold]: contacted {funnel['contacted']} → replied {funnel['replied']} "
        f"→ met {funnel['met']} → thanked {funnel['thanked']}"
    )
    out.print(
        f"reply rate {rate}; median {days if days is not None else '–'} days to reply; "
        f"{funnel['referrals']} referrals from {funnel['meetings']} meetings = "
        f"{per if per is not None else '–'} per meeting"
        + (" (above 1.0: the pipeline grows by itself)" if per and per > 1 else "")
    )
    if funnel["introductions"]:
        out.print(
            f"{funnel['introductions']} introductions from {funnel['introducers']} "
            f"introducers = {funnel['people_per_introducer']} people per introducer"
        )
    gens = funnel["generations"]
    if gens:
        out.print(
            "people per generation (referred or introduced): "
            + ", ".join(f"gen {i}: {n}" for i, n in enumerate(gens))
        )
    _tree(data["tree"])
    skills = Table("skill", "named by", "you have it?", title="Skills named in interviews",
                   title_justify="left")
    for skill in data["skills"]:
        skills.add_row(
            escape(skill["label"]),
            f"{len(skill['people'])} ({escape(_people(skill['people']))})",
            "[green]yes[/green]" if skill["have"] else "[red]gap[/red]",
        )
    if data["skills"]:
        out.print(skills)
    if not data["my_skills"]:
        out.print('Add your skills to see the gap: coffeechat me --skills "SQL, copywriting"')
    table = Table("what", "recommended or heard", "by", title="Tips and what you heard",
                  title_justify="left")
    for key, label in (
        ("organisations", "organisation"),
        ("events", "event"),
        ("resources", "resource"),
        ("trends", "trend"),
        ("challenges", "challenge"),
        ("culture", "culture"),
        ("advice", "advice"),
    ):
        for item in data[key]:
            table.add_row(label, escape(item["label"]), escape(_people(item["people"])))
    if table.row_count:
        out.print(table)
