"""How much of someone's time a message asks for: durations, meals, days, shadowing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coffeechat.rules import patterns
from coffeechat.rules.checker_text import Span

LIMIT_MINUTES = 30

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    "couple": 2, "a couple of": 2, "a couple": 2, "couple of": 2, "few": 3, "a few": 3,
    "several": 3,
}  # fmt: skip
_NUM = (
    r"(?:\d+(?:\.\d+)?|a couple of|a couple|couple of|a few|several|forty-five|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|ninety|an|a)"
)
_RANGE = rf"(?P<a>{_NUM})(?:\s*(?:-|–|—|to|or)\s*(?P<b>{_NUM}))?"
_DURATION = patterns.compile(
    rf"\b(?:(?P<half>half\s+an?\s+hour|a\s+half[- ]hour)"
    rf"|(?P<quarters>three[- ]quarters\s+of\s+an\s+hour)"
    # "an hour", "a free hour", "two full hours"
    rf"|{_RANGE}\s*-?\s*(?:(?:free|spare|full|whole|solid|good|entire|extra)\s+)?"
    rf"(?P<unit>minutes?|mins?|hours?|hrs?)\b"
    rf"(?P<andhalf>\s+and\s+a\s+half)?)",
    re.I,
)
_BLOCK = patterns.compile(
    r"\b(?:(?:an?|one|the)\s+(?:whole|full|entire|free|spare)\s+|(?:an?|one)\s+|half\s+a\s+|"
    r"full[- ]|"
    r"half[- ]|all[- ])"
    r"(?P<block>day|afternoon|morning|evening|shift|weekend|week)\b",
    re.I,
)
# "spend the morning", "tour the site for the afternoon": a named part of a day, given over
# (not "the week of the 5th", "join the morning stand-up", nor "I'm in town for the day",
# which is the writer's stay).
_PART = (
    r"(?:day|morning|afternoon|evening|weekend|week)\b"
    r"(?!\s+(?:of|stand-?up|meeting|huddle|call|briefing|check-in|sync|session|coffee)\b)"
)
_THE_BLOCK = patterns.compile(
    rf"\b(?:spend|spending|shadow\w*|observe|observing)\s+the\s+(?P<spent>{_PART})"
    r"|\b(?:tour|visit|join|come|stop by|shadow\w*|observe|follow|watch|sit in|tag along|"
    rf"ride along)\b(?:\s+\S+){{0,5}}?\s+for\s+the\s+(?P<visit>{_PART})",
    re.I,
)
# "spend a Saturday on your farm": a named day given over ("a Tuesday call" or "free on a
# Friday" only says when).
_WEEKDAY_SPENT = patterns.compile(
    r"\b(?:spend|spending|give up|giving up|take up|set aside|block off|borrow)\b(?:\s+\S+){0,2}?"
    r"\s+(?:an?|one|the|your|my)\s+(?:whole\s+|full\s+|entire\s+)?(?P<day>(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day)\b(?!\s+(?:call|chat|coffee|meeting|visit)\b)",
    re.I,
)
_BLOCK_VERB = patterns.compile(
    r"\b(spend|spending|take|taking|spare|give|borrow|block|set aside|for|do|shadow\w*|join|"
    r"observe|observing|follow)\b(?:\s+\S+){0,3}\s*$",
    re.I,
)
_MEAL = patterns.compile(
    r"\b(?:for|over|to|do|grab|grabbing|buy|buying|treat|get|getting|have|join|"
    r"during)\b(?:\s+\S+){0,2}?"
    r"\s+(lunch|dinner|brunch|breakfast|drinks)\b",
    re.I,
)
# "shadowed" asks only in "would it be OK if I shadowed you"; "I shadowed a nurse last month"
# is the writer's past.
_SHADOW = patterns.compile(
    r"\b(?:job[- ])?shadow(?:ing)?\b|\bif (?:i|we) (?:\w+ly )?shadowed\b", re.I)
# The duration describes something else: a recording, a drive, a past event.
_NOT_A_REQUEST_AFTER = patterns.compile(
    r"^\s*(?:-?long\s+)?(?:recording|talk|keynote|panel|podcast|episode|video(?!\s+(?:call|chat|"
    r"meeting))|"
    r"webinar|lecture|"
    r"presentation|documentary|drive|commute|flight|ride|walk|away|ago|later|earlier|before|"
    r"after|early|late|from|of (?:my|the)\b|ahead|behind|apart|time difference|difference)",
    re.I,
)
_PAST_BEFORE = patterns.compile(
    r"\b(spent|took|watched|listened|waited|drove|read|was|were|had|lasted)\b(?:\s+\S+){0,3}\s*$",
    re.I,
)
_REQUEST = patterns.compile(
    r"\?|\b(would|could|can|may|might|possible|please|love|like|hoping|hope|willing|open to|ask|"
    r"available|free|spare|schedule|book|set up|grab|meet|meeting|take you|let's|welcome|"
    r"appreciate|grateful|happy to|honou?red|privilege|request\w*|(?:i|we)'d (?:be|love|like|"
    r"really|so|value|welcome|enjoy|want))\b",
    re.I,
)


@dataclass(frozen=True)
class TimeAsk:
    start: int
    end: int
    phrase: str


def long_time_asks(sentence: Span) -> list[TimeAsk]:
    """Spans in one sentence that ask for more than half an hour."""
    text = sentence.text
    if not _REQUEST.search(text):
        return []
    asks = _long_durations(text) + _long_blocks(text)
    if not asks and not _has_short_duration(text):
        meals = [m.span(1) for m in _MEAL.finditer(text)]
        asks = meals + [m.span() for m in _SHADOW.finditer(text)]
    return [
        TimeAsk(sentence.start + s, sentence.start + e, text[s:e]) for s, e in sorted(set(asks))
    ]


def minutes_of(match: re.Match[str]) -> float:
    if match.group("half"):
        return 30
    if match.group("quarters"):
        return 45
    amount = max(_number(match.group("a")), _number(match.group("b") or "0"))
    unit = match.group("unit").lower()
    per = 60 if unit.startswith("h") else 1
    extra = 30 if match.group("andhalf") else 0
    return amount * per + extra


def _number(word: str) -> float:
    word = word.lower().strip()
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    try:
        return float(word)
    except ValueError:
        return 0


def _durations(text: str) -> list[tuple[re.Match[str], float]]:
    found = []
    for m in _DURATION.finditer(text):
        if _NOT_A_REQUEST_AFTER.match(text[m.end() :]) or _PAST_BEFORE.search(text[: m.start()]):
            continue
        found.append((m, minutes_of(m)))
    return found


def _long_durations(text: str) -> list[tuple[int, int]]:
    return [m.span() for m, minutes in _durations(text) if minutes > LIMIT_MINUTES]


def _has_short_duration(text: str) -> bool:
    return any(minutes <= LIMIT_MINUTES for _, minutes in _durations(text))


def _long_blocks(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _BLOCK.finditer(text):
        # "a full day", and "a free afternoon", which asks for all of it.
        whole = re.match(
            r"(?:full|half|(?:the|an?|one)\s+(?:whole|full|entire|free|spare))\b", m.group(), re.I
        )
        verb = _BLOCK_VERB.search(text[: m.start()])
        if whole or (verb and not _someday(text, verb, m) and not _slot(text, m.start())):
            spans.append(m.span())
    spans += [m.span("day") for m in _WEEKDAY_SPENT.finditer(text)]
    return spans + [m.span(m.lastgroup or 0) for m in _THE_BLOCK.finditer(text)]


def _someday(text: str, verb: re.Match[str], block: re.Match[str]) -> bool:
    """ "do the same for someone else one day": "one day" away from its verb means someday
    ("shadow you for one day" is a day given over)."""
    between = text[verb.end(1) : block.start()]
    return block.group().lower().startswith("one ") and bool(between.split())


def _slot(text: str, start: int) -> bool:
    """ "20 minutes one afternoon": the block says when a short visit happens, not how long."""
    window = text[max(0, start - 40) : start]
    nearby = list(_DURATION.finditer(window))
    if not nearby or minutes_of(nearby[-1]) > LIMIT_MINUTES:
        return False
    return len(window[nearby[-1].end() :].split()) <= 1  # "15 minutes one morning"
