"""`coffeechat target` (where I would like to work) and `coffeechat path` (who could
introduce me there)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from coffeechat.cli.base import JSON, PEOPLE, SETUP, db_command, owner, person
from coffeechat.cli.output import console, done, print_json
from coffeechat.errors import UserError

ACTIONS = ("add", "list", "remove")


@db_command(
    rich_help_panel=SETUP,
    examples=[
        'coffeechat target add "Verdant Grid" --role "Data analyst" --motivation 3 --postings 2',
        "coffeechat target list",
        "coffeechat target list --json",
        'coffeechat target remove "Verdant Grid"',
    ],
)
def target(
    action: Annotated[str, typer.Argument(help="add, list or remove.")],
    organisation: Annotated[
        str | None, typer.Argument(help="The organisation (add, remove).", show_default=False)
    ] = None,
    role: Annotated[str, typer.Option(help="The role you would like there.")] = "",
    motivation: Annotated[
        int, typer.Option(help="0 (don't know them) to 3 (dream employer).")
    ] = 0,
    postings: Annotated[int, typer.Option(help="Relevant job postings: 1 to 3.")] = 1,
    as_json: JSON = False,
) -> None:
    """Where you would like to work, best first: motivation, postings, then advocacy
    (3 someone met or warm there, 2 someone known or a path of two links, 1 nobody yet),
    each with its best next step."""
    from coffeechat.targets.services import add_target, remove_target, target_rows

    if action not in ACTIONS:
        raise UserError(f"ACTION: write add, list or remove, not {action!r}")
    if action != "list" and not organisation:
        raise UserError(f"target {action} needs ORGANISATION")
    if action == "add":
        made = add_target(owner=owner(), organisation=organisation or "", role=role,
                          motivation=motivation, postings=postings)
        done(f"Target added: {made.organisation}.")
    elif action == "remove":
        done(f"Target removed: {remove_target(owner=owner(), organisation=organisation or '')}.")
    else:
        rows = target_rows(owner=owner())
        if as_json:
            print_json(rows)
        else:
            _table(rows)


def _table(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table

    if not rows:
        typer.echo('No targets yet: coffeechat target add "Organisation" --motivation 3')
        return
    table = Table("organisation", "role", "motivation", "postings", "advocacy", "next")
    for row in rows:
        table.add_row(*(str(row[k]) for k in ("organisation", "role", "motivation",
                                               "postings", "advocacy", "next")))
    console().print(table)


@db_command(
    rich_help_panel=PEOPLE,
    examples=[
        'coffeechat path "Dana Whitfield"',
        'coffeechat path --org "Verdant Grid" --limit 5',
        'coffeechat path --org "Verdant Grid" --json',
    ],
)
def path(
    target: Annotated[
        str | None, typer.Argument(help="A person: id or unique name.", show_default=False)
    ] = None,
    org: Annotated[
        str | None, typer.Option(help="An organisation instead of a person.")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many paths.")] = 3,
    as_json: JSON = False,
) -> None:
    """The best warm paths to a person or an organisation: shortest, then strongest,
    never through someone who declined; with a draft for each first person. With no
    path, whom to ask ("do you know anyone at ...?")."""
    from coffeechat.targets.services import warm_paths

    if (target is None) == (org is None):
        raise UserError("name a TARGET person or --org NAME (one of them)")
    found = warm_paths(owner=owner(), person=person(target) if target else None,
                       organisation=org, limit=limit, drafts=not as_json)
    drafts = found.pop("drafts")
    if as_json:
        print_json(found)
        return
    _render(found, drafts)


def _render(found: dict[str, Any], drafts: list[dict[str, Any]]) -> None:
    from click import style

    from coffeechat.cli.drafts import render_draft
    from coffeechat.cli.output import say

    if not found["paths"]:
        asked = ", ".join(found["ask"]) or "nobody you know yet"
        say(f"No warm path to {found['target']}. Ask your network: {asked}.")
    for number, p in enumerate(found["paths"], 1):
        say(f"{style(f'{number}. you → ' + ' → '.join(p['chain']), bold=True)} "
            f"(strength {p['strength']})")
        for line in p["why"]:
            say(f"   {line}")
    for data in drafts:
        typer.echo("")
        render_draft(data)
