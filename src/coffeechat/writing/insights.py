"""What the interviews taught and how the pipeline flows: the owner's world as
`pipeline.live` keeps it and the insight notes, summed up by `coffeechat.rules.insights`.

Each person's part (their conversation's funnel facts, the notes taken with them, who
led me to them, when their events happened) is kept with the data version it was read
at; after a write only the people it touched (`Live.changed_since`) are read and worked
out again, and the parts are summed anew: the web page's first request after a write
does not read 5,000 conversations and their events again. `coffeechat insights` runs
the same code from a fresh process (everyone read once).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Mapping, Sequence
from datetime import datetime
from operator import attrgetter
from typing import Any, NamedTuple

from django.contrib.auth.models import User

from coffeechat.accounts.services import profile_for
from coffeechat.derived import keep, last
from coffeechat.pipeline.live import Live, live_world
from coffeechat.pipeline.models import Conversation, Insight
from coffeechat.pipeline.reading import NAMED_AT_MOST
from coffeechat.rules.insights import (
    ConversationFacts,
    InsightNote,
    Ranked,
    Summary,
    conversation_facts,
    rank,
    summarise,
)
from coffeechat.rules.timeline import Kind
from coffeechat.rules.tree import Branch, tree, tree_data
from coffeechat.rules.world import PersonFact, World

KIND = "insight-parts"  # what `derived` keeps them as, per owner


class PersonPart(NamedTuple):
    """What one person with a conversation adds to the insights."""

    person: int
    conversation: int  # its id: conversations and their notes are summed in this order
    facts: ConversationFacts
    notes: tuple[InsightNote, ...]  # taken with them, in the order they were written
    met: bool
    led: tuple[tuple[datetime, int], ...]  # (when, by whom) I was led to them (tree_for)
    referred_by: int | None
    asked: tuple[tuple[datetime, int], ...]  # intro requests: (when, the connector)
    moments: tuple[datetime, ...]  # their events' moments, oldest first


class Parts(NamedTuple):
    """Everyone's parts, and what is kept of their sum while it stays the same."""

    people: Mapping[int, PersonPart]  # everyone with a conversation, by person id
    moments: Sequence[datetime]  # everyone's events' moments, oldest first
    ranked: Ranked  # what the notes said (`rules.insights.rank`), in conversation order


def person_part(
    person: PersonFact, conversation: int,
    notes: Sequence[tuple[str, str, datetime | None]],
) -> PersonPart:
    """One person's part, from their facts in the world and their notes' (kind, text, the
    moment of the event the note was taken at)."""
    facts = conversation_facts(person)
    fallback = facts.met_on or datetime.min
    events = sorted(person.events, key=_AT)  # by moment; at one moment, as logged
    led = [] if person.referred_by_id is None else [
        (person.referred_at or datetime.min, person.referred_by_id)]
    led += [(e.at, e.other_id) for e in events
            if e.kind == Kind.INTRODUCED and e.other_id is not None]
    return PersonPart(
        person=person.id,
        conversation=conversation,
        facts=facts,
        notes=tuple(InsightNote(kind=kind, text=text, person=person.name,
                                on=(at or fallback).date(), person_id=person.id)
                    for kind, text, at in notes),
        met=any(e.kind == Kind.MET for e in events),
        led=tuple(led),
        referred_by=person.referred_by_id,
        asked=tuple((e.at, e.other_id) for e in events
                    if e.kind == Kind.INTRO_REQUESTED and e.other_id is not None),
        moments=tuple(e.at for e in events),
    )


_AT = attrgetter("at")


def parts_for(owner: User, live: Live) -> Parts:
    """Everyone's parts at `live`'s version: kept, brought up to date, or read."""
    found = last(owner.pk, KIND, None)
    if found is not None and found[0] == live.version:
        kept: Parts = found[1]
        return kept
    changed = live.changed_since(found[0]) if found is not None else None
    if found is None or changed is None or len(changed) > NAMED_AT_MOST:
        parts = whole(_read(owner, live.world, None))
    else:
        parts = updated(found[1], _read(owner, live.world, sorted(changed)), changed)
    return keep(owner.pk, KIND, live.version, None, parts)


