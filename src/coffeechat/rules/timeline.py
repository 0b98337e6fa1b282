"""What a conversation's events add up to: its stage and the moments the rules need.

Nothing here is stored: the stage is folded from the events every time, so it cannot
drift from what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from operator import attrgetter
from typing import NamedTuple


class Kind(StrEnum):
    """Every event a conversation can record, in the user's words."""

    INTRO_REQUESTED = "intro-requested"
    INTRODUCED = "introduced"
    CONTACTED = "contacted"
    FOLLOWED_UP = "followed-up"
    REPLIED = "replied"
    DECLINED = "declined"
    NO_RESPONSE = "no-response"
    SCHEDULED = "scheduled"
    PREPARED = "prepared"
    MET = "met"
    THANKED = "thanked"
    CHECKED_IN = "checked-in"
    POSTPONED = "postponed"
    UPDATED_REFERRER = "updated-referrer"
    ANNOUNCED = "announced"


class Stage(StrEnum):
    IDENTIFIED = "identified"
    INTRO_REQUESTED = "intro requested"
    INTRODUCED = "introduced"
    CONTACTED = "contacted"
    FOLLOWED_UP = "followed up"
    SCHEDULED = "scheduled"
    MET = "met"
    THANKED = "thanked"
    KEEPING_IN_TOUCH = "keeping in touch"
    DECLINED = "declined"
    NO_RESPONSE = "no response"


# Events that mean the person has been approached, directly or through someone.
OUTREACH = frozenset(
    {
        Kind.INTRO_REQUESTED,
        Kind.INTRODUCED,
        Kind.CONTACTED,
        Kind.SCHEDULED,
        Kind.MET,
        Kind.DECLINED,
    }
)
# A meeting agreed without its length: what the conversation plan assumes too (the
# seeds ask for 10 to 30 minutes).
DEFAULT_MEETING_MINUTES = 20


class EventFact(NamedTuple):
    """One dated event (a NamedTuple: a big pipeline has tens of thousands of them)."""

    kind: Kind
    at: datetime
    other_id: int | None = None  # the connector of an intro request, the referral of an update
    meeting_at: datetime | None = None
    minutes: int | None = None
    until: datetime | None = None  # postponed: when they asked to be written to again


@dataclass
class Progress:
    """The state folded from one conversation's events, oldest first."""

    stage: Stage = Stage.IDENTIFIED
    intro_at: datetime | None = None
    connector_id: int | None = None
    introduced_at: datetime | None = None
    introducer_id: int | None = None  # who put us in touch: named, else the intro's connector
    contact_at: datetime | None = None
    followed_up_at: datetime | None = None
    replied: bool = False
    meeting_at: datetime | None = None
    meeting_minutes: int = DEFAULT_MEETING_MINUTES
    scheduled_at: datetime | None = None
    prepared: bool = False
    met_at: datetime | None = None
    thanked: bool = False
    approached: bool = False
    closed_at: datetime | None = None  # when it was last closed (declined, no response)
    postponed_at: datetime | None = None  # they asked me to write again later ...
    postponed_until: datetime | None = None  # ... then: nothing is chased before it
    last_at: datetime | None = None

    @property
    def closed(self) -> bool:
        return self.stage in (Stage.DECLINED, Stage.NO_RESPONSE)


Step = Callable[["Progress", EventFact], None]


def _approach(p: Progress, event: EventFact, stage: Stage) -> None:
    p.stage, p.contact_at, p.replied, p.followed_up_at = stage, event.at, False, None
    p.postponed_at = p.postponed_until = None  # written to again: the wait is over


def _introduce(p: Progress, event: EventFact) -> None:
    """Someone put us in touch: not a message of mine, so no follow-up clock yet; my reply
    to it (`contacted`) starts that. Logged after we already talked, it only says who."""
    p.introduced_at = event.at
    p.introducer_id = event.other_id or p.connector_id
    if p.stage in (Stage.IDENTIFIED, Stage.INTRO_REQUESTED, Stage.DECLINED, Stage.NO_RESPONSE):
        p.stage, p.contact_at, p.replied, p.followed_up_at = Stage.INTRODUCED, None, False, None


