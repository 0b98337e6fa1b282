"""A believable demo pipeline: every stage, connectors, referral chains, promises, insights.

Deterministic for a given seed and moment, written with a few bulk inserts so that a
5,000-person database for benchmarks takes seconds.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db import transaction

from coffeechat.accounts.services import profile_for
from coffeechat.errors import UserError
from coffeechat.people.models import Organisation, Person, Source, Tie
from coffeechat.pipeline.models import Commitment, Conversation, Event, Insight, Landing
from coffeechat.rules.timeline import Kind

GOAL = (
    "I'm exploring entry-level product marketing roles at climate-tech companies "
    "in the Pacific Northwest."
)
SKILLS = ["copywriting", "market research", "social media", "Excel"]
ME_NAME, ME_EMAIL = "Alex Morgan", "alex.morgan@example.org"
# Research on an organisation, as a clause: "Your work at X (NOTE) stands out".
ORG_NOTES = {
    "Verdant Grid": "a Series B start-up selling grid-edge software to utilities",
    "SolarLoop": "a community-solar developer that just opened a Portland office",
    "Cascade Carbon": "a carbon-removal marketplace with a B-corp certification",
    "Tidewater Energy": "an offshore-wind developer working with Oregon ports",
    "Evergreen Mobility": "an e-bike fleet company expanding to Seattle",
    "Northwind Storage": "a battery-storage integrator for school districts",
    "Helio Homes": "a home-electrification installer with a referral-led growth model",
    "Rainier Analytics": "an energy-data firm whose dashboards many utilities use",
}
# Research on a person, as a clause: "Your work as T at O (NOTE) stands out".
PERSON_NOTES = [
    "a talk on community-solar marketing at the Oregon Clean Energy Summit",
    "the launch campaign for the new heat-pump rebate finder",
    "a LinkedIn post on explaining carbon removal to homeowners",
    "the customer-story series on the company blog",
    "the rebrand that moved the company from pilots to city contracts",
    "a panel on marketing to utilities at Climate Week",
]
FIRST = [
    "Dana",
    "Priya",
    "Marcus",
    "Elena",
    "Tomás",
    "Aisha",
    "Ben",
    "Chloe",
    "Diego",
    "Fatima",
    "Grace",
    "Hiro",
    "Ines",
    "Jamal",
    "Kara",
    "Liam",
    "Maya",
    "Noah",
    "Olivia",
    "Pavel",
    "Quinn",
    "Rosa",
    "Sam",
    "Tara",
    "Uma",
    "Victor",
    "Wen",
    "Yara",
    "Zoe",
    "Arjun",
    "Bea",
    "Caleb",
    "Dev",
    "Esme",
    "Femi",
    "Gus",
    "Hana",
    "Ivan",
    "June",
    "Kofi",
    "Lena",
    "Mateo",
    "Nia",
    "Omar",
    "Petra",
    "Ravi",
    "Sofia",
    "Theo",
    "Vera",
    "Will",
]
LAST = [
    "Whitfield",
    "Raman",
    "Okafor",
    "Lindqvist",
    "Herrera",
    "Siddiqui",
    "Novak",
    "Brennan",
    "Castillo",
    "Haddad",
    "Kim",
    "Tanaka",
    "Moreau",
    "Reyes",
    "Adeyemi",
    "Larsen",
    "Patel",
    "Schultz",
    "Ferreira",
    "Kowalski",
    "Nguyen",
    "Osei",
    "Ivanova",
    "Dubois",
    "Mensah",
    "Romero",
    "Sato",
    "Walsh",
    "Ahmed",
    "Bauer",
    "Costa",
    "Eriksen",
    "Fischer",
    "Gallo",
    "Hughes",
    "Iqbal",
    "Jensen",
    "Keller",
    "Lopez",
    "Murphy",
]
ORGS = [
    "Verdant Grid",
    "SolarLoop",
    "Cascade Carbon",
    "Tidewater Energy",
    "Evergreen Mobility",
    "Northwind Storage",
    "Bright Acre Foods",
    "Circuit Climate",
    "Helio Homes",
    "Rainier Analytics",
    "Pacific Compost Co",
    "Fjord Batteries",
    "Canopy Ventures",
    "Riverbend Water",
    "Summit Heat Pumps",
]
TITLES = [
    "Product Marketing Manager",
    "Senior Product Marketer",
    "Growth Marketing Lead",
    "Brand Manager",
    "Content Strategist",
    "Head of Marketing",
    "Marketing Associate",
    "Communications Director",
    "Customer Insights Analyst",
    "Partnerships Manager",
]
CONNECTOR_TITLES = [
    "Teacher",
    "Nurse",
    "Software Engineer",
    "Accountant",
    "Former manager",
    "Architect",
    "Graduate student",
]
INSIGHTS = [
    ("skill", "SQL"),
    ("skill", "sql queries"),
    ("skill", "customer interviews"),
    ("skill", "storytelling"),
    ("skill", "Data visualisation"),
    ("skill", "copywriting"),
    ("skill", "public speaking"),
    ("trend", "utilities buying flexible demand"),
    ("trend", "heat pumps going mainstream"),
    ("challenge", "long sales cycles"),
    ("culture", "small teams that ship weekly"),
    ("advice", "write a public teardown"),
    ("organisation", "Women in Cleantech & Sustainability"),
    ("organisation", "Climatebase"),
    ("event", "Oregon Clean Energy Summit"),
    ("event", "Climate Week meetup"),
    ("resource", "Canary Media newsletter"),
    ("resource", "Volts podcast"),
]
TIPS = [i for i in INSIGHTS if i[0] in ("organisation", "event", "resource", "challenge")]
THEY_WILL = [
    "introduce me to the team lead",
    "forward my portfolio to a colleague",
    "send the name of a brand strategist worth meeting",
    "invite me to the next team demo",
]
I_WILL = [
    "send the article on heat-pump rebates",
    "share my notes from the summit",
    "introduce them to my former professor",
    "test their onboarding and send feedback",
]


@dataclass(frozen=True)
class Extra:
    other: int | None = None
    meeting_at: datetime | None = None
    minutes: int | None = None
    where: str = ""
    until: datetime | None = None
    note: str = ""


@dataclass
class Plan:
    """What one demo person's history will be, before it is written."""

    name: str
    title: str
    organisation: str
    source: str
    notes: str = ""
    events: list[tuple[Kind, datetime, Extra]] = field(default_factory=list)
    referred_by: int | None = None  # index into the plans
    referred_at: datetime | None = None
    promises: list[tuple[bool, str, datetime, datetime | None]] = field(default_factory=list)
    insights: list[tuple[str, str]] = field(default_factory=list)
    knows: list[int] = field(default_factory=list)