def whole(people: Mapping[int, PersonPart]) -> Parts:
    """Everyone's parts summed from nothing."""
    moments = sorted(at for part in people.values() for at in part.moments)
    return Parts(people, moments, _ranked(people))


def updated(parts: Parts, fresh: Mapping[int, PersonPart], changed: frozenset[int]) -> Parts:
    """`parts` with the `changed` people's replaced by their `fresh` ones (or gone)."""
    people = {pid: part for pid, part in parts.people.items() if pid not in changed}
    people.update(fresh)
    moments = list(parts.moments)
    for pid in changed:
        for at in _moments(parts.people.get(pid)):
            del moments[bisect_left(moments, at)]
        for at in _moments(fresh.get(pid)):
            insort(moments, at)
    said = all(_said(parts.people.get(pid)) == _said(fresh.get(pid)) for pid in changed)
    return Parts(people, moments, parts.ranked if said else _ranked(people))


def _moments(part: PersonPart | None) -> tuple[datetime, ...]:
    return () if part is None else part.moments


def _said(part: PersonPart | None) -> tuple[Any, ...]:
    """What a part adds to the notes' ranking: nothing, or its notes at its place."""
    return () if part is None or not part.notes else (part.conversation, part.notes)


def _ranked(people: Mapping[int, PersonPart]) -> Ranked:
    return rank(note for part in _ordered(people) for note in part.notes)


def _read(owner: User, world: World, ids: list[int] | None) -> dict[int, PersonPart]:
    """The parts of `ids` (None: everyone) with a conversation and in `world`: a person
    added after the world was read is read with the next version."""
    conversations = Conversation.objects.filter(owner=owner)
    insights = Insight.objects.filter(conversation__owner=owner)
    if ids is not None:
        conversations = conversations.filter(person_id__in=ids)
        insights = insights.filter(conversation__person_id__in=ids)
    notes: dict[int, list[tuple[str, str, datetime | None]]] = {}
    rows = insights.order_by("conversation_id", "id").values_list(
        "conversation_id", "kind", "text", "event__at")
    for cid, kind, text, at in rows:
        notes.setdefault(cid, []).append((kind, text, at))
    people = world.people
    return {
        pid: person_part(people[pid], cid, notes.get(cid, ()))
        for pid, cid in conversations.values_list("person_id", "id")
        if pid in people
    }


def _ordered(people: Mapping[int, PersonPart]) -> list[PersonPart]:
    return sorted(people.values(), key=_CONVERSATION)


_CONVERSATION = attrgetter("conversation")


def summary_of(parts: Parts, my_skills: Sequence[str]) -> Summary:
    facts = [part.facts for part in _ordered(parts.people)]
    return summarise((), facts, my_skills, ranked=parts.ranked)


def summary_data(parts: Parts, my_skills: Sequence[str]) -> dict[str, Any]:
    """The summary as `insights --json` gives it, with my skills."""
    data = summary_of(parts, my_skills).to_dict()
    data["my_skills"] = list(my_skills)
    return data


def insights_data(owner: User) -> dict[str, Any]:
    live = live_world(owner)
    parts = parts_for(owner, live)
    data = summary_data(parts, list(profile_for(owner).skills))
    data["tree"] = tree_data(tree_of(parts, live.world))
    return data


def tree_of(parts: Parts, world: World) -> list[Branch]:
    """Who led me to whom (referrals and introductions, oldest first) and whom I met."""
    led = sorted((at, by, to) for to, part in parts.people.items() for at, by in part.led)
    names = {pid: person.name for pid, person in world.people.items()}
    met = [pid for pid, part in parts.people.items() if part.met]
    return tree([(by, to) for _, by, to in led], names, met)


def chart_links(parts: Parts) -> list[tuple[int, int]]:
    """Who led to whom for the page's tree: referrals in the order of the conversations,
    then intro requests (the connector to the person) by moment."""
    ordered = _ordered(parts.people)
    links = [(part.referred_by, part.person) for part in ordered
             if part.referred_by is not None]
    asked = sorted(((at, by, part.person) for part in ordered for at, by in part.asked),
                   key=lambda link: link[0])
    return links + [(by, to) for _, by, to in asked]


def moments_since(parts: Parts, since: datetime) -> list[datetime]:
    """Every event's moment from `since` on, oldest first."""
    return list(parts.moments[bisect_left(parts.moments, since):])
