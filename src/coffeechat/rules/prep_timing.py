"""The prep sheet's timetable: the plan's questions the page has room for, timed in
whole minutes that add up to the meeting's.

A plan for a long meeting holds more questions than a page can show, each a few minutes
long. The sheet keeps the first question of every category, then the second of every
category, and so on (so a long plan keeps its whole arc), and gives the questions kept
the time of the ones left out: fewer questions, each with room for the answer, rather
than a page that hides most of them.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from coffeechat.rules.question_bank import Category
from coffeechat.rules.questions import Plan, PlanItem


@dataclass(frozen=True)
class Slot:
    item: PlanItem
    start: int  # whole minutes from the start of the meeting
    minutes: int


def is_question(item: PlanItem) -> bool:
    return item.question_id is not None and item.category != Category.ASKS


def timetable(plan: Plan, total: int, keep: int) -> list[Slot]:
    """The opening, at most `keep` questions, the asks and the closing, in the plan's
    order, each at least a minute long, together exactly `total` minutes."""
    questions = [item for item in plan.items if is_question(item)]
    kept = _kept(questions, keep)
    items = [i for i in plan.items if not is_question(i) or id(i) in kept]
    asked = sum(i.minutes for i in items if is_question(i))
    fixed = sum(i.minutes for i in items if not is_question(i))
    if asked > 0:  # the questions kept share what the others leave
        lengths = [i.minutes * (total - fixed) / asked if is_question(i) else i.minutes
                   for i in items]
    else:
        lengths = [i.minutes * total / fixed for i in items]
    slots, start = [], 0
    for item, minutes in zip(items, whole(lengths, total), strict=True):
        slots.append(Slot(item, start, minutes))
        start += minutes
    return slots


def _kept(questions: list[PlanItem], keep: int) -> set[int]:
    """The first question of every category, then the second of every category, ...:
    the ids of the first `keep` in that order."""
    seen: Counter[str] = Counter()
    rank: list[tuple[int, int, int]] = []
    for index, item in enumerate(questions):
        rank.append((seen[item.category], index, id(item)))
        seen[item.category] += 1
    return {ident for _, _, ident in sorted(rank)[:keep]}


def whole(lengths: list[float], total: int) -> list[int]:
    """Minutes as whole numbers, each at least 1, adding up to `total` (as many as there
    are: `total` must be at least their number): the largest remainders round up."""
    floors = [max(1, math.floor(n)) for n in lengths]
    by_remainder = sorted(range(len(lengths)), key=lambda k: floors[k] - lengths[k])
    left = total - sum(floors)
    for k in by_remainder[:max(left, 0)]:
        floors[k] += 1
    while left < 0:  # the minimum of a minute took more than there was: trim the longest
        longest = max(range(len(floors)), key=lambda k: floors[k])
        floors[longest] -= 1
        left += 1
    return floors
