"""Reading the date options every recording command shares."""

from __future__ import annotations

from datetime import datetime

from coffeechat.rules.dates import parse_when


def moment(text: str | None) -> datetime:
    """`--on WHEN`, or now (to the minute) when it is left out."""
    if text is None:
        return datetime.now().replace(second=0, microsecond=0)
    return parse_when(text)


def optional(text: str | None) -> datetime | None:
    return parse_when(text) if text is not None else None
