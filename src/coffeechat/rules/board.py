"""Moving a card on the board: which event a drop onto a column logs, read from the fold.

Each column but "identified" is reached by exactly one event (`timeline._STEPS`): a drop
means that event. Whether it moves a card from the card's column is asked of the fold
itself: a conversation in each stage (`AT_STAGE`) gets the event and is folded again. A
drop no event can make is refused, with why; an event that needs more than a date (the
meeting's time, the connector, the debrief) goes through its form.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from coffeechat.rules.timeline import EventFact, Kind, Stage, fold

# The event that puts a conversation in each column.
LEADS_TO: dict[Stage, Kind] = {
    Stage.INTRO_REQUESTED: Kind.INTRO_REQUESTED,
    Stage.INTRODUCED: Kind.INTRODUCED,
    Stage.CONTACTED: Kind.CONTACTED,
    Stage.FOLLOWED_UP: Kind.FOLLOWED_UP,
    Stage.SCHEDULED: Kind.SCHEDULED,
    Stage.MET: Kind.MET,
    Stage.THANKED: Kind.THANKED,
    Stage.KEEPING_IN_TOUCH: Kind.CHECKED_IN,
    Stage.DECLINED: Kind.DECLINED,
    Stage.NO_RESPONSE: Kind.NO_RESPONSE,
}

# Events a date alone cannot log: what their form asks for (the debrief, for `met`).
NEEDS_FORM: dict[Kind, str] = {
    Kind.INTRO_REQUESTED: "who you asked to introduce you",
    Kind.SCHEDULED: "the meeting's day and time",
    Kind.MET: "the debrief",
    Kind.POSTPONED: "the day they asked you to write again",
    Kind.UPDATED_REFERRER: "the referral you told them about",
}
# The events the board's Move form logs with a date alone.
ONE_CLICK = [kind for kind in Kind if kind not in NEEDS_FORM]

# A conversation that got to each stage the usual way (the fold is asked about these).
AT_STAGE: dict[Stage, tuple[Kind, ...]] = {
    Stage.IDENTIFIED: (),
    Stage.INTRO_REQUESTED: (Kind.INTRO_REQUESTED,),
    Stage.INTRODUCED: (Kind.INTRO_REQUESTED, Kind.INTRODUCED),
    Stage.CONTACTED: (Kind.CONTACTED,),
    Stage.FOLLOWED_UP: (Kind.CONTACTED, Kind.FOLLOWED_UP),
    Stage.SCHEDULED: (Kind.CONTACTED, Kind.REPLIED, Kind.SCHEDULED),
    Stage.MET: (Kind.CONTACTED, Kind.SCHEDULED, Kind.MET),
    Stage.THANKED: (Kind.CONTACTED, Kind.SCHEDULED, Kind.MET, Kind.THANKED),
    Stage.KEEPING_IN_TOUCH: (Kind.CONTACTED, Kind.MET, Kind.THANKED, Kind.CHECKED_IN),
    Stage.DECLINED: (Kind.CONTACTED, Kind.DECLINED),
    Stage.NO_RESPONSE: (Kind.CONTACTED, Kind.FOLLOWED_UP, Kind.NO_RESPONSE),
}

# Why an event moves only some cards, said where a drop is refused.
WHY = {
    Kind.INTRODUCED: "an introduction starts a conversation that is not under way",
    Kind.FOLLOWED_UP: "a follow-up comes after you reached out and heard nothing",
    Kind.THANKED: "a thank-you follows a meeting",
    Kind.CHECKED_IN: "checking in comes after a meeting",
}

_START = datetime(2000, 1, 3, 9, 0)


def facts(kinds: tuple[Kind, ...] | list[Kind]) -> list[EventFact]:
    """Events a day apart, a meeting an hour after it is agreed."""
    found = []
    for n, kind in enumerate(kinds):
        at = _START + timedelta(days=n)
        meeting = at + timedelta(hours=1) if kind == Kind.SCHEDULED else None
        found.append(EventFact(kind, at, meeting_at=meeting))
    return found


def reaches(stage: Stage, kind: Kind) -> Stage:
    """Where one more event of `kind` leaves a conversation in `stage`."""
    return fold(facts((*AT_STAGE[stage], kind))).stage


class Move(NamedTuple):
    """A drop onto a column: the event it logs, or why none can be."""

    kind: Kind | None
    needs: str = ""  # what the event's form asks for; "" when a date is enough
    refused: str = ""

    @property
    def one_click(self) -> bool:
        return self.kind is not None and not self.needs


def _names(stages: list[Stage]) -> str:
    said = [f"“{s.value}”" for s in stages]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " or " + said[-1]


def move_to(stage: Stage, column: Stage) -> Move:
    """What dropping a card in `stage` onto `column` logs."""
    if column == stage:
        return Move(None, refused=f"the card is in “{column.value}” already")
    kind = LEADS_TO.get(column)
    if kind is None:
        return Move(None, refused=f"no event moves a card back to “{column.value}”: the "
                    "timeline keeps what happened")
    if reaches(stage, kind) != column:
        sources = [s for s in Stage if s != column and reaches(s, kind) == column]
        why = f" ({WHY[kind]})" if kind in WHY else ""
        return Move(None, refused=f"a card moves to “{column.value}” only from "
                    f"{_names(sources)}{why}: nothing was logged")
    return Move(kind, needs=NEEDS_FORM.get(kind, ""))


def moves() -> dict[str, dict[str, dict[str, str]]]:
    """Every drop as plain data for the board's script: card stage → column → the event
    (and what its form needs) or the refusal."""
    table: dict[str, dict[str, dict[str, str]]] = {}
    for stage in Stage:
        row = table.setdefault(stage.value, {})
        for column in Stage:
            move = move_to(stage, column)
            row[column.value] = (
                {"event": move.kind.value, "needs": move.needs} if move.kind is not None
                else {"refused": move.refused}
            )
    return table