class Builder:
    def __init__(self, now: datetime, size: int, seed: int) -> None:
        self.now, self.size, self.rng = now, size, random.Random(seed)
        self.meetings = 0
        self.notes = random.Random(seed + 1)  # its own stream: the pipeline stays the same
        self.plans: list[Plan] = []
        self.names: set[str] = set()

    def name(self) -> str:
        for _ in range(50):
            candidate = f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"
            if candidate not in self.names:
                break
        else:
            candidate = f"{candidate} {len(self.plans) + 1}"
        self.names.add(candidate)
        return candidate

    def person(self, source: str, connector: bool = False) -> int:
        title = self.rng.choice(CONNECTOR_TITLES if connector else TITLES)
        org = "" if connector and self.rng.random() < 0.5 else self.rng.choice(ORGS)
        notes = "" if connector or self.notes.random() < 0.4 else self.notes.choice(PERSON_NOTES)
        self.plans.append(Plan(self.name(), title, org, source, notes=notes))
        return len(self.plans) - 1

    def referral(self, referrer: int, at: datetime) -> int:
        """Someone `referrer` suggested at `at`, at an organisation of their own."""
        j = self.person(Source.REFERRAL)
        self.plans[j].referred_by, self.plans[j].referred_at = referrer, at
        self.plans[j].organisation = self.rng.choice(ORGS)
        self.plans[j].knows.append(referrer)
        return j

    def ago(self, low: float, high: float) -> datetime:
        """A moment during working hours between `low` and `high` days ago."""
        day = self.now - timedelta(days=self.rng.randint(int(low), int(high)))
        return day.replace(
            hour=self.rng.randint(8, 17),
            minute=self.rng.choice([0, 15, 30, 45]),
            second=0,
            microsecond=0,
        )

    def add(self, index: int, kind: Kind, at: datetime, **extra: object) -> datetime:
        self.plans[index].events.append((kind, min(at, self.now), Extra(**extra)))  # type: ignore[arg-type]
        return at