def _postpone(p: Progress, event: EventFact) -> None:
    """"Swamped until December, write again then": no follow-up or move-on until then."""
    p.postponed_at, p.postponed_until = event.at, event.until or event.at


def _schedule(p: Progress, event: EventFact) -> None:
    meeting = event.meeting_at or event.at
    if p.met_at is not None and meeting.date() <= p.met_at.date():
        return  # recorded after the fact: that meeting is already logged as held
    p.stage, p.replied, p.prepared = Stage.SCHEDULED, True, False
    p.meeting_at, p.scheduled_at = meeting, event.at
    p.postponed_at = p.postponed_until = None
    p.meeting_minutes = event.minutes or DEFAULT_MEETING_MINUTES


def _meet(p: Progress, event: EventFact) -> None:
    p.stage, p.met_at, p.thanked, p.replied = Stage.MET, event.at, False, True
    p.postponed_at = p.postponed_until = None
    p.meeting_at = None


def _keep_in_touch(p: Progress, event: EventFact) -> None:
    if p.stage in (Stage.MET, Stage.THANKED):
        p.stage = Stage.KEEPING_IN_TOUCH


def _thank(p: Progress, event: EventFact) -> None:
    if p.met_at is not None:
        p.thanked = True
        p.stage = Stage.THANKED if p.stage == Stage.MET else p.stage


def _request_intro(p: Progress, event: EventFact) -> None:
    p.stage, p.intro_at, p.connector_id, p.followed_up_at = (
        Stage.INTRO_REQUESTED,
        event.at,
        event.other_id,
        None,
    )


def _follow_up(p: Progress, event: EventFact) -> None:
    p.followed_up_at = event.at
    if p.stage in (Stage.CONTACTED, Stage.FOLLOWED_UP):
        # Before a meeting is agreed, a follow-up waits for a reply, even after an
        # earlier one ("happy to talk" and then silence): seven quiet days, move on.
        p.stage, p.replied = Stage.FOLLOWED_UP, False


def _close(stage: Stage) -> Step:
    def apply(p: Progress, event: EventFact) -> None:
        p.stage, p.closed_at = stage, event.at

    return apply


def _reply(p: Progress, event: EventFact) -> None:
    p.replied = True


def _prepare(p: Progress, event: EventFact) -> None:
    p.prepared = True


def _nothing(p: Progress, event: EventFact) -> None:
    return None


_STEPS: dict[Kind, Step] = {
    Kind.INTRO_REQUESTED: _request_intro,
    Kind.INTRODUCED: _introduce,
    Kind.CONTACTED: lambda p, e: _approach(p, e, Stage.CONTACTED),
    Kind.FOLLOWED_UP: _follow_up,
    Kind.REPLIED: _reply,
    Kind.DECLINED: _close(Stage.DECLINED),
    Kind.NO_RESPONSE: _close(Stage.NO_RESPONSE),
    Kind.SCHEDULED: _schedule,
    Kind.PREPARED: _prepare,
    Kind.MET: _meet,
    Kind.THANKED: _thank,
    Kind.CHECKED_IN: _keep_in_touch,
    Kind.POSTPONED: _postpone,
    Kind.UPDATED_REFERRER: _nothing,
    Kind.ANNOUNCED: _nothing,
}


_AT = attrgetter("at")


def fold(events: tuple[EventFact, ...] | list[EventFact]) -> Progress:
    """Replay the events in order; the result says where the conversation stands."""
    progress = Progress()
    for event in sorted(events, key=_AT):
        _STEPS[event.kind](progress, event)
        progress.approached = progress.approached or event.kind in OUTREACH
        progress.last_at = event.at
    return progress


def stage_of(events: tuple[EventFact, ...] | list[EventFact]) -> Stage:
    return fold(events).stage
