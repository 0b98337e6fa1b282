"""Reading the date options every recording command shares, and what a date without a
time means for each: an event counts in the order told, a deadline runs to the end of
its day, a meeting needs its time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from coffeechat import clock
from coffeechat.errors import UserError
from coffeechat.rules.dates import DateError, end_of, parse_day, parse_when

if TYPE_CHECKING:
    from coffeechat.people.models import Person
    from coffeechat.rules.timeline import Kind


def moment(text: str | None) -> datetime:
    """`--on WHEN`, or now (to the minute) when it is left out."""
    if text is None:
        return clock.now().replace(second=0, microsecond=0)
    return parse_when(text)


def day_only(text: str | None) -> date | None:
    """The day, when WHEN is a date without a time."""
    if text is None:
        return None
    try:
        return parse_day(text)
    except DateError:
        return None


def until(text: str | None) -> datetime | None:
    """`postponed --until DATE`: from the start of that day (a time may be given too)."""
    day = day_only(text)
    if day is not None:
        return datetime.combine(day, datetime.min.time())
    return moment(text) if text is not None else None


def is_day(text: str) -> bool:
    """Whether WHEN is a date without a time."""
    return day_only(text) is not None


def event_moment(
    text: str | None, who: Person, kind: Kind, also: Sequence[Person] = ()
) -> datetime:
    """`--on WHEN` of an event: a bare date counts in the order events are told (see
    `pipeline.services.moment_on_day`); without `--on`, now."""
    day = day_only(text)
    if day is None:
        return moment(text)
    from coffeechat.pipeline.services import moment_on_day

    return moment_on_day(who, day, kind, also)


def landing_moment(text: str | None, owner: Any) -> datetime:
    """`landed --on WHEN`: a bare date comes after that day's events (see
    `pipeline.services.landing_on_day`); without `--on`, now."""
    day = day_only(text)
    if day is None:
        return moment(text)
    from coffeechat.pipeline.services import landing_on_day

    return landing_on_day(owner, day)


def meeting(text: str | None) -> datetime | None:
    """`scheduled --at WHEN`: a meeting needs its time of day."""
    if text is not None and is_day(text):
        raise UserError(f'--at needs the time too, e.g. --at "{text.strip()} 14:00"',
                        plain=f"the meeting needs the time too, e.g. {text.strip()} 14:00",
                        field="at")
    return parse_when(text) if text is not None else None


def deadline(text: str | None) -> datetime | None:
    """`--due WHEN`: a bare date means by the end of that day, not its first minute."""
    day = day_only(text)
    if day is not None:
        return end_of(day)
    return parse_when(text) if text is not None else None
