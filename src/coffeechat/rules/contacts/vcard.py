"""vCard files (3.0 and 4.0, also the 2.1 lines phones still write), one card or many,
read with vobject: folded lines, quoted-printable, UTF-8. Photos, logos and sounds are
dropped before parsing: they are not kept, and a truncated one must not sink a card."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

from coffeechat.rules.contacts.record import (
    Contact,
    Format,
    Reading,
    RowError,
    email_problem,
    joined,
    past_organisations,
)

SKIPPED = ("PHOTO", "LOGO", "SOUND", "KEY")
SOURCE_PROPERTY = "X-COFFEECHAT-SOURCE"
CONNECTED_PROPERTY = "X-COFFEECHAT-CONNECTED-ON"
# vCard has no property for an organisation someone worked at before (ORG is the current
# one): coffeechat writes each on a line of its own, and reads them back.
PAST_PROPERTY = "X-COFFEECHAT-PAST-ORG"


def looks_like_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \r\n\t")[:11].upper() == "BEGIN:VCARD"


def _cards(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each card's logical lines (unfolded), with the line its BEGIN is on."""
    from vobject.base import getLogicalLines

    starts = iter(
        number
        for number, line in enumerate(io.StringIO(text, newline=""), 1)
        if line.strip().upper() == "BEGIN:VCARD"
    )
    card: list[str] | None = None
    start = 0
    for line, _ in getLogicalLines(io.StringIO(text.lstrip("\ufeff")), allowQP=True):
        word = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if line.strip().upper() == "BEGIN:VCARD":
            card, start = [line], next(starts, start + 1)
        elif card is not None:
            if word not in SKIPPED:
                card.append(line)
            if line.strip().upper() == "END:VCARD":
                yield start, card
                card = None
    if card is not None:
        yield start, card  # no END: vobject says what is missing


def read_vcards(text: str) -> Reading:
    import vobject

    reading = Reading(Format.VCARD)
    for line, lines in _cards(text):
        try:
            card = vobject.readOne("\r\n".join(lines) + "\r\n", allowQP=True)
        except Exception as error:  # vobject raises bare ValueErrors, binascii errors, ...
            reading.errors.append(RowError(line, "", f"not a readable vCard ({error})"))
            continue
        contact, errors = _contact(line, card)
        if errors:
            reading.errors.extend(errors)
        elif contact.name:
            reading.contacts.append(contact)
        else:
            reading.nameless.append(RowError(line, "FN", "no name: the card is left out"))
    if not reading.contacts and not reading.errors and not reading.nameless:
        reading.errors.append(RowError(1, "", "no BEGIN:VCARD ... END:VCARD card in the file"))
    return reading


def _values(card: Any, name: str) -> list[Any]:
    return [line.value for line in card.contents.get(name.lower(), [])]


def _text(value: Any) -> str:
    if isinstance(value, list):
        return joined(*(str(v) for v in value), separator=", ")
    return " ".join(str(value).split()) if value is not None else ""


def _contact(line: int, card: Any) -> tuple[Contact, list[RowError]]:
    errors = []
    emails: list[str] = []
    for address in (_text(v) for v in _values(card, "email")):
        address = address.removeprefix("mailto:")
        problem = email_problem(address)
        if problem:
            errors.append(RowError(line, "EMAIL", problem))
        elif address and address not in emails:
            emails.append(address)
    orgs = _values(card, "org")
    org = orgs[0] if orgs else ""
    urls = [_text(v) for v in _values(card, "url") + _values(card, "x-socialprofile")]
    contact = Contact(
        line,
        _name(card),
        emails,
        organisation=(org[0] if isinstance(org, list) and org else _text(org)).strip(),
        title=next(iter(_text(v) for v in _values(card, "title")), ""),
        linkedin_url=next((u for u in urls if "linkedin." in u.lower()), ""),
        phone=next(iter(_text(v).removeprefix("tel:") for v in _values(card, "tel")), ""),
        location=_location(card),
        notes="\n".join(str(v).strip() for v in _values(card, "note") if str(v).strip()),
        tags=[t.strip().lower() for v in _values(card, "categories") for t in _list(v)],
        uid=next(iter(_text(v) for v in _values(card, "uid")), ""),
        source=next(iter(_text(v) for v in _values(card, SOURCE_PROPERTY)), ""),
    )
    contact.past_organisations, wrong = past_organisations(
        [_text(v) for v in _values(card, PAST_PROPERTY)], line, PAST_PROPERTY,
        f"one {PAST_PROPERTY} line each")
    errors += wrong
    for written in (_text(v) for v in _values(card, CONNECTED_PROPERTY)):
        try:
            contact.connected_on = date.fromisoformat(written)
        except ValueError:
            errors.append(RowError(line, CONNECTED_PROPERTY, f"{written!r} is not a date: "
                                   "write it as YYYY-MM-DD"))
    return contact, errors


def _list(value: Any) -> list[str]:
    items = value if isinstance(value, list) else str(value).split(",")
    return [str(i) for i in items if str(i).strip()]


def _name(card: Any) -> str:
    written = next(iter(_text(v) for v in _values(card, "fn")), "")
    if written:
        return written
    for n in _values(card, "n"):
        if not hasattr(n, "given"):
            return _text(n)
        parts = [n.prefix, n.given, n.additional, n.family, n.suffix]
        return " ".join(joined(*(_text(p) for p in parts)).split())
    return ""


def _location(card: Any) -> str:
    for address in _values(card, "adr"):
        if hasattr(address, "city"):
            return joined(_text(address.city), _text(address.region), _text(address.country),
                          separator=", ")
    return ""