def _contacted(b: Builder, i: int, start: datetime) -> datetime:
    return b.add(i, Kind.CONTACTED, start)


def _scenario_followed(b: Builder, i: int, start: datetime) -> None:
    b.add(i, Kind.FOLLOWED_UP, _contacted(b, i, start) + timedelta(days=8))


def _scenario_intro(b: Builder, i: int, start: datetime) -> None:
    if len(b.plans) >= b.size:
        _contacted(b, i, start)
        return
    connector = b.person(b.rng.choice([Source.FRIEND, Source.FAMILY, Source.COLLEAGUE]), True)
    b.plans[i].knows.append(connector)
    b.add(i, Kind.INTRO_REQUESTED, start, other=connector)
    if b.rng.random() < 0.5:
        introduced = b.add(i, Kind.INTRODUCED, start + timedelta(days=b.rng.randint(1, 4)))
        b.add(i, Kind.CONTACTED, introduced + timedelta(days=1))  # my reply to all


def _scenario_scheduled(b: Builder, i: int, start: datetime) -> None:
    contacted = _contacted(b, i, start)
    b.add(i, Kind.REPLIED, contacted + timedelta(days=2))
    meeting = b.now + timedelta(days=b.rng.choice([-1, 1, 1, 2, 5]))
    meeting = meeting.replace(hour=b.rng.choice([9, 10, 12, 15]), minute=0, second=0, microsecond=0)
    b.add(
        i,
        Kind.SCHEDULED,
        contacted + timedelta(days=3),
        meeting_at=meeting,
        minutes=b.rng.choice([15, 20, 30]),
        where=b.rng.choice(["video call", "phone", "coffee near their office"]),
    )


def _scenario_met(b: Builder, i: int, start: datetime, depth: int) -> None:
    contacted = _contacted(b, i, start)
    b.add(i, Kind.REPLIED, contacted + timedelta(days=1))
    met = contacted + timedelta(days=b.rng.randint(4, 10))
    meeting = met.replace(hour=11, minute=0)
    b.add(i, Kind.SCHEDULED, contacted + timedelta(days=2), meeting_at=meeting, minutes=20)
    b.add(i, Kind.MET, meeting)
    plan = b.plans[i]
    plan.insights = b.rng.sample(INSIGHTS, 3)
    # Every kind of tip turns up in even a small demo: one more, in turn.
    tip = TIPS[b.meetings % len(TIPS)]
    b.meetings += 1
    if tip not in plan.insights:
        plan.insights.append(tip)
    # Most promises are kept within a week or so, all of a month ago: what is open is recent.
    age = (b.now - meeting).days
    done = age > 7 and (b.rng.random() < (0.6 if age <= 12 else 0.85) or age > 30)
    kept = meeting + timedelta(days=b.rng.randint(2, min(9, age - 1))) if done else None
    plan.promises = [(False, b.rng.choice(THEY_WILL), meeting, kept)]
    if b.rng.random() < 0.6:
        plan.promises.append((True, b.rng.choice(I_WILL), meeting, kept))
    referrer = plan.referred_by
    if (
        referrer is not None
        and meeting < b.now - timedelta(days=4)
        and (b.rng.random() < 0.8 or meeting < b.now - timedelta(days=20))
    ):
        b.add(referrer, Kind.UPDATED_REFERRER, meeting + timedelta(days=2), other=i)
    if meeting < b.now - timedelta(days=1) or b.rng.random() < 0.3:
        b.add(i, Kind.THANKED, meeting + timedelta(hours=b.rng.choice([3, 20, 30])))
    if meeting < b.now - timedelta(days=40):
        # Kept in touch every month or two since; about one in four is due a check-in now.
        lapsed = b.rng.random() < 0.25
        last = _day(b, 60 + b.rng.randint(0, 6), b.rng.randint(9, 17)) if lapsed else b.now
        at = meeting + timedelta(days=b.rng.randint(25, 40))
        while at < last - timedelta(days=30 if lapsed else 0):
            b.add(i, Kind.CHECKED_IN, at)
            at += timedelta(days=45)
        if lapsed and last > meeting + timedelta(days=20):
            b.add(i, Kind.CHECKED_IN, last)
    for _ in range(b.rng.choice([0, 1, 1, 2, 2, 3]) if depth < 4 else 0):
        if len(b.plans) < b.size:
            _refer(b, i, meeting, depth)


