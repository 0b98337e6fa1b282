"""Everything out, and back: export, backup, restore, and the calendar file. The work is
in `coffeechat.exchange`; these commands read and write the files and print."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from coffeechat.cli import confirm
from coffeechat.cli.base import DATA, JSON, LOOP, db_command, owner
from coffeechat.cli.contacts import read_bytes
from coffeechat.cli.output import done, print_json
from coffeechat.cli.when import moment
from coffeechat.errors import UserError
from coffeechat.rules.wording import shell_word

OUT = Annotated[
    Path | None,
    typer.Option("--out", help="Write to this file (default: print it).", show_default=False),
]


def write_out(data: bytes, out: Path | None) -> None:
    """To `out` (whole or not at all: a file is replaced only once written), or stdout."""
    if out is None or str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"{out}: no folder {folder}: give a file in a folder that exists")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{out.name}.")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, out)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(f"{out} cannot be written: {error.strerror}") from None


@db_command(
    rich_help_panel=DATA,
    examples=[
        "coffeechat export --out people.csv",
        "coffeechat export --format vcard --out people.vcf",
        "coffeechat export --format json",
    ],
)
def export(
    format: Annotated[str, typer.Option(help="csv, vcard or json.")] = "csv",
    out: OUT = None,
) -> None:
    """Everyone, with every field: CSV (one row each), vCard (Google Contacts, phones) or JSON."""
    from coffeechat.exchange.exporting import export_format, export_people

    kind = export_format(format)
    write_out(export_people(owner=owner(), format=kind).encode(), out)
    if out is not None and str(out) != "-":
        done(f"Wrote {out} ({kind}).")


@db_command(
    rich_help_panel=DATA,
    examples=[
        "coffeechat backup coffeechat-backup.json",
        "coffeechat backup - > coffeechat-backup.json",
    ],
)
def backup(
    file: Annotated[Path, typer.Argument(help="The JSON file to write ('-': print it).",
                                         show_default=False)],
) -> None:
    """Everything you have (people, conversations, promises, settings, ...) in one file."""
    from coffeechat.cli.output import dumps
    from coffeechat.exchange.backup import backup as make

    data = make(owner=owner(), now=moment(None))
    write_out((dumps(data) + "\n").encode(), file)
    if str(file) != "-":
        rows = sum(len(t) for t in data["tables"].values())
        done(f"Backed up {rows} rows to {file}. Restore with: coffeechat restore {file}")


@db_command(
    rich_help_panel=DATA,
    examples=[
        "coffeechat --db restored.sqlite3 restore coffeechat-backup.json",
        "coffeechat restore coffeechat-backup.json --replace --yes",
    ],
)
def restore(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A file written by coffeechat backup.",
                                         show_default=False)],
    replace: Annotated[
        bool, typer.Option("--replace", help="Delete everything here first.")
    ] = False,
    yes: Annotated[
        bool,
        typer.Option("--yes", help="With --replace on your own data (no --db): do not ask."),
    ] = False,
    as_json: JSON = False,
) -> None:
    """Bring back a backup: into an empty database, or over this one with --replace."""
    from coffeechat.exchange.backup import read_backup
    from coffeechat.exchange.backup import restore as put

    data = read_backup(read_bytes(file).decode("utf-8", errors="replace"), file.name)
    me = owner()
    if replace and ctx.find_root().params.get("db") is None and not yes:
        confirm.confirm_wiping(
            me, "restore --replace", f"restore {file.name} instead",
            "restore it into a file of its own: "
            f"coffeechat --db new.sqlite3 restore {shell_word(str(file))}",
        )
    report = put(owner=me, data=data, name=file.name, replace=replace)
    if as_json:
        print_json({"file": report.file, "replaced": report.replaced, "rows": report.rows})
        return
    people = report.rows.get("people.person", 0)
    done(f"Restored {file.name}: {people} people, {sum(report.rows.values())} rows in all.")


@db_command(
    rich_help_panel=LOOP,
    examples=[
        "coffeechat calendar --out coffeechat.ics",
        "coffeechat calendar > coffeechat.ics",
    ],
)
def calendar(out: OUT = None) -> None:
    """Your meetings and deadlines as an iCalendar file for any calendar app."""
    from coffeechat.exchange.calendar import calendar_file

    write_out(calendar_file(owner=owner(), now=moment(None)), out)
    if out is not None and str(out) != "-":
        done(f"Wrote {out}: import it into your calendar; importing it again updates it.")
