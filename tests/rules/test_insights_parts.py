"""The insights' faster paths give what the plain definitions give, on random data: the
funnel counted in one pass, a conversation's facts from the world, the summary made
from a kept ranking, `Summary.to_dict` without `asdict`, and the weekly bars by bisection."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from dataclasses import asdict
from datetime import date, datetime, timedelta

import pytest

from coffeechat.rules.charts import weekly
from coffeechat.rules.insights import (
    ConversationFacts,
    Funnel,
    InsightNote,
    _jsonable,
    conversation_facts,
    funnel,
    generations,
    rank,
    summarise,
)
from coffeechat.rules.timeline import EventFact, Kind
from coffeechat.rules.world import PersonFact

START = datetime(2026, 9, 1, 9)
TEXTS = ["SQL", "sql queries", "Knowledge of SQL", "Python", "public speaking", "Negotiation",
         "negotiation skills", "Data visualisation", "data visualization", "  ", "Excel"]
KINDS = ["skill", "advice", "trend", "organisation", "event", "resource", "challenge",
         "culture"]


def moment(rng: random.Random) -> datetime:
    return START + timedelta(hours=rng.randrange(0, 24 * 90))


def maybe(rng: random.Random) -> datetime | None:
    return moment(rng) if rng.random() < 0.6 else None


def random_facts(rng: random.Random, size: int) -> list[ConversationFacts]:
    people = [str(i) for i in range(1, size + 1)]
    return [
        ConversationFacts(
            person=person,
            contacted_on=maybe(rng), replied_on=maybe(rng), met_on=maybe(rng),
            thanked_on=maybe(rng),
            referred_by=rng.choice(people) if rng.random() < 0.3 else None,
            introduced_by=rng.choice(people) if rng.random() < 0.2 else None,
        )
        for person in people
    ]


def random_notes(rng: random.Random, size: int) -> list[InsightNote]:
    return [
        InsightNote(kind=rng.choice(KINDS), text=rng.choice(TEXTS),
                    person=rng.choice(["Ann", "Bo", "Cy", "Di"]),
                    on=date(2026, 9, rng.randrange(1, 8)),
                    person_id=rng.choice([None, 1, 2, 3, 4, 5]))
        for _ in range(size)
    ]


def plain_funnel(conversations: list[ConversationFacts]) -> Funnel:
    """The funnel as it was defined before it was counted in one pass."""
    def replied_(c: ConversationFacts) -> bool:
        return c.replied_on is not None or c.met_on is not None

    contacted = [c for c in conversations if c.contacted_on is not None or replied_(c)]
    replied = [c for c in contacted if replied_(c)]
    met = [c for c in replied if c.met_on is not None]
    thanked = [c for c in met if c.thanked_on is not None]
    people_met = {c.person for c in met}
    referrals = sum(1 for c in conversations if c.referred_by in people_met)
    introduced = [c for c in conversations if c.introduced_by and not c.referred_by]
    introducers = {c.introduced_by for c in introduced}
    days = [(c.replied_on - c.contacted_on).total_seconds() / 86400 for c in conversations
            if c.contacted_on and c.replied_on and c.replied_on >= c.contacted_on]

    def ratio(part: int, whole: int) -> float | None:
        return round(part / whole, 2) if whole else None

    return Funnel(
        contacted=len(contacted), replied=len(replied), met=len(met), thanked=len(thanked),
        reply_rate=ratio(len(replied), len(contacted)),
        median_days_to_reply=round(statistics.median(days), 1) if days else None,
        meetings=len(met), referrals=referrals,
        referrals_per_meeting=ratio(referrals, len(met)),
        generations=generations(conversations), introductions=len(introduced),
        introducers=len(introducers),
        people_per_introducer=ratio(len(introduced), len(introducers)),
    )


@pytest.mark.parametrize("seed", range(30))
def test_the_funnel_in_one_pass_is_the_funnel_by_stages(seed: int) -> None:
    rng = random.Random(seed)
    facts = random_facts(rng, rng.randrange(0, 60))
    assert funnel(facts) == plain_funnel(facts)


@pytest.mark.parametrize("seed", range(20))
def test_a_kept_ranking_gives_the_same_summary_and_its_dict_is_asdicts(seed: int) -> None:
    rng = random.Random(seed)
    notes = random_notes(rng, rng.randrange(0, 80))
    facts = random_facts(rng, 20)
    mine = rng.choice([[], ["SQL"], ["negotiation", "Excel"]])
    summary = summarise(notes, facts, mine)
    assert summarise((), facts, mine, ranked=rank(notes)) == summary
    assert summary.to_dict() == _jsonable(asdict(summary))


def plain_facts(person: PersonFact) -> ConversationFacts:
    """A conversation's facts as the insights read them from the database, event by
    event in the order of (moment, id)."""
    firsts: dict[str, datetime] = {}
    asked = introducer = None
    for event in sorted(person.events, key=lambda e: e.at):
        kind, at, other = event.kind, event.at, event.other_id
        if kind == Kind.INTRO_REQUESTED and other is not None:
            asked = other
        elif kind == Kind.INTRODUCED and (other or asked):
            introducer = other or asked
        step = ("contacted" if kind in (Kind.CONTACTED, Kind.INTRODUCED)
                else "replied" if kind in (Kind.REPLIED, Kind.SCHEDULED)
                else kind.value if kind in (Kind.MET, Kind.THANKED) else None)
        if step:
            firsts.setdefault(step, at)
    return ConversationFacts(
        person=str(person.id), contacted_on=firsts.get("contacted"),
        replied_on=firsts.get("replied"), met_on=firsts.get("met"),
        thanked_on=firsts.get("thanked"),
        referred_by=str(person.referred_by_id) if person.referred_by_id else None,
        introduced_by=str(introducer) if introducer else None,
    )


@pytest.mark.parametrize("seed", range(30))
def test_a_conversations_facts_from_the_world(seed: int) -> None:
    rng = random.Random(seed)
    for pid in range(1, 30):
        events = tuple(
            EventFact(rng.choice(list(Kind)),
                      START + timedelta(days=rng.randrange(0, 5)),  # ties on purpose
                      rng.choice([None, None, 40, 41]))
            for _ in range(rng.randrange(0, 8))
        )
        person = PersonFact(pid, f"P{pid}", events=events,
                            referred_by_id=rng.choice([None, 50]))
        assert conversation_facts(person) == plain_facts(person)


def plain_weekly_counts(moments: list[datetime], until: date, weeks: int) -> list[int]:
    last = until - timedelta(days=until.weekday())
    first = last - timedelta(weeks=weeks - 1)
    counts = Counter(m.date() - timedelta(days=m.date().weekday())
                     for m in moments if m.date() >= first)
    return [counts[first + timedelta(weeks=i)] for i in range(weeks)]


@pytest.mark.parametrize("seed", range(20))
def test_the_weekly_bars_count_what_a_count_by_week_gives(seed: int) -> None:
    rng = random.Random(seed)
    moments = [START + timedelta(minutes=rng.randrange(0, 60 * 24 * 200))
               for _ in range(rng.randrange(0, 300))]
    until = (START + timedelta(days=rng.randrange(0, 220))).date()
    got = weekly(moments, until, weeks=12)
    assert [w.count for w in got] == plain_weekly_counts(moments, until, 12)
