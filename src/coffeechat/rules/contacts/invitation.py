"""A calendar invitation (.ics) someone sent: when, how long, where, and who is in it,
read with the icalendar library, in local wall-clock time as coffeechat stores moments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from coffeechat.rules.contacts.record import FileError
from coffeechat.rules.matching import Identity, Index, MatchedBy, email_key, find_same

DEFAULT_MINUTES = 30  # an invitation without an end, as calendars assume


@dataclass(frozen=True)
class Invitation:
    """One meeting offered in the file."""

    line: int
    summary: str
    start: datetime  # local, naive
    minutes: int
    where: str
    organiser: tuple[str, str]  # (name, e-mail)
    attendees: tuple[tuple[str, str], ...] = ()
    stamped: datetime | None = None  # when it was sent
    cancelled: bool = False
    uid: str = ""
    people: tuple[tuple[str, str], ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "people", (self.organiser, *self.attendees))


def looks_like_calendar(text: str) -> bool:
    return text.lstrip("\ufeff \r\n\t")[:15].upper() == "BEGIN:VCALENDAR"


def local(moment: date | datetime) -> datetime:
    """A calendar moment as local wall-clock time: an aware time converted to this
    machine's zone, a floating one as written, a bare day at its start."""
    if not isinstance(moment, datetime):
        return datetime(moment.year, moment.month, moment.day)
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def _address(prop: Any) -> tuple[str, str]:
    if prop is None:
        return ("", "")
    email = str(prop).strip()
    email = email[7:] if email.lower().startswith("mailto:") else email
    name = str(prop.params.get("CN", "")).strip().strip('"') if hasattr(prop, "params") else ""
    return (name, email)


def read_invitations(text: str) -> list[Invitation]:
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as error:
        raise FileError(f"not a readable calendar file ({error})") from None
    method = str(calendar.get("METHOD", "")).upper()
    starts = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == "BEGIN:VEVENT"]
    found = []
    for number, event in enumerate(calendar.walk("VEVENT")):
        if event.get("DTSTART") is None:
            raise FileError("an event without a start (DTSTART)")
        start = local(event.decoded("DTSTART"))
        if event.get("DTEND") is not None:
            minutes = int((local(event.decoded("DTEND")) - start) / timedelta(minutes=1))
        elif event.get("DURATION") is not None:
            minutes = int(event.decoded("DURATION") / timedelta(minutes=1))
        else:
            minutes = DEFAULT_MINUTES
        attendees = event.get("ATTENDEE", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        stamp = event.get("DTSTAMP")
        found.append(
            Invitation(
                starts[number] if number < len(starts) else 1,
                str(event.get("SUMMARY", "")).strip(),
                start,
                minutes,
                str(event.get("LOCATION", "") or event.get("URL", "")).strip(),
                _address(event.get("ORGANIZER")),
                tuple(_address(a) for a in attendees),
                local(stamp.dt) if stamp is not None else None,
                method == "CANCEL" or str(event.get("STATUS", "")).upper() == "CANCELLED",
                str(event.get("UID", "")),
            )
        )
    if not found:
        raise FileError("no meeting (VEVENT) in the calendar file")
    return found


def invited_person(
    invitation: Invitation, index: Index, own_emails: Iterable[str]
) -> tuple[int | str, MatchedBy] | None:
    """Who, among the people known, sent or shares the invitation: by an e-mail address
    first (the organiser's, then the attendees'), then by name. The user's own addresses
    are not them."""
    mine = {email_key(e) for e in own_emails if e}
    others = [(n, e) for n, e in invitation.people if email_key(e) not in mine]
    for _, email in others:
        found = find_same(index, Identity("invitation", "", emails=(email,))) if email else None
        if found is not None:
            return found
    for name, _ in others:
        found = find_same(index, Identity("invitation", name)) if name else None
        if found is not None:
            return found
    return None
