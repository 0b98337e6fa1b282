"""`coffeechat import`: people from LinkedIn, Google, Outlook and vCard files, and
meetings from calendar invitations. The work is in `coffeechat.exchange`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coffeechat.cli.base import JSON, PEOPLE, db_command, owner
from coffeechat.cli.output import console, done, print_json
from coffeechat.cli.when import moment
from coffeechat.errors import UserError

if TYPE_CHECKING:
    from coffeechat.exchange.importing import ImportReport

# How a merge's fields read in its report.
FIELD_WORDS = {
    "other_emails": "other e-mails",
    "linkedin_url": "LinkedIn",
    "connected_on": "connected on",
    "email": "e-mail",
}
# Files this long get a progress bar on a terminal.
PROGRESS_FROM_LINES = 2000


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path}: no such file: give the path of the exported file") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder: give the exported file inside it") from None
    except OSError as error:
        raise UserError(f"{path} cannot be read: {error.strerror}") from None


@db_command(
    "import",
    rich_help_panel=PEOPLE,
    examples=[
        "coffeechat import Connections.csv --dry-run",
        "coffeechat import contacts.vcf",
        "coffeechat import google.csv --format google --skip-bad",
        "coffeechat import invite.ics",
    ],
)
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="LinkedIn Connections.csv, a Google or Outlook contacts CSV, a vCard (.vcf), "
            "a CSV with coffeechat's own columns (as export writes them: the one that gives "
            "past_organisations) or a calendar invitation (.ics).",
            show_default=False,
        ),
    ],
    format: Annotated[
        str | None,
        typer.Option(help="linkedin, google, outlook, vcard or csv (coffeechat's own "
                     "columns, as export writes them; default: detected)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would change; change nothing.")
    ] = False,
    skip_bad: Annotated[
        bool,
        typer.Option("--skip-bad", help="Import the good rows and list each broken one."),
    ] = False,
    as_json: JSON = False,
) -> None:
    """Bring in your contacts: new people are added, people already here are merged."""
    from coffeechat.exchange.importing import import_file

    data = read_bytes(file)
    with progress_bar(enabled=not as_json and data.count(b"\n") >= PROGRESS_FROM_LINES) as tick:
        report = import_file(
            owner=owner(),
            data=data,
            name=file.name,
            now=moment(None),
            format=format,
            dry_run=dry_run,
            skip_bad=skip_bad,
            progress=tick,
        )
    if as_json:
        print_json(report.as_json())
    else:
        show_report(report)


@contextmanager
def progress_bar(*, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""
    import sys

    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Importing", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield tick


def show_report(report: ImportReport) -> None:
    from rich.markup import escape

    out = console()
    add, merged = ("Would add", "would merge") if report.dry_run else ("Added", "merged")
    if report.format == "ics":
        for meeting in report.scheduled:
            done(f"{meeting['person']}: scheduled {meeting['meeting_at'].replace('T', ' ')}, "
                 f"{meeting['minutes']} minutes" + (" (dry run)" if report.dry_run else ""))
        if report.unchanged:
            out.print(f"{report.unchanged} meeting(s) already logged: nothing changed.")
    else:
        done(
            f"{add} {report.added}, {merged} {len(report.merged)}, {report.unchanged} unchanged, "
            f"{len(report.skipped)} skipped ({report.file}, {report.format})."
        )
        for merge in report.merged[:20]:
            out.print(
                f"  merged line {merge.line} into {escape(merge.person)} "
                f"({merge.matched_by}): "
                + ", ".join(FIELD_WORDS.get(f, f) for f in merge.fields)
            )
        if len(report.merged) > 20:
            out.print(f"  ... and {len(report.merged) - 20} more merges (--json lists them all)")
    for row in report.skipped:
        out.print(f"  skipped {escape(row.where(report.file))}")
    if report.dry_run:
        out.print("Dry run: nothing was changed. Run it again without --dry-run to import.")