def _refer(b: Builder, referrer: int, at: datetime, depth: int) -> None:
    j = b.referral(referrer, at)
    space = (b.now - at).days
    if space < 3 or b.rng.random() < (0.3 if space < 20 else 0.08 if space < 30 else 0):
        return  # not contacted yet: reach_out_referral
    start = (at + timedelta(days=b.rng.randint(1, min(space - 1, 6)))).replace(
        hour=b.rng.randint(8, 17), minute=b.rng.choice([0, 15, 30, 45])
    )
    if space > 14 and b.rng.random() < 0.6:
        _scenario_met(b, j, start, depth + 1)
    else:
        _unanswered(b, j, start)


def _unanswered(b: Builder, i: int, start: datetime) -> None:
    """Contacted with no reply: followed up after 8 days, given up on 9 days later."""
    _contacted(b, i, start)
    if start < b.now - timedelta(days=10):
        b.add(i, Kind.FOLLOWED_UP, start + timedelta(days=8))
    if start < b.now - timedelta(days=25):
        b.add(i, Kind.NO_RESPONSE, start + timedelta(days=17))


def _scenario_identified(b: Builder, i: int) -> None:
    """Found, researched, not yet approached."""


def _scenario_contacted(b: Builder, i: int) -> None:
    _contacted(b, i, b.ago(1, 12))


def _scenario_declined(b: Builder, i: int) -> None:
    b.add(i, Kind.DECLINED, _contacted(b, i, b.ago(10, 30)) + timedelta(days=2))


def _scenario_no_response(b: Builder, i: int) -> None:
    _scenario_followed(b, i, b.ago(25, 40))
    b.add(i, Kind.NO_RESPONSE, b.ago(1, 5))


SCENARIOS: list[tuple[int, Callable[[Builder, int], None]]] = [
    (3, _scenario_identified),
    (2, lambda b, i: _scenario_intro(b, i, b.ago(2, 14))),
    (3, _scenario_contacted),
    (2, lambda b, i: _scenario_followed(b, i, b.ago(12, 20))),
    (1, _scenario_declined),
    (1, _scenario_no_response),
    (2, lambda b, i: _scenario_scheduled(b, i, b.ago(5, 12))),
    (5, lambda b, i: _scenario_met(b, i, b.ago(6, 120), 0)),
]


