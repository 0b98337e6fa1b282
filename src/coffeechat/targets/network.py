"""The warm-path graph of one user, read in one pass of flat queries and handed to the
rules (`rules/links.py`, `rules/paths.py`, `rules/responsiveness.py`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth.models import User
from django.db.models import Q

from coffeechat import clock
from coffeechat.people.models import PastOrganisation, Person, Tie
from coffeechat.pipeline.models import Conversation, Event
from coffeechat.rules.links import Graph, Known, LinkKind, build
from coffeechat.rules.responsiveness import answers
from coffeechat.rules.timeline import Kind
from coffeechat.targets.arrays import DO_NOT_CONTACT as DO_NOT_CONTACT

WARM = frozenset({Kind.REPLIED, Kind.MET, Kind.INTRODUCED, Kind.SCHEDULED})


@dataclass
class Network:
    graph: Graph
    names: dict[int, str]
    blocked: set[int]
    answers: dict[int, str]
    organisations: dict[int, str]  # person id -> organisation name
    known: set[int] = field(default_factory=set)  # people I know
    warm: set[int] = field(default_factory=set)  # met, replied, introduced or referred


def _day(at: datetime | None) -> date | None:
    return at.date() if at is not None else None


def load(owner: User, only: Collection[int] | None = None) -> Network:
    """The whole graph, or (`only`) the graph among these people: their links to each
    other and to me, the same as in the whole graph (the words of a few paths' links)."""
    now = clock.now()
    persons = Person.objects.filter(owner=owner)
    rows = Event.objects.filter(conversation__owner=owner)
    referrals = Conversation.objects.filter(owner=owner, referred_by__isnull=False)
    tie_rows = Tie.objects.filter(owner=owner)
    past_rows = PastOrganisation.objects.filter(owner=owner)
    if only is not None:
        past_rows = past_rows.filter(person_id__in=only)
        persons = persons.filter(id__in=only)
        referrals = referrals.filter(Q(person_id__in=only) | Q(referred_by_id__in=only))
        # By the (person, knows) index (with the owner in the query, SQLite walks every
        # tie of the owner instead); whose they are is checked below.
        tie_rows = Tie.objects.filter(person_id__in=only, knows_id__in=only)
    people = list(
        persons.values_list("id", "name", "source", "organisation__name", "connected_on")
    )
    events: dict[int, list[tuple[Kind, datetime]]] = defaultdict(list)
    latest: dict[tuple[int, Kind], datetime] = {}
    introduced_me: dict[int, datetime] = {}
    ties: list[tuple[int, int, LinkKind, date | None]] = []
    warm: set[int] = set()
    columns = ("conversation__person_id", "kind", "at", "other_id", "id")
    if only is None:
        found = list(rows.values_list(*columns))
    else:
        # Two reads by their indexes (their conversations', and the events naming them
        # as the other person), not one OR over every event; whose each is, checked here
        # (with the owner in the query, SQLite walks every event of the owner instead).
        found = list({row[4]: row[:5] for part in (
            Event.objects.filter(conversation__person_id__in=only),
            Event.objects.filter(other_id__in=only),
        ) for row in part.values_list(*columns, "conversation__owner_id")
            if row[5] == owner.id}.values())
    facts = sorted(found, key=lambda r: (r[2], r[4]))
    for person, text, at, other, _ in facts:
        kind = Kind(text)
        events[person].append((kind, at))
        latest[(person, kind)] = at
        if kind in WARM:
            warm.add(person)
        if other is not None and kind in (Kind.INTRODUCED, Kind.INTRO_REQUESTED):
            made = LinkKind.INTRODUCED if kind == Kind.INTRODUCED else LinkKind.CLOSE
            ties.append((other, person, made, _day(at)))
            if kind == Kind.INTRODUCED:
                introduced_me[other] = at
    for person, referrer, when in referrals.values_list("person_id", "referred_by_id",
                                                        "referred_at"):
        ties.append((referrer, person, LinkKind.INTRODUCED, _day(when)))
        warm.add(person)
        if when is not None:
            introduced_me[referrer] = max(when, introduced_me.get(referrer, when))
    for a, b, whose in tie_rows.values_list("person_id", "knows_id", "owner_id"):
        if whose == owner.id:
            ties.append((a, b, LinkKind.CLOSE, None))
    past: dict[int, list[str]] = defaultdict(list)
    for pid, org_name in past_rows.values_list("person_id", "organisation__name"):
        past[pid].append(org_name)
    dnc = set(Person.tags.through.objects.filter(
        tag__owner=owner, tag__name__iexact=DO_NOT_CONTACT
    ).values_list("person_id", flat=True))
    known = [
        Known(
            id=pid,
            name=name,
            source=source,
            organisation=org or "",
            past_organisations=tuple(past.get(pid, ())),
            met_on=_day(latest.get((pid, Kind.MET))),
            replied_on=_day(latest.get((pid, Kind.REPLIED))),
            introduced_on=_day(introduced_me.get(pid)),
            connected_on=connected,
            blocked=pid in dnc or (pid, Kind.DECLINED) in latest,
        )
        for pid, name, source, org, connected in people
    ]
    graph, names, blocked = build(known, ties, now)
    network = Network(
        graph=graph,
        names=names,
        blocked=blocked,
        answers={pid: answers(ev, now).value for pid, ev in events.items()},
        organisations={k.id: k.organisation for k in known if k.organisation},
        warm=warm,
    )
    network.known = set(graph[0])
    return network


def at_organisation(network: Network, name: str) -> set[int]:
    """Everyone at the organisation called `name` now (ignoring case and spacing)."""
    wanted = " ".join(name.split()).casefold()
    return {pid for pid, org in network.organisations.items()
            if " ".join(org.split()).casefold() == wanted}
