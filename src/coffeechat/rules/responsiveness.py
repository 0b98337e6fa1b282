"""How a person answers: quick, slow or never, from the time between my message and
their reply across their timeline (an unknown when I never wrote to them)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from coffeechat.rules.timeline import Kind

QUICK_DAYS = 3.0  # a median reply within this is quick
NEVER_DAYS = 14  # a message left this long without a reply counts as never answered
# My messages: each opens a wait that the next reply closes.
MINE = frozenset({Kind.CONTACTED, Kind.FOLLOWED_UP, Kind.INTRO_REQUESTED})
# Their answers: a meeting or a decline needs a reply, logged or not.
THEIRS = frozenset({Kind.REPLIED, Kind.SCHEDULED, Kind.MET, Kind.DECLINED})


class Answers(StrEnum):
    QUICK = "quick"
    SLOW = "slow"
    NEVER = "never"
    UNKNOWN = "unknown"


def reply_days(events: Iterable[tuple[Kind, datetime]]) -> tuple[list[float], datetime | None]:
    """The days each reply took (from the first message it answered), and when my last
    unanswered message was sent."""
    waits: list[float] = []
    waiting: datetime | None = None
    for kind, at in sorted(events, key=lambda e: e[1]):
        if kind in MINE and waiting is None:
            waiting = at
        elif kind in THEIRS and waiting is not None:
            waits.append((at - waiting).total_seconds() / 86400)
            waiting = None
    return waits, waiting


def answers(events: Iterable[tuple[Kind, datetime]], now: datetime) -> Answers:
    events = list(events)
    waits, waiting = reply_days(events)
    if waits:
        return Answers.QUICK if statistics.median(waits) <= QUICK_DAYS else Answers.SLOW
    gave_up = any(kind == Kind.NO_RESPONSE for kind, _ in events)
    if gave_up or (waiting is not None and (now - waiting).days >= NEVER_DAYS):
        return Answers.NEVER
    return Answers.UNKNOWN
