"""What the interviews taught and how the pipeline flows, read from the database and
summed up by `coffeechat.rules.insights`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.auth.models import User

from coffeechat.accounts.services import profile_for
from coffeechat.people.models import Person
from coffeechat.pipeline.models import Conversation, Event, Insight
from coffeechat.rules.insights import ConversationFacts, InsightNote, Summary, summarise
from coffeechat.rules.timeline import Kind
from coffeechat.rules.tree import Branch, tree, tree_data

# The first event of each kind that marks a funnel step. A scheduled meeting means they
# replied, even when the reply itself was not logged.
CONTACT = (Kind.CONTACTED.value, Kind.INTRODUCED.value)
REPLY = (Kind.REPLIED.value, Kind.SCHEDULED.value)


def summary_for(owner: User) -> Summary:
    firsts: dict[int, dict[str, datetime]] = {}
    rows = (
        Event.objects.filter(conversation__owner=owner)
        .order_by("at", "id")
        .values_list("conversation_id", "kind", "at", "other_id")
    )
    asked: dict[int, int] = {}  # the connector of each conversation's latest intro request
    introducer: dict[int, int] = {}
    for conversation_id, kind, at, other in rows:
        if kind == Kind.INTRO_REQUESTED.value and other is not None:
            asked[conversation_id] = other
        elif kind == Kind.INTRODUCED.value and (other or asked.get(conversation_id)):
            introducer[conversation_id] = other or asked[conversation_id]
        step = (
            "contacted" if kind in CONTACT
            else "replied" if kind in REPLY
            else kind if kind in (Kind.MET.value, Kind.THANKED.value)
            else None
        )
        if step:
            firsts.setdefault(conversation_id, {}).setdefault(step, at)
    conversations = Conversation.objects.filter(owner=owner).values_list(
        "id", "person_id", "referred_by_id"
    )
    facts = [
        ConversationFacts(
            person=str(person_id),
            contacted_on=firsts.get(cid, {}).get("contacted"),
            replied_on=firsts.get(cid, {}).get("replied"),
            met_on=firsts.get(cid, {}).get(Kind.MET.value),
            thanked_on=firsts.get(cid, {}).get(Kind.THANKED.value),
            referred_by=str(referrer) if referrer else None,
            introduced_by=str(introducer[cid]) if cid in introducer else None,
        )
        for cid, person_id, referrer in conversations
    ]
    notes = [
        InsightNote(
            kind=kind,
            text=text,
            person=name,
            on=(at or firsts.get(cid, {}).get(Kind.MET.value) or datetime.min).date(),
            person_id=person_id,
        )
        for kind, text, person_id, name, at, cid in Insight.objects.filter(
            conversation__owner=owner
        ).values_list(
            "kind", "text", "conversation__person_id", "conversation__person__name",
            "event__at", "conversation_id",
        )
    ]
    return summarise(notes, facts, profile_for(owner).skills)


def insights_data(owner: User) -> dict[str, Any]:
    data = summary_for(owner).to_dict()
    data["my_skills"] = list(profile_for(owner).skills)
    data["tree"] = tree_data(tree_for(owner))
    return data


def tree_for(owner: User) -> list[Branch]:
    """Who led me to whom (referrals and introductions, oldest first) and whom I met."""
    led: list[tuple[datetime, int, int]] = []
    referred = Conversation.objects.filter(owner=owner, referred_by__isnull=False)
    for by, to, at in referred.values_list("referred_by_id", "person_id", "referred_at"):
        led.append((at or datetime.min, by, to))
    introduced = Event.objects.filter(
        conversation__owner=owner, kind=Kind.INTRODUCED.value, other__isnull=False
    )
    for by, to, at in introduced.values_list("other_id", "conversation__person_id", "at"):
        if by is not None:
            led.append((at, by, to))
    led.sort()
    met = Event.objects.filter(conversation__owner=owner, kind=Kind.MET.value).values_list(
        "conversation__person_id", flat=True
    )
    names = dict(Person.objects.filter(owner=owner).values_list("id", "name"))
    return tree([(by, to) for _, by, to in led], names, met)
