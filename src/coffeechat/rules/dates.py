"""Dates as the user writes them, and the calendar arithmetic the rules need."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache

FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d")
HINT = "write YYYY-MM-DD or YYYY-MM-DD HH:MM, e.g. 2026-11-22 or 2026-11-22 14:30"


class DateError(ValueError):
    """A date the user wrote that we cannot read."""


# Years a job search can be dated in; beyond them a date is a typo (and, near 9999, the
# agenda's look-ahead would overflow).
YEARS = range(1900, 3000)


def parse_when(text: str) -> datetime:
    """Read a local date or date-and-time; a bare date means the start of that day."""
    cleaned = text.strip()
    for fmt in FORMATS:
        try:
            return _in_range(datetime.strptime(cleaned, fmt), text)
        except ValueError as error:
            if isinstance(error, DateError):
                raise
            continue
    raise DateError(f"cannot read the date {text!r}: {HINT}")


def parse_day(text: str) -> date:
    try:
        day = datetime.strptime(text.strip(), "%Y-%m-%d")
    except ValueError:
        raise DateError(
            f"cannot read the day {text!r}: write YYYY-MM-DD, e.g. 2026-11-22"
        ) from None
    return _in_range(day, text).date()


def _in_range(moment: datetime, text: str) -> datetime:
    if moment.year not in YEARS:
        raise DateError(
            f"the date {text!r} is out of range: write a year from {YEARS.start} to "
            f"{YEARS.stop - 1}, e.g. 2026-11-22"
        )
    return moment


def end_of(day: date) -> datetime:
    """The last moment of a day: "the agenda as it stands at the end of DATE"."""
    return datetime.combine(day, time.max)


def start_of(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time.min)


def add_business_days(moment: datetime, days: int) -> datetime:
    """Move forward by working days (Monday to Friday), keeping the time of day."""
    result = moment
    left = days
    while left > 0:
        result += timedelta(days=1)
        if result.weekday() < 5:
            left -= 1
    return result


def stamp(moment: datetime) -> str:
    """The stable text form of a moment in JSON output."""
    return moment.isoformat(timespec="minutes")


def human(moment: datetime) -> str:
    """'Mon 23 Nov 2026', with ' 14:30' unless it is midnight. Each day's text is made
    once: strftime costs more than a whole agenda rule, and a big agenda names the same
    few hundred days thousands of times."""
    day = _day(moment.date())
    if moment.time() == time.min:
        return day
    return f"{day} {moment.hour:02d}:{moment.minute:02d}"


@lru_cache(maxsize=4096)
def _day(day: date) -> str:
    return day.strftime("%a %d %b %Y")
