"""Which kind of file this is, when the user does not say, and reading it as that."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from coffeechat.rules.contacts.csvfile import decode
from coffeechat.rules.contacts.invitation import looks_like_calendar
from coffeechat.rules.contacts.record import FileError, Format, Reading
from coffeechat.rules.contacts.tables import read_csv, unreadable
from coffeechat.rules.contacts.vcard import looks_like_vcard, read_vcards

SUFFIXES = {".vcf": Format.VCARD, ".vcard": Format.VCARD, ".ics": Format.CALENDAR}


def format_of(text: str, name: str) -> Format | None:
    """The format a file's first bytes (or else its suffix) say; None for a CSV, whose
    header tells which export it is."""
    if looks_like_vcard(text):
        return Format.VCARD
    if looks_like_calendar(text):
        return Format.CALENDAR
    return SUFFIXES.get(PurePath(name).suffix.lower())


def read_contacts(
    text: str,
    *,
    name: str,
    wanted: Format | None = None,
    progress: Callable[[int], None] | None = None,
) -> Reading:
    """Every contact of a LinkedIn, Google, Outlook or vCard file (calendar files are
    read by `invitation.read_invitations`)."""
    kind = wanted or format_of(text, name)
    if kind == Format.VCARD:
        if not looks_like_vcard(text):
            raise FileError(f"{name} is not a vCard file (it does not start with BEGIN:VCARD)")
        return read_vcards(text)
    if kind == Format.CALENDAR:
        raise FileError(f"{name} is a calendar file: it is read as invitations")
    try:
        return read_csv(text, kind, progress)
    except FileError:
        raise unreadable(name, wanted) from None


__all__ = ["decode", "format_of", "read_contacts"]
