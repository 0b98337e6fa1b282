"""A conversation's meetings, as a calendar shows them: each agreed meeting once, moved
when it is rescheduled, marked when it was held or called off."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from coffeechat.rules.timeline import DEFAULT_MEETING_MINUTES, Kind


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    MET = "met"
    CANCELLED = "cancelled"  # they declined, or you moved on, before it was held


class Happened(NamedTuple):
    """One event of the conversation, with what a `scheduled` one agreed."""

    kind: Kind
    at: datetime
    meeting_at: datetime | None = None
    minutes: int | None = None
    where: str = ""


@dataclass
class Meeting:
    number: int  # 1 for the first meeting with this person: part of its lasting UID
    start: datetime
    minutes: int
    where: str
    status: MeetingStatus = MeetingStatus.PLANNED
    moves: int = 0  # how often it was rescheduled: the calendar's SEQUENCE
    held_at: datetime | None = None


def meetings(events: Sequence[Happened]) -> list[Meeting]:
    """Every meeting agreed with one person, oldest first. A `scheduled` logged while a
    meeting is still open moves that meeting; one dated on or before the day of a
    meeting already held was recorded after the fact and adds nothing."""
    found: list[Meeting] = []
    for event in sorted(events, key=lambda e: e.at):
        last = found[-1] if found else None
        is_open = last is not None and last.status == MeetingStatus.PLANNED
        if event.kind == Kind.SCHEDULED and event.meeting_at is not None:
            if last is not None and last.held_at is not None and (
                event.meeting_at.date() <= last.held_at.date()
            ):
                continue
            minutes = event.minutes or DEFAULT_MEETING_MINUTES
            if is_open and last is not None:
                last.start, last.minutes, last.where = event.meeting_at, minutes, event.where
                last.moves += 1
            else:
                found.append(Meeting(len(found) + 1, event.meeting_at, minutes, event.where))
        elif is_open and last is not None and event.kind == Kind.MET:
            last.status, last.held_at = MeetingStatus.MET, event.at
        elif is_open and last is not None and event.kind in (Kind.DECLINED, Kind.NO_RESPONSE):
            last.status = MeetingStatus.CANCELLED
    return found
