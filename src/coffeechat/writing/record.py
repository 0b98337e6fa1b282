"""One conversation read from the database as plain facts: what drafts, questions and the
prep sheet are filled from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from django.contrib.auth.models import User

from coffeechat.accounts.services import profile_for
from coffeechat.people.models import Person
from coffeechat.pipeline.models import Commitment, Conversation, Event, Insight, Landing
from coffeechat.pipeline.services import conversation_of
from coffeechat.rules.drafts import Contact, Me, clause, first_name
from coffeechat.rules.timeline import EventFact, Kind, Progress, fold


@dataclass(frozen=True)
class Record:
    """A person, their conversation's events (oldest first), what it folds to, and the
    promises and insights of its meetings."""

    person: Person
    conversation: Conversation
    events: tuple[Event, ...]
    progress: Progress
    commitments: tuple[Commitment, ...]
    insights: tuple[Insight, ...]

    @property
    def referred_by(self) -> Person | None:
        return self.conversation.referred_by

    def last(self, kind: Kind) -> Event | None:
        found = [e for e in self.events if e.kind == kind.value]
        return found[-1] if found else None

    @property
    def connector(self) -> Person | None:
        """Who was asked to introduce me (the latest intro request's connector)."""
        request = self.last(Kind.INTRO_REQUESTED)
        return request.other if request else None

    @property
    def agreed_minutes(self) -> int | None:
        scheduled = self.last(Kind.SCHEDULED)
        return scheduled.minutes if scheduled and scheduled.minutes else None


def record_of(person: Person) -> Record:
    person = Person.objects.select_related("organisation").get(pk=person.pk)
    conversation = conversation_of(person)
    if conversation.referred_by_id:
        conversation = Conversation.objects.select_related(
            "referred_by__organisation"
        ).get(pk=conversation.pk)
    events = tuple(
        Event.objects.filter(conversation=conversation)
        .select_related("other__organisation")
        .order_by("at", "id")
    )
    progress = fold(
        [EventFact(Kind(e.kind), e.at, e.other_id, e.meeting_at, e.minutes) for e in events]
    )
    return Record(
        person=person,
        conversation=conversation,
        events=events,
        progress=progress,
        commitments=tuple(conversation.commitments.order_by("made_at", "id")),
        insights=tuple(Insight.objects.filter(conversation=conversation).order_by("id")),
    )


@overload
def contact(person: Person) -> Contact: ...
@overload
def contact(person: Person | None) -> Contact | None: ...
def contact(person: Person | None) -> Contact | None:
    if person is None:
        return None
    org = person.organisation
    return Contact(
        name=person.name,
        title=person.title,
        organisation=org.name if org else "",
        source=person.source,
        research=person.notes,
        organisation_notes=org.notes if org else "",
        email=person.email,
    )


def me(owner: User) -> Me:
    profile = profile_for(owner)
    landing = Landing.objects.filter(owner=owner).first()
    return Me(
        name=profile.name,
        goal=profile.goal,
        email=profile.email,
        new_role=landing.role if landing else "",
        new_organisation=landing.organisation if landing else "",
        new_email=landing.email if landing else "",
        new_phone=landing.phone if landing else "",
    )


# How an insight reads after "something you said has stayed with me: ...", by kind; the
# kinds first in this order make the most specific thank-you. {who} is "you" in a message
# to the person who said it, their first name in a message to someone else.
_LEARNED = {
    "advice": "{whose} advice to {text}",
    "trend": "what {who} said about {text}",
    "challenge": "what {who} said about {text}",
    "culture": "what {who} said about {text}",
    "skill": "how much {text} matters in {whose} work",
    "resource": "{whose} tip about {text}",
    "event": "{whose} tip about {text}",
    "organisation": "{whose} tip about {text}",
}


def learned(insights: Sequence[Insight], speaker: str | None = None) -> tuple[str, ...]:
    """Insights as phrases a draft can quote, the most specific kinds first; `speaker` is
    who said them when the draft goes to someone else."""
    order = list(_LEARNED)
    who, whose = (first_name(speaker), f"{first_name(speaker)}'s") if speaker else ("you", "your")
    ranked = sorted(insights, key=lambda i: (order.index(i.kind) if i.kind in order else 99, i.id))
    phrases = []
    for insight in ranked:
        names = insight.kind in ("resource", "event", "organisation")  # keep the capitals
        text = " ".join(insight.text.split()).rstrip(".;:!") if names else clause(insight.text)
        if insight.kind == "advice":
            text = text.removeprefix("to ")
        form = _LEARNED.get(insight.kind, "{text}")
        phrases.append(form.format(who=who, whose=whose, text=text))
    return tuple(phrases)
