"""`coffeechat calendar`: meetings and deadlines any calendar reads, with lasting UIDs."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from tests.cli.helpers import run

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def calendar() -> Any:
    return Calendar.from_ical(run("calendar"))


def events(cal: Any) -> dict[str, Any]:
    return {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def meeting_with_dana() -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid")
    run("log", "Dana Whitfield", "scheduled", "--on", "2026-11-20", "--at", "2026-11-27 15:00",
        "--minutes", "25", "--where", "https://meet.example.com/dana")


def test_a_scheduled_meeting_is_a_timed_event_in_the_local_zone() -> None:
    meeting_with_dana()
    event = events(calendar())["Coffee chat: Dana Whitfield (Verdant Grid)"]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.tzinfo is not None
    assert start.astimezone().replace(tzinfo=None) == datetime(2026, 11, 27, 15, 0)
    assert end - start == timedelta(minutes=25)
    assert str(event["LOCATION"]) == "https://meet.example.com/dana"
    assert "coffeechat prep " in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"


def test_open_deadlines_are_all_day_events() -> None:
    meeting_with_dana()
    due = [e for e in calendar().walk("VEVENT") if "deadline" in str(e["CATEGORIES"].to_ical())]
    assert [str(e["SUMMARY"]) for e in due] == [
        "Prepare: Dana Whitfield",  # the day before, by the meeting
        "Debrief: Dana Whitfield",  # once it has ended, by the next day
    ]
    days = [e.decoded("DTSTART") for e in due]
    assert not any(isinstance(day, datetime) for day in days)
    assert [day.isoformat() for day in days] == ["2026-11-27", "2026-11-28"]
    assert str(due[0]["DESCRIPTION"]).startswith("Due Fri 27 Nov 2026 15:00.")


def test_uids_stay_when_exported_again_rescheduled_or_restored(tmp_path: Path) -> None:
    meeting_with_dana()
    first = {str(e["UID"]) for e in calendar().walk("VEVENT")}
    assert {str(e["UID"]) for e in calendar().walk("VEVENT")} == first
    run("log", "Dana Whitfield", "scheduled", "--on", "2026-11-21", "--at", "2026-11-28 10:00")
    moved = events(calendar())["Coffee chat: Dana Whitfield (Verdant Grid)"]
    assert str(moved["UID"]) in first and int(moved["SEQUENCE"]) == 1
    backup = tmp_path / "b.json"
    run("backup", str(backup))
    run("restore", str(backup), "--replace", "--yes")
    assert str(moved["UID"]) in {str(e["UID"]) for e in calendar().walk("VEVENT")}


def test_met_and_cancelled_meetings_are_marked() -> None:
    meeting_with_dana()
    run("log", "Dana Whitfield", "met", "--on", "2026-11-27 15:00")
    run("add", "Lee Chen")
    run("log", "Lee Chen", "scheduled", "--on", "2026-11-20", "--at", "2026-11-30 10:00")
    run("log", "Lee Chen", "declined", "--on", "2026-11-22")
    found = events(Calendar.from_ical(run("calendar")))
    assert "Coffee chat: Dana Whitfield (Verdant Grid) (met)" in found
    assert str(found["Coffee chat: Lee Chen (cancelled)"]["STATUS"]) == "CANCELLED"


def test_it_writes_a_file(tmp_path: Path) -> None:
    meeting_with_dana()
    out = tmp_path / "coffeechat.ics"
    assert "Wrote" in run("calendar", "--out", str(out))
    assert Calendar.from_ical(out.read_bytes()).walk("VEVENT")
