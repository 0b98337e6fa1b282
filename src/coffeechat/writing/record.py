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
from coffeechat.rules.drafts import Contact, Me
from coffeechat.rules.phrasing import Learned, learned_phrase
from coffeechat.rules.timeline import EventFact, Kind, Progress, Stage, fold
from coffeechat.rules.wording import first_name, gist


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
    def introducer(self) -> Person | None:
        """Who put us in touch: named on the introduction, else the connector asked."""
        wanted = self.progress.introducer_id
        if wanted is None:
            return None
        return next((e.other for e in self.events if e.other_id == wanted), None)

    @property
    def sender(self) -> Person | None:
        """Who led me to this person: their (first) referrer, else their introducer."""
        return self.referred_by or self.introducer

    @property
    def thanked_for_meeting(self) -> Person | None:
        """Who made the latest meeting happen: the sender, when they led me here before it
        (a referral named after we met made nothing happen)."""
        sender, met = self.sender, self.progress.met_at
        if sender is None or met is None:
            return None
        at = (self.conversation.referred_at if sender == self.referred_by
              else self.progress.introduced_at)
        return sender if at is not None and at <= met else None

    @property
    def upcoming(self) -> Event | None:
        """The meeting still ahead: the latest one scheduled since we last met, if any (a
        second meeting with someone is as upcoming as the first)."""
        return self.last(Kind.SCHEDULED) if self.progress.stage == Stage.SCHEDULED else None

    @property
    def held(self) -> Event | None:
        """With no meeting ahead, the meeting that took place last, if any."""
        return None if self.upcoming else self.last(Kind.MET)

    @property
    def arranged(self) -> Event | None:
        """How the meeting ahead was arranged (its time, minutes and place), else the
        meeting held last: the latest `scheduled` for a day up to the day it was held."""
        if self.upcoming or self.held is None:
            return self.upcoming
        day = self.held.at.date()
        before = [e for e in self.events if e.kind == Kind.SCHEDULED.value
                  and (e.meeting_at or e.at).date() <= day]
        return before[-1] if before else None

    @property
    def agreed_minutes(self) -> int | None:
        scheduled = self.last(Kind.SCHEDULED)
        return scheduled.minutes if scheduled and scheduled.minutes else None


def record_of(person: Person) -> Record:
    from coffeechat.pipeline.services import conversation_of  # not for `path`'s drafts

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
        [
            EventFact(Kind(e.kind), e.at, e.other_id, e.meeting_at, e.minutes, e.until)
            for e in events
        ]
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
        # Drafts quote notes in passing: their gist, not the page of research behind it.
        research=gist(person.notes),
        organisation_notes=gist(org.notes) if org else "",
        email=person.email,
    )


def me(owner: User) -> Me:
    profile = profile_for(owner)
    landing = Landing.objects.filter(owner=owner).first()
    return Me(
        name=profile.name,
        goal=profile.goal,
        email=profile.email,
        background=profile.background,
        stage=profile.stage,
        school=profile.school,
        new_role=landing.role if landing else "",
        new_organisation=landing.organisation if landing else "",
        new_email=landing.email if landing else "",
        new_phone=landing.phone if landing else "",
    )


def learned(insights: Sequence[Insight], speaker: str | None = None) -> tuple[Learned, ...]:
    """Insights as a draft says them back, the most specific kinds first; `speaker` is who
    said them when the draft goes to someone else."""
    ranked = sorted(insights, key=lambda i: (_ORDER.get(i.kind, 99), i.id))
    who = first_name(speaker) if speaker else None
    return tuple(learned_phrase(i.kind, i.text, who) for i in ranked)


# The kinds that make the most specific thank-you come first.
_ORDER = {kind: rank for rank, kind in enumerate(
    ("advice", "trend", "challenge", "culture", "skill", "resource", "event", "organisation")
)}
