"""The meetings a calendar shows, folded from a conversation's events."""

from __future__ import annotations

from datetime import datetime

from coffeechat.rules.meetings import Happened, MeetingStatus, meetings
from coffeechat.rules.timeline import Kind


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def scheduled(on: str, meeting: str, minutes: int | None = 20) -> Happened:
    return Happened(Kind.SCHEDULED, at(on), at(meeting), minutes, "video call")


def test_a_rescheduled_meeting_is_the_same_meeting_moved() -> None:
    (meeting,) = meetings([
        scheduled("2026-11-02 09:00", "2026-11-10 15:00"),
        scheduled("2026-11-05 09:00", "2026-11-12 10:00", 30),
    ])
    assert (meeting.number, meeting.start, meeting.minutes, meeting.moves) == (
        1, at("2026-11-12 10:00"), 30, 1)


def test_a_held_meeting_is_marked_met_and_the_next_one_is_another() -> None:
    first, second = meetings([
        scheduled("2026-11-02 09:00", "2026-11-10 15:00"),
        Happened(Kind.MET, at("2026-11-10 15:00")),
        scheduled("2026-11-20 09:00", "2027-01-15 15:00", None),
    ])
    assert (first.status, second.number, second.minutes) == (MeetingStatus.MET, 2, 20)


def test_a_meeting_they_declined_is_cancelled() -> None:
    (meeting,) = meetings([
        scheduled("2026-11-02 09:00", "2026-11-10 15:00"),
        Happened(Kind.DECLINED, at("2026-11-04 09:00")),
    ])
    assert meeting.status == MeetingStatus.CANCELLED


def test_a_schedule_logged_after_the_meeting_adds_nothing() -> None:
    (meeting,) = meetings([
        scheduled("2026-11-02 09:00", "2026-11-10 15:00"),
        Happened(Kind.MET, at("2026-11-10 15:00")),
        scheduled("2026-11-11 09:00", "2026-11-10 15:00"),
    ])
    assert meeting.status == MeetingStatus.MET
