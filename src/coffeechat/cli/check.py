"""`coffeechat check`: the mistake checker on a message or a list of questions.

Pure text in, findings out: no database, so Django is never imported here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from coffeechat.cli.base import JSON, WRITING, app
from coffeechat.cli.output import console, print_json, show_findings
from coffeechat.errors import UserError
from coffeechat.rules.checker_text import CODES

CHECK_HELP = (
    "Check a message or questions for the mistakes to avoid. Exit 0 clean, 1 findings.\n\n"
    "Each finding names its code, what to do instead and the words it is about. Codes: "
    + "; ".join(f"{code}: {what[:1].lower()}{what[1:]}" for code, what in CODES.items())
    + "."
)


def _read(source: str) -> str:
    """The text of a file, or of standard input (-), refused in one line when it is not
    UTF-8 text."""
    where = "standard input" if source == "-" else source
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        text.encode("utf-8")  # standard input may carry undecodable bytes as surrogates
    except FileNotFoundError:
        raise UserError(
            f"{source}: no such file; give a path, or - to read standard input"
        ) from None
    except (UnicodeDecodeError, UnicodeEncodeError) as error:
        raise UserError(
            f"{where}: not UTF-8 text (at position {error.start + 1}); save it as UTF-8"
        ) from None
    except OSError as error:
        raise UserError(f"{source}: cannot read it ({error.strerror})") from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise UserError(f"{where}, line {line}: a NUL character; this is not a text file, "
                        "save it as plain text")
    return text


@app.command(
    rich_help_panel=WRITING,
    help=CHECK_HELP,
    examples=[
        "coffeechat check message.txt",
        "coffeechat check questions.txt --kind question --json",
        "coffeechat check - < draft.txt",
    ],
)
def check(
    source: Annotated[str, typer.Argument(help="A file, or - for standard input.")] = "-",
    kind: Annotated[
        str, typer.Option(help="outreach: a message; question: one question per line.")
    ] = "outreach",
    as_json: JSON = False,
) -> None:
    """The mistake checker on a file or standard input (its help is CHECK_HELP)."""
    from coffeechat.rules.checker import check_message, check_questions, finding_data

    if kind not in ("outreach", "question"):
        raise UserError(f"unknown --kind {kind!r}: write outreach or question")
    text = _read(source)
    if kind == "question":
        questions = [line.strip() for line in text.splitlines() if line.strip()]
        findings = [finding_data(f, questions[f.line - 1]) for f in check_questions(questions)]
    else:
        findings = [finding_data(f, text) for f in check_message(text)]
    if as_json:
        print_json({"findings": findings})
    else:
        show_findings(findings, "question" if kind == "question" else "line")
        console().print(_summary(len(findings)))
    if findings:
        raise typer.Exit(1)


def _summary(count: int) -> str:
    if count == 0:
        return "No mistakes found."
    return f"{count} {'mistake' if count == 1 else 'mistakes'} to fix."
