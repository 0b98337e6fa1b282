"""Reading the date options every recording command shares."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from coffeechat.rules.dates import DateError, end_of, parse_day, parse_when

if TYPE_CHECKING:
    from coffeechat.people.models import Person
    from coffeechat.rules.timeline import Kind


def moment(text: str | None) -> datetime:
    """`--on WHEN`, or now (to the minute) when it is left out."""
    if text is None:
        return datetime.now().replace(second=0, microsecond=0)
    return parse_when(text)


def event_moment(
    text: str | None, who: Person, kind: Kind, also: Sequence[Person] = ()
) -> datetime:
    """`--on WHEN` of an event: a bare date counts in the order events are told (see
    `pipeline.services.moment_on_day`); without `--on`, now."""
    if text is None:
        return moment(None)
    try:
        day = parse_day(text)
    except DateError:
        return parse_when(text)
    from coffeechat.pipeline.services import moment_on_day

    return moment_on_day(who, day, kind, also)


def is_day(text: str) -> bool:
    """Whether WHEN is a date without a time."""
    try:
        parse_day(text)
    except DateError:
        return False
    return True


def optional(text: str | None) -> datetime | None:
    return parse_when(text) if text is not None else None


def deadline(text: str | None) -> datetime | None:
    """`--due WHEN`: a bare date means by the end of that day, not its first minute."""
    if text is None:
        return None
    try:
        return end_of(parse_day(text))
    except DateError:
        return parse_when(text)
