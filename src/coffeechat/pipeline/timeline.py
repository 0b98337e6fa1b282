"""A person's page: who they are, where the conversation stands, what happened when."""

from __future__ import annotations

from typing import Any

from coffeechat.people.models import Person
from coffeechat.people.services import acquaintances, past_organisation_names
from coffeechat.pipeline.models import Commitment, Conversation, Event, Insight
from coffeechat.rules.dates import human, stamp
from coffeechat.rules.timeline import EventFact, Kind, fold

# How each event reads on a person's timeline; {other} is the other person named.
_EVENT_TEXT = {
    Kind.INTRO_REQUESTED: "you asked {other} to introduce you",
    Kind.INTRODUCED: "you were introduced",
    Kind.CONTACTED: "you reached out",
    Kind.FOLLOWED_UP: "you followed up",
    Kind.REPLIED: "they replied",
    Kind.DECLINED: "they declined",
    Kind.NO_RESPONSE: "no reply: you moved on",
    Kind.PREPARED: "you prepared",
    Kind.MET: "you met",
    Kind.THANKED: "you thanked them",
    Kind.CHECKED_IN: "you checked in",
    Kind.POSTPONED: "they asked you to write again later",
    Kind.UPDATED_REFERRER: "you told them how it went with {other}",
    Kind.ANNOUNCED: "you told them where you landed",
}


def describe_event(event: Event) -> str:
    kind = Kind(event.kind)
    if kind == Kind.SCHEDULED:
        text = _scheduled(event)
    elif kind == Kind.INTRODUCED and event.other:
        text = f"{event.other.name} introduced you"
    elif kind == Kind.POSTPONED and event.until:
        text = f"they asked you to write again on {human(event.until)}"
    else:
        other = event.other.name if event.other else "their referral"
        text = _EVENT_TEXT[kind].format(other=other)
    return f"{text}. {event.note}" if event.note else text


def _scheduled(event: Event) -> str:
    when = human(event.meeting_at) if event.meeting_at else "a day not yet set"
    minutes = f", {event.minutes} minutes" if event.minutes else ""
    where = f", {event.where}" if event.where else ""
    return f"you agreed to meet on {when}{minutes}{where}"


def person_page(person: Person) -> dict[str, Any]:
    """Everything about one person as plain data (the JSON of `coffeechat show`)."""
    conversation = Conversation.objects.select_related("referred_by").get(person=person)
    events = list(Event.objects.filter(conversation=conversation).select_related("other"))
    progress = fold(
        [EventFact(Kind(e.kind), e.at, e.other_id, e.meeting_at, e.minutes) for e in events]
    )
    entries = [
        {
            "at": stamp(e.at),
            "kind": e.kind,
            "text": describe_event(e),
            "other": e.other.name if e.other else None,
        }
        for e in events
    ]
    entries += _referral_entries(person) + _promise_entries(conversation) + _asked_entries(person)
    if conversation.referred_by and conversation.referred_at:
        referrer = conversation.referred_by.name
        entries.append(
            {
                "at": stamp(conversation.referred_at),
                "kind": "referred-by",
                "text": f"{referrer} suggested you talk with them",
                "other": referrer,
            }
        )
    entries.sort(key=lambda entry: entry["at"] or "")
    return {
        **_person_fields(person),
        "stage": progress.stage.value,
        "referred_by": conversation.referred_by.name if conversation.referred_by else None,
        "introduced_by": _introducer(events, progress.introducer_id),
        "knows": [p.name for p in acquaintances(person)],
        "insights": [
            {"kind": i.kind, "text": i.text}
            for i in Insight.objects.filter(conversation=conversation).order_by("id")
        ],
        "commitments": [_promise(c) for c in conversation.commitments.order_by("made_at", "id")],
        "timeline": entries,
    }


def _introducer(events: list[Event], introducer_id: int | None) -> str | None:
    """Who put us in touch (named on the introduction, else the connector asked)."""
    found = next((e.other for e in events if e.other_id == introducer_id), None)
    return found.name if found is not None and introducer_id is not None else None


def _person_fields(person: Person) -> dict[str, Any]:
    org = person.organisation
    return {
        "id": person.id,
        "name": person.name,
        "title": person.title,
        "organisation": org.name if org else None,
        "organisation_notes": org.notes if org else "",
        "past_organisations": past_organisation_names(person),
        "email": person.email,
        "other_emails": list(person.other_emails),
        "phone": person.phone,
        "linkedin_url": person.linkedin_url,
        "connected_on": person.connected_on.isoformat() if person.connected_on else None,
        "location": person.location,
        "source": person.source,
        "notes": person.notes,
        "tags": sorted(t.name for t in person.tags.all()),
        "check_in_days": person.check_in_days,
    }


def _promise(c: Commitment) -> dict[str, Any]:
    return {
        "id": c.id,
        "by": "me" if c.mine else "them",
        "text": c.text,
        "made": stamp(c.made_at),
        "due": stamp(c.due) if c.due else None,
        "done": stamp(c.done_at) if c.done_at else None,
    }


def _referral_entries(person: Person) -> list[dict[str, Any]]:
    referred = (
        Conversation.objects.filter(referred_by=person)
        .select_related("person")
        .order_by("referred_at", "id")
    )
    return [
        {
            "at": stamp(c.referred_at),
            "kind": "referred",
            "text": f"they suggested you talk with {c.person.name}",
            "other": c.person.name,
        }
        for c in referred
        if c.referred_at
    ]


def _asked_entries(person: Person) -> list[dict[str, Any]]:
    """Introductions asked of this person, recorded on the conversation with the target."""
    asked = (
        Event.objects.filter(kind=Kind.INTRO_REQUESTED, other=person)
        .select_related("conversation__person")
        .order_by("at", "id")
    )
    return [
        {
            "at": stamp(e.at),
            "kind": "asked-to-introduce",
            "text": f"you asked them to introduce you to {e.conversation.person.name}",
            "other": e.conversation.person.name,
        }
        for e in asked
    ]


def _promise_entries(conversation: Conversation) -> list[dict[str, Any]]:
    entries = []
    for c in conversation.commitments.order_by("made_at", "id"):
        who = "you offered" if c.mine else "they offered"
        entries.append(
            {"at": stamp(c.made_at), "kind": "promise", "text": f"{who}: {c.text}", "other": None}
        )
        if c.done_at:
            entries.append(
                {
                    "at": stamp(c.done_at),
                    "kind": "promise-kept",
                    "text": f"done: {c.text}",
                    "other": None,
                }
            )
    return entries
