"""What a row of a contacts file says about one person, or what is wrong with it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

# The shape of an address, as a reader of a contacts file can check it without Django:
# something, one @, a domain with a dot, no spaces.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


class Format(StrEnum):
    """The files `coffeechat import` reads (`--format`)."""

    LINKEDIN = "linkedin"
    GOOGLE = "google"
    OUTLOOK = "outlook"
    VCARD = "vcard"
    CSV = "csv"  # coffeechat's own columns: `coffeechat export --format csv`, or a sheet
    CALENDAR = "ics"


@dataclass
class Contact:
    """One person as a file tells it; empty strings for what it does not say."""

    line: int  # where the row (or card) starts in the file, counting from 1
    name: str
    emails: list[str] = field(default_factory=list)
    organisation: str = ""
    past_organisations: list[str] = field(default_factory=list)  # where they worked before
    title: str = ""
    linkedin_url: str = ""
    phone: str = ""
    location: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    connected_on: date | None = None
    uid: str = ""
    source: str = ""  # a coffeechat source ("linkedin"), when the file says


@dataclass(frozen=True)
class RowError:
    """Why a row cannot be imported: the line it starts on and the field at fault."""

    line: int
    field: str
    reason: str

    def where(self, file: str) -> str:
        column = f", {self.field}" if self.field else ""
        return f"{file}, line {self.line}{column}: {self.reason}"


@dataclass
class Reading:
    """Everything a file gave: the contacts, the broken rows, and rows that name nobody."""

    format: Format
    contacts: list[Contact] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    nameless: list[RowError] = field(default_factory=list)


class FileError(ValueError):
    """The file as a whole cannot be read (not a contacts file, no header, ...); `plain`
    says it without the command line's options (for the web page)."""

    def __init__(self, message: str, *, plain: str | None = None) -> None:
        super().__init__(message)
        self.plain = plain or message


def split_values(cell: str, separator: str = " ::: ") -> list[str]:
    """Google writes several values in one cell: "a@x.org ::: b@y.org"."""
    return [v.strip() for v in cell.split(separator) if v.strip()]


def email_problem(address: str) -> str | None:
    """What is wrong with an address, or None when it reads as one."""
    if _EMAIL.fullmatch(address):
        return None
    return f"{address!r} is not an e-mail address: write it as name@example.org, or leave it empty"


def english_date(text: str) -> date:
    """LinkedIn's dates, "12 Mar 2024" (also "12-Mar-2024" and ISO "2024-03-12");
    ValueError for anything else."""
    parts = text.replace("-", " ").split()
    if len(parts) == 3:
        if parts[0].isdigit() and len(parts[0]) == 4:  # 2024-03-12
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        month = _MONTHS.get(parts[1][:3].casefold())
        if month is not None and parts[0].isdigit() and parts[2].isdigit():
            return date(int(parts[2]), month, int(parts[0]))
    raise ValueError(text)


ORGANISATION_CHARS = 200  # as the Organisation model holds a name


def past_organisations(
    names: list[str], line: int, field: str, separator: str
) -> tuple[list[str], list[RowError]]:
    """Past organisations as a file gives them, each once (ignoring case and spacing),
    and a row error for a name too long to be one (a list with the wrong separator)."""
    kept: list[str] = []
    errors: list[RowError] = []
    for written in names:
        name = " ".join(written.split())
        if len(name) > ORGANISATION_CHARS:
            errors.append(RowError(
                line, field, f"{name[:40]!r}... is {len(name)} characters, more than an "
                f"organisation's {ORGANISATION_CHARS}: separate organisations with {separator}"))
        elif name and name.casefold() not in {k.casefold() for k in kept}:
            kept.append(name)
    return kept, errors


def joined(*parts: str, separator: str = " ") -> str:
    return separator.join(p.strip() for p in parts if p and p.strip())
