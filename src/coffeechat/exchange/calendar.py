"""`coffeechat calendar`: every meeting and every open deadline as an iCalendar file.

Meetings are timed events in the local time zone (with its VTIMEZONE), from the agreed
minutes, marked when held or called off; each open agenda item is an all-day event on
its deadline. UIDs come from the person's lasting uid, the meeting's number and the
item's kind: exporting again, or after a restore, updates the same entries in a
calendar instead of adding new ones.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User

from coffeechat.people.models import Person
from coffeechat.pipeline.agenda import today
from coffeechat.pipeline.models import Commitment, Event
from coffeechat.rules.agenda import Action
from coffeechat.rules.agenda_words import LABELS, next_command
from coffeechat.rules.meetings import Happened, Meeting, MeetingStatus, meetings
from coffeechat.rules.timeline import Kind

PRODUCT = "-//coffeechat//coffeechat calendar//EN"
DOMAIN = "coffeechat"


def local_zone() -> Any:
    """This machine's time zone (a zoneinfo zone, so daylight saving is right all year)."""
    from tzlocal import get_localzone

    return get_localzone()


def calendar_file(*, owner: User, now: datetime) -> bytes:
    """The user's meetings and open deadlines as an .ics file."""
    from icalendar import Calendar

    zone = local_zone()
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "coffeechat")
    people = {p.id: p for p in Person.objects.filter(owner=owner).select_related("organisation")}
    for person_id, found in _meetings(owner).items():
        for meeting in found:
            calendar.add_component(_meeting_event(people[person_id], meeting, zone, now))
    agenda, _ = today(owner=owner, at=now)
    commitments = _commitment_keys(owner)
    for action in (*agenda.items, *agenda.upcoming):
        person = people[action.person_id]
        about = people.get(action.about_id) if action.about_id is not None else None
        calendar.add_component(_deadline(action, person, about, commitments, now))
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def _meetings(owner: User) -> dict[int, list[Meeting]]:
    events: dict[int, list[Happened]] = {}
    rows = Event.objects.filter(conversation__owner=owner).values_list(
        "conversation__person_id", "kind", "at", "meeting_at", "minutes", "where"
    )
    for pid, kind, at, meeting_at, minutes, where in rows:
        events.setdefault(pid, []).append(Happened(Kind(kind), at, meeting_at, minutes, where))
    return {pid: meetings(found) for pid, found in events.items()}


def _org(person: Person) -> str:
    return person.organisation.name if person.organisation else ""


def _who(person: Person) -> str:
    return f"{person.name} ({_org(person)})" if _org(person) else person.name


def _meeting_event(person: Person, meeting: Meeting, zone: Any, now: datetime) -> Any:
    from icalendar import Event as CalendarEvent

    event = CalendarEvent()
    event.add("uid", f"{person.uid}-meeting-{meeting.number}@{DOMAIN}")
    event.add("dtstamp", now.replace(tzinfo=zone))
    event.add("sequence", meeting.moves)
    start = meeting.start.replace(tzinfo=zone)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=meeting.minutes))
    marks = {MeetingStatus.MET: " (met)", MeetingStatus.CANCELLED: " (cancelled)"}
    event.add("summary", f"Coffee chat: {_who(person)}{marks.get(meeting.status, '')}")
    if meeting.where:
        event.add("location", meeting.where)
        if meeting.where.startswith(("http://", "https://")):
            event.add("url", meeting.where)
    role = " at ".join(x for x in (person.title, _org(person)) if x)
    lines = [f"{person.name}" + (f", {role}" if role else "")]
    if meeting.status == MeetingStatus.PLANNED:
        lines += [f"{meeting.minutes} minutes agreed: keep to them.",
                  f"Prepare: coffeechat prep {person.id}"]
    elif meeting.status == MeetingStatus.MET and meeting.held_at is not None:
        lines += [f"Logged as met on {meeting.held_at:%Y-%m-%d}.",
                  f"What you learned: coffeechat show {person.id}"]
    else:
        lines.append("Cancelled: they declined, or you moved on.")
    event.add("description", "\n".join(lines))
    status = {MeetingStatus.CANCELLED: "CANCELLED"}.get(meeting.status, "CONFIRMED")
    event.add("status", status)
    event.add("categories", ["coffeechat", meeting.status.value])
    return event


def _commitment_keys(owner: User) -> dict[int, str]:
    """A promise's lasting key: when it was made and what it says (ids change on restore)."""
    rows = Commitment.objects.filter(conversation__owner=owner).values_list("id", "made_at", "text")
    return {
        cid: hashlib.sha1(f"{made:%Y%m%dT%H%M}|{text}".encode()).hexdigest()[:12]
        for cid, made, text in rows
    }


def _deadline(
    action: Action,
    person: Person,
    about: Person | None,
    commitments: dict[int, str],
    now: datetime,
) -> Any:
    from icalendar import Event as CalendarEvent

    parts = [action.kind.value, str(person.uid)]
    if about is not None:
        parts.append(str(about.uid))
    if action.commitment_id is not None:
        parts.append(commitments.get(action.commitment_id, str(action.commitment_id)))
    event = CalendarEvent()
    event.add("uid", "-".join(parts) + f"@{DOMAIN}")
    event.add("dtstamp", now.replace(tzinfo=local_zone()))
    event.add("dtstart", action.due.date())
    event.add("dtend", action.due.date() + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a deadline does not make you busy
    label = LABELS.get(action.kind.value, action.kind.value)
    who = person.name + (f" ({about.name})" if about else "")
    event.add("summary", f"{label[:1].upper()}{label[1:]}: {who}")
    item = {"kind": action.kind.value, "person_id": person.id,
            "about_id": about.id if about else None}
    command = next_command(item)
    due = f"Due {action.due:%a %d %b %Y %H:%M}. "
    description = due + action.told + (f"\n→ {command}" if command else "")
    event.add("description", description)
    event.add("categories", ["coffeechat", "deadline"])
    return event
