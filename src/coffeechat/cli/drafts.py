"""`coffeechat draft` and `coffeechat template`: what to send, in the user's own words."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from coffeechat.cli.base import JSON, WRITING, db_command, owner, person
from coffeechat.cli.output import console, done, print_json, say, show_findings
from coffeechat.errors import UserError
from coffeechat.rules.kinds import DraftKind

KINDS = ", ".join(DraftKind)


@db_command(
    rich_help_panel=WRITING,
    examples=[
        'coffeechat draft "Dana Whitfield"',
        'coffeechat draft "Dana Whitfield" intro_request --via "Sam Ortiz"',
        "coffeechat draft 12 thank_you --json",
    ],
)
def draft(
    name: Annotated[str, typer.Argument(help="Id or unique name: whose conversation.")],
    kind: Annotated[
        str | None,
        typer.Argument(help=f"One of: {KINDS} (default: the next step).", show_default=False),
    ] = None,
    via: Annotated[
        str | None, typer.Option(help="intro_request: who to ask for the introduction.")
    ] = None,
    about: Annotated[
        str | None, typer.Option(help="update_referrer: the referral you met.")
    ] = None,
    boxed: Annotated[
        bool, typer.Option("--boxed", help="Frame the draft in a box (it copies less cleanly).")
    ] = False,
    as_json: JSON = False,
) -> None:
    """The message for someone's next step (or KIND), checked for mistakes."""
    from coffeechat.writing.drafts import Step, write_draft

    result = write_draft(
        owner=owner(),
        person=person(name),
        kind=kind,
        via=person(via) if via else None,
        about=person(about) if about else None,
    )
    if isinstance(result, Step):
        if as_json:
            print_json({"kind": None, "reason": result.told})
        else:
            typer.echo(f"Nothing to send now: {result.told}.")
        return
    data = result.to_dict()
    if as_json:
        print_json(data)
    else:
        render_draft(data, boxed=boxed)


def render_draft(data: dict[str, Any], boxed: bool = False) -> None:
    """The draft as plain text that copies cleanly (no wrapping, `> ` quotes intact)
    between its heading and the checker's findings; `boxed` frames it instead."""
    from click import style

    to = data["to"]
    address = f" <{to['email']}>" if to["email"] else ""
    say(f"{style(data['kind'].replace('_', ' '), bold=True)} to {to['name']}{address}"
        f" {style('(' + data['reason'] + ')', dim=True)}")
    text = f"Subject: {data['subject']}\n\n{data['body'].rstrip()}"
    if boxed:
        from rich.markup import escape
        from rich.panel import Panel

        console().print(Panel(escape(text), expand=False))
    else:
        typer.echo(f"\n{text}\n")
    for missing in data["missing"]:
        say(f"{style('missing', fg='yellow')}: {missing}")
    show_findings(data["findings"])
    if not data["findings"]:
        say(f"{style('✓', fg='green')} The mistake checker finds nothing to fix.")


@db_command(
    rich_help_panel=WRITING,
    examples=[
        "coffeechat template",
        "coffeechat template outreach > outreach.txt",
        "coffeechat template outreach --set outreach.txt",
        "coffeechat template all --reset",
    ],
)
def template(
    kind: Annotated[
        str | None, typer.Argument(help=f"One of: {KINDS}; or all (with --reset).")
    ] = None,
    set_from: Annotated[
        str | None,
        typer.Option("--set", help="Keep the template in FILE (- for standard input)."),
    ] = None,
    reset: Annotated[bool, typer.Option("--reset", help="Restore the default.")] = False,
    as_json: JSON = False,
) -> None:
    """List the draft templates, print one, replace it with your own, or restore it."""
    from coffeechat.cli.check import _read
    from coffeechat.cli.when import moment
    from coffeechat.writing.drafts import draft_kind
    from coffeechat.writing.templates import reset_template, save_template, template_list

    if set_from is not None and reset:
        raise UserError("--set and --reset do not go together: choose one")
    if reset:
        if kind is None:
            raise UserError("name the template to reset, or all: coffeechat template all --reset")
        chosen = None if kind.strip().lower() == "all" else draft_kind(kind)
        count = reset_template(owner=owner(), kind=chosen)
        done(f"Restored the default {'templates' if chosen is None else chosen.value}"
             f" ({count} of yours removed).")
        return
    if set_from is not None:
        if kind is None:
            raise UserError("name the template to set: coffeechat template outreach --set FILE")
        chosen = draft_kind(kind)
        origin = "standard input" if set_from == "-" else set_from
        findings = save_template(
            owner=owner(), kind=chosen, source=_read(set_from), now=moment(None), origin=origin
        )
        from rich.markup import escape

        done(f"Your {chosen.value} template is kept; drafts of that kind use it now.")
        for f in findings:
            console().print(f"[yellow]{f.code}[/yellow] in a sample draft: {escape(f.message)}")
        return
    templates = template_list(owner())
    if kind is not None:
        chosen = draft_kind(kind)
        info = next(t for t in templates if t.kind == chosen)
        if as_json:
            print_json({"kind": info.kind.value, "custom": info.custom, "source": info.source})
        else:
            typer.echo(info.source.rstrip("\n"))
        return
    rows = [
        {"kind": t.kind.value, "custom": t.custom,
         "updated": f"{t.updated_at:%Y-%m-%d %H:%M}" if t.updated_at else None}
        for t in templates
    ]
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    table = Table("kind", "template", title="Draft templates", title_justify="left")
    for row in rows:
        mine = f"yours, since {row['updated']}" if row["custom"] else "default"
        table.add_row(str(row["kind"]), mine)
    out = console()
    out.print(table)
    out.print(
        "Print one: coffeechat template KIND > my.txt; keep your edit: coffeechat template "
        "KIND --set my.txt; undo: coffeechat template KIND --reset."
    )
