"""Who knows whom, and how well: the links of the warm-path graph, each with a strength
read from the timeline and the reason in words.

Strengths are declared once, as data (`LINK_KINDS`): met > replied > introduced someone >
friend, family or colleague (or recorded with `knows`) > alumni > only connected on
LinkedIn > working at the same organisation now > having worked at the same organisation
(one of the two, or both, left it). A dated link gains up to `FRESH_BONUS`, halving every
`HALF_LIFE_DAYS`, so a fresher link beats an older one of the same kind but never a
link of a stronger kind. Strengths are kept in hundredths (integers), so sums compare
exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

ME = 0  # the user's node; people are numbered by their ids (from 1)


class LinkKind(StrEnum):
    MET = "met"
    REPLIED = "replied"
    INTRODUCED = "introduced"  # introduced or referred me to someone
    CLOSE = "close"  # friend, family, colleague, or recorded with `knows`
    ALUMNI = "alumni"
    LINKEDIN = "linkedin"
    ORGANISATION = "organisation"  # at the same organisation (weak)
    PAST_ORGANISATION = "past organisation"  # worked there, one or both of them before


@dataclass(frozen=True)
class KindInfo:
    points: int  # hundredths
    words: str  # the reason: {a} and {b} are names ("you" for the user)


LINK_KINDS: dict[LinkKind, KindInfo] = {
    LinkKind.MET: KindInfo(600, "{a} met {b}"),
    LinkKind.REPLIED: KindInfo(500, "{b} replied to {a}"),
    LinkKind.INTRODUCED: KindInfo(400, "{a} introduced you to {b}"),
    LinkKind.CLOSE: KindInfo(300, "{a} and {b} know each other"),
    LinkKind.ALUMNI: KindInfo(200, "{a} and {b} are alumni of the same school"),
    LinkKind.LINKEDIN: KindInfo(100, "{a} and {b} are connected on LinkedIn"),
    LinkKind.ORGANISATION: KindInfo(50, "{a} and {b} both work at {org}"),
    LinkKind.PAST_ORGANISATION: KindInfo(40, "{a} and {b} both worked at {org}"),
}
# My own links, where the words above would not read well.
MY_WORDS = {LinkKind.CLOSE: "you know {b}"}
FRESH_BONUS = 90  # hundredths: below the gap between two kinds (organisation links are undated)
# A big employer says little about who knows whom: people at (or from) an organisation
# are linked pairwise only when it has this many people or fewer.
ORG_LIMIT = 50
HALF_LIFE_DAYS = 365
# How I know someone (Person.source) as a link kind.
SOURCE_KINDS = {
    "friend": LinkKind.CLOSE,
    "family": LinkKind.CLOSE,
    "colleague": LinkKind.CLOSE,
    "alumni": LinkKind.ALUMNI,
    "linkedin": LinkKind.LINKEDIN,
}


@dataclass(frozen=True)
class Link:
    kind: LinkKind
    points: int
    why: str

    @property
    def strength(self) -> float:
        return self.points / 100


def points(kind: LinkKind, on: date | None, now: datetime) -> int:
    """The strength of a link of `kind` last renewed `on` (None: undated)."""
    base = LINK_KINDS[kind].points
    if on is None:
        return base
    day = on.date() if isinstance(on, datetime) else on
    age = max(0, (now.date() - day).days)
    bonus: float = FRESH_BONUS * 0.5 ** (age / HALF_LIFE_DAYS)
    return base + round(bonus)


def link(
    kind: LinkKind, a: str, b: str, on: date | None, now: datetime, org: str = "",
    words: str = "",
) -> Link:
    why = (words or LINK_KINDS[kind].words).format(a=a, b=b, org=org)
    if on is not None:
        why += f" ({on:%B %Y})"
    return Link(kind, points(kind, on, now), why[:1].upper() + why[1:])


@dataclass(frozen=True)
class Known:
    """What the timeline says about me and one person."""

    id: int
    name: str
    source: str = "other"
    organisation: str = ""
    past_organisations: tuple[str, ...] = ()  # where they worked before
    met_on: date | None = None
    replied_on: date | None = None
    introduced_on: date | None = None  # when they last introduced or referred me on
    connected_on: date | None = None  # LinkedIn
    blocked: bool = False  # declined, or asked not to be contacted


def i_know(person: Known) -> bool:
    """People I know: a source of friend, family, colleague, alumni or linkedin, or
    anyone who has replied, met me or introduced me on."""
    return person.source in SOURCE_KINDS or any(
        (person.met_on, person.replied_on, person.introduced_on)
    )


def my_link(person: Known, now: datetime) -> Link | None:
    """My strongest link to `person` (None: I do not know them)."""
    options: list[tuple[LinkKind, date | None]] = []
    if person.met_on:
        options.append((LinkKind.MET, person.met_on))
    if person.replied_on:
        options.append((LinkKind.REPLIED, person.replied_on))
    if person.introduced_on:
        options.append((LinkKind.INTRODUCED, person.introduced_on))
    kind = SOURCE_KINDS.get(person.source)
    if kind is not None:
        options.append((kind, person.connected_on if kind == LinkKind.LINKEDIN else None))
    found = [_mine(k, person.name, on, now) for k, on in options]
    return max(found, key=lambda x: x.points, default=None)


def _mine(kind: LinkKind, name: str, on: date | None, now: datetime) -> Link:
    if kind == LinkKind.INTRODUCED:
        return link(kind, name, "someone", on, now)
    return link(kind, "you", name, on, now, words=MY_WORDS.get(kind, ""))


Graph = dict[int, dict[int, Link]]


def add(graph: Graph, a: int, b: int, made: Link) -> None:
    """Link a and b both ways, keeping the stronger link of a pair."""
    if a == b:
        return
    old = graph.setdefault(a, {}).get(b)
    if old is None or made.points > old.points:
        graph[a][b] = made
        graph.setdefault(b, {})[a] = made


def build(
    people: Iterable[Known],
    ties: Iterable[tuple[int, int, LinkKind, date | None]],
    now: datetime,
) -> tuple[Graph, dict[int, str], set[int]]:
    """The graph (ME linked to those I know; people linked by `ties`: (a, b, kind, on),
    and by a shared organisation, now or before), the names, and who is blocked."""
    graph: Graph = {ME: {}}
    names = {ME: "you"}
    blocked: set[int] = set()
    by_org: dict[str, list[int]] = {}
    formerly: dict[str, list[int]] = {}
    for person in people:
        names[person.id] = person.name
        graph.setdefault(person.id, {})
        if person.blocked:
            blocked.add(person.id)
        mine = my_link(person, now)
        if mine is not None:
            add(graph, ME, person.id, mine)
        if person.organisation:
            by_org.setdefault(person.organisation, []).append(person.id)
        for org in dict.fromkeys(person.past_organisations):
            if org and org != person.organisation:
                formerly.setdefault(org, []).append(person.id)
    for a, b, kind, on in ties:
        if a in names and b in names and ME not in (a, b):
            add(graph, a, b, link(kind, names[a], names[b], on, now))
    for org, ids in by_org.items():
        if len(ids) <= ORG_LIMIT:
            _pairs(graph, names, ids, LinkKind.ORGANISATION, org, now)
    for org in sorted(formerly):  # everyone there now or before, unless both are there now
        now_there, before = by_org.get(org, []), formerly[org]
        if len(now_there) + len(before) <= ORG_LIMIT:
            _pairs(graph, names, [*before, *now_there], LinkKind.PAST_ORGANISATION, org, now,
                   skip=len(before))
    return graph, names, blocked


def _pairs(graph: Graph, names: dict[int, str], ids: list[int], kind: LinkKind, org: str,
           now: datetime, skip: int | None = None) -> None:
    """Link every pair of `ids` (with `skip`, no pair both from `ids[skip:]`)."""
    for i, a in enumerate(ids):
        for b in ids[i + 1:] if skip is None or i < skip else ():
            add(graph, a, b, link(kind, names[a], names[b], None, now, org))