def _day(b: Builder, days_ago: int, hour: int) -> datetime:
    """`hour` o'clock, `days_ago` days before the demo's moment."""
    return (b.now - timedelta(days=days_ago)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


def _meeting(b: Builder, i: int, at: datetime, minutes: int = 20) -> None:
    """Contacted a week and a half before `at`, a reply, a meeting agreed for `at`."""
    contacted = _contacted(b, i, at - timedelta(days=10))
    b.add(i, Kind.REPLIED, contacted + timedelta(days=1))
    b.add(
        i,
        Kind.SCHEDULED,
        contacted + timedelta(days=2),
        meeting_at=at,
        minutes=minutes,
        where=b.rng.choice(["video call", "phone", "coffee near their office"]),
    )


def _met(b: Builder, i: int, days_ago: int, thanked: bool = True) -> datetime:
    """Met at 16:00 `days_ago` days ago or, with 0, five hours before the demo's moment."""
    if days_ago:
        meeting = _day(b, days_ago, 16)
    else:
        meeting = (b.now - timedelta(hours=5)).replace(minute=0, second=0, microsecond=0)
    _meeting(b, i, meeting)
    b.add(i, Kind.MET, meeting)
    b.plans[i].insights = b.rng.sample(INSIGHTS, 3)
    if thanked:
        b.add(i, Kind.THANKED, meeting + timedelta(hours=4))
    return meeting


def _show_follow_up(b: Builder, i: int) -> None:
    _contacted(b, i, _day(b, 8, 10))


def _show_move_on(b: Builder, i: int) -> None:
    b.add(i, Kind.FOLLOWED_UP, _contacted(b, i, _day(b, 17, 9)) + timedelta(days=8))


def _show_nudge(b: Builder, i: int) -> None:
    _scenario_intro(b, i, _day(b, 8, 14))
    b.plans[i].events = b.plans[i].events[:1]  # the introduction has not come


def _show_reply_to_intro(b: Builder, i: int) -> None:
    """Introduced this morning by a connector already in the cast (asked three days
    ago): the reply to all is due. Nobody new is drawn, so the rest of the cast stays."""
    requests = [p.events[0] for p in b.plans if p.events]
    connectors = [
        extra.other
        for kind, _, extra in requests
        if kind == Kind.INTRO_REQUESTED and extra.other is not None
    ]
    if not connectors:
        return  # found, researched, not yet approached
    b.plans[i].knows.append(connectors[0])
    b.add(i, Kind.INTRO_REQUESTED, _day(b, 3, 10), other=connectors[0])
    b.add(i, Kind.INTRODUCED, _day(b, 0, 8))
    # The connector, asked for a chat of their own a fortnight ago, asked for time until
    # yesterday: writing again is due (still nobody new drawn).
    b.add(
        connectors[0],
        Kind.POSTPONED,
        _day(b, 14, 11),
        until=_day(b, 1, 0),
        note="Buried in year-end planning, write again in two weeks",
    )


def _show_prepare(b: Builder, i: int) -> None:
    _meeting(b, i, _day(b, -1, 15), minutes=b.rng.choice([15, 20, 30]))


def _show_debrief(b: Builder, i: int) -> None:
    _meeting(b, i, _day(b, 1, 11), minutes=30)


def _show_thank_you(b: Builder, i: int) -> None:
    meeting = _met(b, i, 0, thanked=False)
    b.plans[i].promises = [(False, b.rng.choice(THEY_WILL), meeting, None)]
    if len(b.plans) < b.size:
        b.referral(i, meeting)  # not contacted yet: reach_out_referral


def _show_update_referrer(b: Builder, i: int) -> None:
    meeting = _met(b, i, 20)
    if len(b.plans) < b.size:
        _met(b, b.referral(i, meeting), 3)  # and nobody has told the referrer


def _show_promise(b: Builder, i: int) -> None:
    meeting = _met(b, i, 5)
    b.plans[i].promises = [(True, b.rng.choice(I_WILL), meeting, None)]


def _show_check_in(b: Builder, i: int) -> None:
    _met(b, i, 63)


def _show_keeping_in_touch(b: Builder, i: int) -> None:
    b.add(i, Kind.CHECKED_IN, _met(b, i, 100) + timedelta(days=70))


# The first people of every demo: one of each thing the agenda asks, due about now, then
# one at each stage that asks nothing, so that even a small demo shows every rule and
# every stage. The rest of the cast is drawn at random.
SHOWCASE: list[Callable[[Builder, int], None]] = [
    _show_thank_you,
    _show_debrief,
    _show_prepare,
    _show_follow_up,
    _show_move_on,
    _show_nudge,
    _show_update_referrer,
    _show_promise,
    _show_check_in,
    _show_keeping_in_touch,
    _scenario_declined,
    _scenario_no_response,
    _show_reply_to_intro,  # the connectors of the intro requests stay identified
]


def _email(name: str) -> str:
    """"Tomás Schultz" -> "tomas.schultz@example.org"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return plain.lower().replace(" ", ".") + "@example.org"


def plan_demo(now: datetime, size: int, seed: int = 7) -> list[Plan]:
    builder = Builder(now, size, seed)
    weights = [w for w, _ in SCENARIOS]
    for scenario in SHOWCASE:
        if len(builder.plans) >= size:
            break
        scenario(builder, builder.person(builder.rng.choice([Source.ALUMNI, Source.LINKEDIN])))
    while len(builder.plans) < size:
        index = builder.person(
            builder.rng.choice([Source.ALUMNI, Source.LINKEDIN, Source.COLLEAGUE, Source.OTHER])
        )
        builder.rng.choices(SCENARIOS, weights)[0][1](builder, index)
    return builder.plans


class NotEmpty(UserError):
    """The demo goes into an empty database only (or one emptied with `replace`)."""

    def __init__(self, people: int) -> None:
        many = f"{people} {'person' if people == 1 else 'people'}"
        super().__init__(f"this database already has {many}: add --replace to wipe it",
                         plain=f"this database already has {many}: the demo loads into an "
                         "empty one only")
        self.people = people


@transaction.atomic
def fill(
    *,
    owner: User,
    now: datetime,
    size: int = 40,
    seed: int = 7,
    replace: bool = False,
) -> int:
    """Write a demo pipeline of `size` people for `owner`, whose database must be empty
    (or is emptied first with `replace`)."""
    if size < 1:
        raise UserError("--people must be at least 1")
    if replace:
        Person.objects.filter(owner=owner).delete()
        Organisation.objects.filter(owner=owner).delete()
        Landing.objects.filter(owner=owner).delete()
    existing = Person.objects.filter(owner=owner).count()
    if existing:
        raise NotEmpty(existing)
    profile = profile_for(owner)
    profile.goal, profile.skills = GOAL, SKILLS
    profile.name, profile.email = profile.name or ME_NAME, profile.email or ME_EMAIL
    profile.save()
    plans = plan_demo(now, size, seed)
    _write(owner, now, plans)
    return len(plans)


def _write(owner: User, now: datetime, plans: list[Plan]) -> None:
    orgs = {
        o.name: o
        for o in Organisation.objects.bulk_create(
            [
                Organisation(owner=owner, name=n, notes=ORG_NOTES.get(n, ""))
                for n in sorted({p.organisation for p in plans} - {""})
            ]
        )
    }
    people = Person.objects.bulk_create(
        [
            Person(
                owner=owner,
                name=p.name,
                title=p.title,
                organisation=orgs.get(p.organisation),
                source=p.source,
                notes=p.notes,
                created_at=now - timedelta(days=150),
                email=_email(p.name),
            )
            for p in plans
        ]
    )
    conversations = Conversation.objects.bulk_create(
        [
            Conversation(
                owner=owner,
                person=people[i],
                referred_at=p.referred_at,
                referred_by=people[p.referred_by] if p.referred_by is not None else None,
            )
            for i, p in enumerate(plans)
        ]
    )
    Event.objects.bulk_create(
        [
            Event(
                conversation=conversations[i],
                kind=kind.value,
                at=at,
                other=people[extra.other] if extra.other is not None else None,
                meeting_at=extra.meeting_at,
                minutes=extra.minutes,
                where=extra.where,
                until=extra.until,
                note=extra.note,
            )
            for i, p in enumerate(plans)
            for kind, at, extra in p.events
        ],
        batch_size=2000,
    )
    Commitment.objects.bulk_create(
        [
            Commitment(
                conversation=conversations[i], mine=mine, text=text, made_at=at, done_at=kept
            )
            for i, p in enumerate(plans)
            for mine, text, at, kept in p.promises
        ],
        batch_size=2000,
    )
    Insight.objects.bulk_create(
        [
            Insight(conversation=conversations[i], kind=kind, text=text)
            for i, p in enumerate(plans)
            for kind, text in p.insights
        ],
        batch_size=2000,
    )
    Tie.objects.bulk_create(
        [
            Tie(owner=owner, person=people[i], knows=people[j])
            for i, p in enumerate(plans)
            for j in p.knows
        ],
        batch_size=2000,
        ignore_conflicts=True,
    )
