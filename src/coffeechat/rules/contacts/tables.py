"""A contacts CSV's rows as contacts, through its format's columns (`formats.py`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from coffeechat.rules.contacts.csvfile import Row, find_table
from coffeechat.rules.contacts.formats import CsvFormat, csv_format_of
from coffeechat.rules.contacts.record import (
    Contact,
    FileError,
    Format,
    Reading,
    RowError,
    email_problem,
    english_date,
    joined,
    past_organisations,
    split_values,
)

# Google's own groups, not labels the user gave.
SYSTEM_LABELS = ("* ", "System Group:")


@dataclass(frozen=True)
class _Columns:
    """Where each field is in this file's header."""

    header: list[str]
    at: dict[str, int]
    emails: list[int]
    websites: list[int]
    phones: list[int]


def read_csv(
    text: str, wanted: Format | None = None, progress: Callable[[int], None] | None = None
) -> Reading:
    """Every row of a contacts CSV (LinkedIn, Google or Outlook; `wanted` insists on one)."""
    table = find_table(text, lambda cells: csv_format_of(cells, wanted) is not None)
    kind = csv_format_of(table.header, wanted)
    assert kind is not None  # find_table accepted the header
    header = table.header
    columns = _Columns(
        header,
        {name: i for i, name in reversed(list(enumerate(header)))},
        kind.columns(header, kind.emails),
        kind.columns(header, kind.websites),
        kind.columns(header, kind.phones),
    )
    reading = Reading(kind.format)
    for count, row in enumerate(table.rows, 1):
        if progress is not None and count % 1000 == 0:
            progress(count)
        if len(row.cells) != len(header):
            reading.errors.append(_width_error(row, len(header)))
            continue
        contact, errors = _contact(kind, columns, row)
        if errors:
            reading.errors.extend(errors)
        elif not contact.name:
            reading.nameless.append(RowError(row.line, "", "no name: the row is left out"))
        else:
            reading.contacts.append(contact)
    return reading


def _width_error(row: Row, width: int) -> RowError:
    many = "too many" if len(row.cells) > width else "too few"
    return RowError(
        row.line,
        "",
        f"{len(row.cells)} fields where the header has {width} ({many}): a value holding a "
        'comma or a line break must be in double quotes ("Acme, Inc.")',
    )


def _contact(kind: CsvFormat, columns: _Columns, row: Row) -> tuple[Contact, list[RowError]]:
    cells = row.cells

    def raw(name: str) -> str:
        i = columns.at.get(name) if name else None
        return cells[i].strip() if i is not None else ""

    def cell(name: str) -> str:
        text = raw(name)
        return split_values(text, kind.multi)[0] if kind.multi and text else text

    def many(indexes: list[int], separator: str = kind.multi) -> list[str]:
        values: list[str] = []
        for i in indexes:
            text = cells[i].strip()
            values += split_values(text, separator) if separator else [text] if text else []
        return values

    errors: list[RowError] = []
    emails = []
    for i in columns.emails:
        for address in many([i]):
            if address.lower().startswith("/o="):
                continue  # Outlook's Exchange directory entry ("E-mail Type" EX): no address
            problem = email_problem(address)
            if problem:
                errors.append(RowError(row.line, columns.header[i], problem))
            elif address not in emails:
                emails.append(address)
    contact = Contact(
        row.line,
        _name(kind, cell),
        emails,
        organisation=cell(kind.organisation),
        title=cell(kind.title),
        linkedin_url=next((w for w in many(columns.websites) if "linkedin." in w.lower()), ""),
        phone=next(iter(many(columns.phones)), ""),
        location=joined(*(cell(c) for c in kind.location), separator=", "),
        notes=raw(kind.notes),
        tags=_tags(raw(kind.tags), kind.multi),
        source=kind.source,
    )
    column = columns.at.get(kind.past_organisations) if kind.past_organisations else None
    if column is not None:
        contact.past_organisations, wrong = past_organisations(
            many([column]), row.line, kind.past_organisations, repr(kind.multi))
        errors += wrong
    if kind.connected_on and cell(kind.connected_on):
        written = cell(kind.connected_on)
        try:
            contact.connected_on = english_date(written)
        except ValueError:
            errors.append(
                RowError(
                    row.line,
                    kind.connected_on,
                    f"{written!r} is not a date: write it as LinkedIn does, e.g. 12 Mar 2024",
                )
            )
    return contact, errors


def _name(kind: CsvFormat, cell: Callable[[str], str]) -> str:
    parts = joined(cell(kind.first), cell(kind.middle), cell(kind.last))
    return " ".join((parts or cell(kind.full)).split())


def _tags(text: str, separator: str) -> list[str]:
    labels = split_values(text, separator) if separator else ([text] if text else [])
    return [
        label.strip().lower()
        for label in labels
        if label.strip() and not label.startswith(SYSTEM_LABELS)
    ]


def unreadable(name: str, wanted: Format | None = None) -> FileError:
    if wanted is not None:
        return FileError(
            f"{name} is not a {wanted} contacts export: none of its first lines is a "
            f"{wanted} header; leave out --format to have the format detected"
        )
    return FileError(
        f"{name} is not a contacts export coffeechat knows: give --format linkedin, google, "
        "outlook, vcard or csv (coffeechat's own columns), or export again (see the README, "
        "Bring your contacts)",
        plain=f"{name} is not a contacts export read here: export your contacts again from "
        "LinkedIn (Connections.csv), Google or Outlook (CSV), as a vCard file, or as "
        "coffeechat's own CSV",
    )
